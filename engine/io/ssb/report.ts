import { InputError } from "../../errors";
import type { RegionLevel } from "../../ssb/code-history";
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

/** One code of a place over some years (null: an open end). */
export interface CodePeriod {
  code: string;
  name: string;
  from: number | null;
  to: number | null;
}

/** One place found in a file: its code, name, kind, code history and how the file named it. */
export interface SsbPlaceSummary {
  /** Code at the border year ("" when the place is unknown and the file gives no code). */
  code: string;
  name: string;
  kind: RegionLevel | "unknown";
  /** The units whose land lies inside the place, oldest first (from the code history; empty if unknown). */
  history: CodePeriod[];
  /** The units the file's figures were on, summed into this place ("0821 Bø (Telemark) (–2019)"). */
  sources: string[];
  /** Region labels as the file writes them ("Skien (-2019)", "Skien (2020-2023)"). */
  labels: string[];
  /** Codes as the file writes them (normalised), if it gives any. */
  fileCodes: string[];
  rows: number;
}

/** A place of the file whose figures could not be put on the border year's borders. */
export interface SsbIgnoredPlace {
  code: string;
  name: string;
  /** The label as the file gives it. */
  label: string;
  reason: "split" | "incomplete" | "ambiguous";
  /** Codes at the border year the place touches (a split place's parts; an incomplete place's code). */
  targets: string[];
  /** The error a command raises when it needs the place (file, region, expected, got). */
  message: string;
  /** The same in Norwegian, for the report. */
  note: string;
  /** The years of the rows left out ("2020–2023"). */
  years: string;
}

/** What an import understood. */
export interface SsbImportReport {
  file: string;
  format: SsbFormat;
  /** The columns or dimensions read, e.g. "region,statistikkvariabel,år,alder,value,Framskriving,Tabell". */
  variant: string;
  tables: string[];
  places: SsbPlaceSummary[];
  /** Names that are not in the code history (their rows have region ""). */
  unknownPlaces: string[];
  /** The year whose borders the rows are on. */
  borderYear: number;
  /** Places read but left out: split, incomplete (a part of a merged place missing) or ambiguous names. */
  ignored: SsbIgnoredPlace[];
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

/**
 * Raises the error of a place a command needs but the import had to leave out (split,
 * incomplete or an ambiguous name): every such place when `wanted` is undefined (the
 * command uses all places), else those touching the wanted codes (at the border year).
 * Places left out that are not wanted stay in the report's notes.
 *
 * @example requirePlaces(readSsbFile("published.csv").report, ["4003"]) // throws only if Skien could not be formed
 */
export function requirePlaces(report: SsbImportReport, wanted?: readonly string[]): void {
  const hit = report.ignored.find((e) => wanted === undefined || e.targets.some((t) => wanted.includes(t)));
  if (hit) throw new InputError(`${hit.message}${hit.years ? ` (rows for ${hit.years})` : ""}`);
}
