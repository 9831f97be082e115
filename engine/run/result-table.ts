import { aq } from "../table/arquero";
import type { ColumnTable } from "arquero";

/**
 * A column of a result table: `key` is the tidy CSV header and the arquero column name
 * (English; the Norwegian heading is the report's, report/table-text.ts). Kinds: "text";
 * "year" (a whole year, or null where the row has none); "value" (the measured number, in
 * the row's unit). The kind gives the workbook's number format.
 */
export interface ResultColumn {
  key: string;
  kind: "text" | "year" | "value";
}

/**
 * One table of a run's results, tidy and long: one row per (part's keys, measure), the
 * number in the column of kind "value", its unit and (for money) price year beside it.
 * `data` is the table itself, an arquero ColumnTable with one column per entry of
 * `columns`, in that order: texts stay texts (a region code "0301" is not a number), years
 * and values are numbers, an empty year or price year is null (written as an empty CSV
 * field and an empty cell). The CSV, XLSX and report writers read `data`; notebooks filter,
 * group, roll up and pivot it. `id` is the file stem (`<id>.csv`); its Norwegian title is
 * the report's (report/table-text.ts). Built once per part from the part's results (the
 * hot loops stay on typed arrays and plain rows), never per replicate.
 */
export interface ResultTable {
  id: string;
  columns: ResultColumn[];
  data: ColumnTable;
}

/** A row handed to resultTable: one cell per column, "" for an empty cell. */
export type ResultRow = ReadonlyArray<string | number>;

/** A column of `key` (default kind "text"). */
export function col(key: string, kind: ResultColumn["kind"] = "text"): ResultColumn {
  return { key, kind };
}

/**
 * A result table from its rows (one cell per column, in the columns' order): the rows
 * turned into one array per column, "" in a year or value column stored as null, and
 * wrapped as an arquero table. A row of the wrong length is an error.
 *
 * @example resultTable("indikatorer", [col("indicator"), col("year", "year"), col("value", "value")], [["a", 2040, 1.5]]).data.get("year", 0) // 2040
 */
export function resultTable(id: string, columns: ResultColumn[], rows: readonly ResultRow[]): ResultTable {
  const arrays = columns.map(() => new Array<string | number | null>(rows.length));
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (r.length !== columns.length) throw new Error(`resultTable requires ${columns.length} cells per row in table ${id}, got ${r.length} in row ${k + 1}`);
    for (let j = 0; j < columns.length; j++) arrays[j][k] = columns[j].kind !== "text" && r[j] === "" ? null : r[j];
  }
  return {
    id,
    columns,
    data: aq.table(
      Object.fromEntries(columns.map((c, j) => [c.key, arrays[j]])),
      columns.map((c) => c.key),
    ),
  };
}

/** The table with `rows` appended (same columns; the table given is not changed). */
export function withRows(t: ResultTable, rows: readonly ResultRow[]): ResultTable {
  return { ...t, data: t.data.concat(resultTable(t.id, t.columns, rows).data) };
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
 * A result table as an arquero table: its `data` (kept for notebooks written before the
 * result tables were arquero tables). Filter, groupby, rollup, pivot.
 *
 * @example asArquero(run.tables.find((t) => t.id === "befolkning")!).groupby("year").pivot("band", "value")
 */
export function asArquero(t: ResultTable): ColumnTable {
  return t.data;
}
