import type { ResultTable } from "../run/result-table";

/**
 * A result table as tidy CSV, written by arquero's `toCSV` from the table's data: header =
 * the columns' keys, `.` decimals, no thousands separators, a number as JavaScript prints
 * it, null (an empty year or price year) as an empty field, RFC 4180 quoting where needed
 * (the same bytes as io/tidy-csv.ts `toCsv` gives for the same rows).
 */
export function tableCsv(table: ResultTable): string {
  return table.data.toCSV({ columns: table.columns.map((c) => c.key) });
}
