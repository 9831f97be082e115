import ExcelJS from "exceljs";
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
  const wb = new ExcelJS.Workbook();
  wb.creator = "Trappa";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    s.header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.max(10, h.length + 2);
      const f = s.formats?.[i];
      if (f) col.numFmt = f;
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  writeFileAtomic(path, new Uint8Array(buf as ArrayBuffer));
}
