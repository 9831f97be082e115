import type { ColumnTable } from "../table/arquero";
import { xlsxBuffer } from "./xlsx-buffer";
import { writeFileAtomic } from "./write-atomic";

interface SheetBase {
  name: string;
  /** The headings shown in row 1, one per column. */
  header: string[];
  /** Excel number format per column (e.g. "# ##0" or "0.0%"); text columns: undefined. */
  formats?: Array<string | undefined>;
}

/**
 * One sheet of a workbook: its cells as rows (one array per row), or as an arquero table
 * (its columns in order, one row per table row; a run's result tables). In either, an
 * empty string, null or undefined is an empty cell.
 */
export type Sheet = SheetBase & ({ rows: Array<Array<string | number>>; table?: undefined } | { table: ColumnTable; rows?: undefined });

/**
 * Writes sheets to an .xlsx file: bold frozen header, numbers stored as numbers with
 * the given formats (Excel shows them in the reader's locale: Norwegian Excel shows
 * "27 501"), written to a temporary file and renamed.
 */
export async function writeXlsx(path: string, sheets: Sheet[]): Promise<void> {
  writeFileAtomic(path, await xlsxBuffer(sheets));
}
