import type { CodePeriod, Place } from "./regions";
import { ageSortKey, type SsbRow, type SsbSex } from "./tidy";

/** The formats parseSsb understands. */
export type SsbFormat = "jsonstat2" | "pxweb-csv" | "web-export-csv" | "tidy-long-csv";

/** Human names of the formats (for messages). */
export const SSB_FORMAT_NAMES: Readonly<Record<SsbFormat, string>> = {
  jsonstat2: "JSON-stat2 from PxWebApi",
  "pxweb-csv": "PxWebApi v2 CSV",
  "web-export-csv": "StatBank web export CSV with semicolons",
  "tidy-long-csv": "tidy long CSV with region,statistikkvariabel,år,alder,value",
};

/** One place found in a file: its code, name, kind, code history and how the file named it. */
export interface SsbPlaceSummary {
  /** Current code ("" when the place is unknown). */
  code: string;
  name: string;
  kind: Place["kind"] | "unknown";
  /** The place's codes over time (from the committed region table; empty if unknown). */
  history: CodePeriod[];
  /** Region labels as the file writes them ("Skien (-2019)", "Skien (2020-2023)"). */
  labels: string[];
  /** Codes as the file writes them (normalised), if it gives any. */
  fileCodes: string[];
  rows: number;
}

/** What an import understood. */
export interface SsbImportReport {
  file: string;
  format: SsbFormat;
  /** The columns or dimensions read, e.g. "region,statistikkvariabel,år,alder,value,Framskriving,Tabell". */
  variant: string;
  tables: string[];
  places: SsbPlaceSummary[];
  /** Names that are not in the region table (their rows have region ""). */
  unknownPlaces: string[];
  years: number[];
  ages: string[];
  sexes: SsbSex[];
  /** Alternatives found (registered population is not an alternative: see `registered`). */
  alternatives: string[];
  /** True if the file holds registered population (rows with alternative null). */
  registered: boolean;
  rounds: number[];
  rows: number;
  /** Cells without a value, and how many of each status. */
  missing: number;
  missingByStatus: Record<string, number>;
  /** Rows left out because another label of the same place covered that year (see parseSsb). */
  droppedOutsideEra: number;
  /** Assumptions and warnings, in Norwegian (the CLI prints them). */
  notes: string[];
}

function uniqueSorted<T extends string | number>(values: Iterable<T>, compare?: (a: T, b: T) => number): T[] {
  const out = Array.from(new Set(values));
  return out.sort(compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Summarises rows: the sorted distinct years, ages, sexes, alternatives, rounds, tables and missing cells. */
export function summariseSsbRows(
  rows: readonly SsbRow[],
): Pick<SsbImportReport, "tables" | "years" | "ages" | "sexes" | "alternatives" | "registered" | "rounds" | "rows" | "missing" | "missingByStatus"> {
  const missingByStatus: Record<string, number> = {};
  let missing = 0;
  const alternatives = new Set<string>();
  let registered = false;
  const rounds = new Set<number>();
  for (const r of rows) {
    if (r.value === null) {
      missing++;
      const s = r.status || "(tom)";
      missingByStatus[s] = (missingByStatus[s] ?? 0) + 1;
    }
    if (r.alternative === null) registered = true;
    else alternatives.add(r.alternative);
    if (r.round !== null) rounds.add(r.round);
  }
  const altOrder = ["MMMM", "LLML", "HHMH", "MMML", "MMMH", "LHML", "HLMH", "MMM0", "MM00"];
  const sexOrder: SsbSex[] = ["both", "male", "female"];
  return {
    tables: uniqueSorted(rows.map((r) => r.table).filter((t) => t !== "")),
    years: uniqueSorted(rows.map((r) => r.year)),
    ages: uniqueSorted(
      rows.map((r) => r.age),
      (a, b) => {
        const [af, at] = ageSortKey(a);
        const [bf, bt] = ageSortKey(b);
        return af - bf || at - bt;
      },
    ),
    sexes: sexOrder.filter((s) => rows.some((r) => r.sex === s)),
    alternatives: altOrder.filter((a) => alternatives.has(a)),
    registered,
    rounds: uniqueSorted(rounds),
    rows: rows.length,
    missing,
    missingByStatus,
  };
}
