import type { ResultTable } from "../../engine/run/result-table";

/**
 * A result table's rows as arrays in the columns' order, read from its arquero data, an
 * empty year (null) as "" (the rows as the CSV shows them): for checks by position in tests.
 */
export function rowsOf(t: ResultTable): Array<Array<string | number>> {
  const keys = t.columns.map((c) => c.key);
  return (t.data.objects() as Array<Record<string, string | number | null>>).map((o) => keys.map((k) => o[k] ?? ""));
}

/** A result table as plain data (id, columns, rows by rowsOf), for deep equality in tests (two arquero tables with the same cells need not be deeply equal objects). */
export function plainTable(t: ResultTable): { id: string; columns: ResultTable["columns"]; rows: Array<Array<string | number>> } {
  return { id: t.id, columns: t.columns, rows: rowsOf(t) };
}
