import { toCsv } from "../io/tidy-csv";
import type { ResultTable } from "../run/result-table";

/** A result table as tidy CSV (header = the columns' keys; `.` decimals, no thousands separators). */
export function tableCsv(table: ResultTable): string {
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows,
  );
}
