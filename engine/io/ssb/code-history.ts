import { readFileSync } from "node:fs";
import { buildCodeHistory, type CodeHistory, parseCodeChanges, parseCountyList, parseMunicipalityList } from "../../ssb/code-history";
import { dataPath } from "../project-root";

/** The embedded files of the code history (data/ssb, sources in data/README.md). */
export const CODE_HISTORY_FILES = {
  municipalities: "ssb/kommuner-2000.csv",
  changes: "ssb/kommuneendringer.csv",
  counties: "ssb/fylker.csv",
} as const;

let cached: CodeHistory | undefined;

/**
 * Norway's municipal and county codes 2000-2024 with the land each stands for, built from
 * the embedded files in data/ssb (read once per process): the municipalities of 1 January
 * 2000, SSB's changes 2002-2024 and the counties.
 *
 * @example loadCodeHistory().newestYear // 2024
 */
export function loadCodeHistory(): CodeHistory {
  if (cached) return cached;
  const read = (name: string) => readFileSync(dataPath(name), "utf8");
  const f = CODE_HISTORY_FILES;
  cached = buildCodeHistory({
    municipalities: parseMunicipalityList(read(f.municipalities), `data/${f.municipalities}`),
    changes: parseCodeChanges(read(f.changes), `data/${f.changes}`),
    counties: parseCountyList(read(f.counties), `data/${f.counties}`),
    firstYear: 2000,
    files: { municipalities: `data/${f.municipalities}`, changes: `data/${f.changes}`, counties: `data/${f.counties}` },
  });
  return cached;
}
