/**
 * A column of a result table: `key` is the tidy CSV header (English), `label` the
 * Norwegian heading in the report and workbook. Kinds: "text"; "year" (a whole year or
 * empty); "value" (the measured number, in the row's unit).
 */
export interface ResultColumn {
  key: string;
  label: string;
  kind: "text" | "year" | "value";
}

/**
 * One table of a run's results, tidy and long: one row per (part's keys, measure), the
 * number in the column of kind "value", its unit and (for money) price year beside it.
 * `id` is the file stem (`<id>.csv`) and the basis of the sheet name.
 */
export interface ResultTable {
  id: string;
  /** Norwegian title (sheet and report heading). */
  title: string;
  /** One Norwegian sentence on what the rows are. */
  description: string;
  columns: ResultColumn[];
  rows: Array<Array<string | number>>;
}

/** One assumption of a run as the report and the workbook list it: part, what, value, source. */
export interface AssumptionRow {
  part: string;
  item: string;
  value: string;
  source: string;
}

/** A data file a run read: its role and path (absolute; writers show it relative to the project). */
export interface DataSourceRef {
  role: string;
  path: string;
}

/** What each part of a run contributes besides its own results. */
export interface PartOutput {
  tables: ResultTable[];
  assumptions: AssumptionRow[];
  sources: DataSourceRef[];
  /** Norwegian notes for the report (e.g. a part skipped and why). */
  notes: string[];
}

/** Rounds a result value to 6 decimals (to keep CSVs readable; all results are far coarser than that). */
export function roundValue(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
