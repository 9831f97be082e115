import { aq } from "../table/arquero";
import type { ColumnTable } from "arquero";

/**
 * A column of a result table: `key` is the tidy CSV header (English; the Norwegian heading
 * is the report's, report/table-text.ts). Kinds: "text"; "year" (a whole year or empty);
 * "value" (the measured number, in the row's unit).
 */
export interface ResultColumn {
  key: string;
  kind: "text" | "year" | "value";
}

/**
 * One table of a run's results, tidy and long: one row per (part's keys, measure), the
 * number in the column of kind "value", its unit and (for money) price year beside it.
 * `id` is the file stem (`<id>.csv`); its Norwegian title is the report's (report/table-text.ts).
 */
export interface ResultTable {
  id: string;
  columns: ResultColumn[];
  rows: Array<Array<string | number>>;
}

/** A column of `key` (default kind "text"). */
export function col(key: string, kind: ResultColumn["kind"] = "text"): ResultColumn {
  return { key, kind };
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
  /** Names of the persona's pathways by id, in order (the personas part; the report's scale-up labels). */
  pathwayNames?: Record<string, string>;
}

/** Rounds a result value to 6 decimals (to keep CSVs readable; all results are far coarser than that). */
export function roundValue(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

/**
 * A result table as an arquero table, one column per key in the table's order (texts stay
 * texts: a region code "0301" is not read as a number; years and values numbers, an empty
 * year or price year as null). For notebooks and rollups: filter, groupby, rollup, pivot.
 *
 * @example asArquero(run.tables.find((t) => t.id === "befolkning")!).groupby("year").pivot("band", "value")
 */
export function asArquero(t: ResultTable): ColumnTable {
  return aq.table(
    Object.fromEntries(t.columns.map((c, j) => [c.key, t.rows.map((r) => (c.kind !== "text" && r[j] === "" ? null : r[j]))])),
    t.columns.map((c) => c.key),
  );
}
