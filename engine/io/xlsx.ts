import { xlsxBuffer } from "./xlsx-buffer";
import { writeFileAtomic } from "./write-atomic";

export interface Sheet {
  name: string;
  header: string[];
  rows: Array<Array<string | number>>;
  /** Excel number format per column (e.g. "# ##0" or "0.0%"); text columns: undefined. */
  formats?: Array<string | undefined>;
}

/**
 * Writes sheets to an .xlsx file: bold frozen header, numbers stored as numbers with
 * the given formats (Excel shows them in the reader's locale: Norwegian Excel shows
 * "27 501"), written to a temporary file and renamed.
 */
export async function writeXlsx(path: string, sheets: Sheet[]): Promise<void> {
  writeFileAtomic(path, await xlsxBuffer(sheets));
}
