import ExcelJS from "exceljs";
import type { Sheet } from "./xlsx";

/** The date written as the workbook's created and modified time, so a run's workbook does not depend on the clock. */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * An .xlsx workbook in memory: one sheet per `Sheet`, bold frozen header, numbers stored as
 * numbers with the given formats (Norwegian Excel shows "27 501,5"), column widths from the
 * headings. The workbook's created/modified dates are fixed (FIXED_WORKBOOK_DATE).
 */
export async function xlsxBuffer(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Trappa";
  wb.lastModifiedBy = "Trappa";
  wb.created = FIXED_WORKBOOK_DATE;
  wb.modified = FIXED_WORKBOOK_DATE;
  const used = new Set<string>();
  for (const s of sheets) {
    let name = s.name.slice(0, 31);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${s.name.slice(0, 28)} ${k}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map((v) => (v === "" ? null : v)));
    s.header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      const longest = Math.max(h.length, ...s.rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
      col.width = Math.min(60, Math.max(10, longest + 2));
      const f = s.formats?.[i];
      if (f) col.numFmt = f;
    });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
