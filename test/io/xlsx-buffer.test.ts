import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../../engine/io/xlsx";
import { FIXED_WORKBOOK_DATE, xlsxBuffer } from "../../engine/io/xlsx-buffer";

/** The files of a zip archive (stored or deflated), by name. */
function unzip(buf: Uint8Array): Map<string, string> {
  const b = Buffer.from(buf);
  const files = new Map<string, string>();
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLength = b.readUInt16LE(p + 28);
    const extra = b.readUInt16LE(p + 30);
    const comment = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString("utf8", p + 46, p + 46 + nameLength);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    if (!name.endsWith("/")) files.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    p += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The reference: the same workbook built with exceljs (what xlsxBuffer did before it wrote the XML itself). */
async function exceljsBuffer(sheets: readonly Sheet[]): Promise<Uint8Array> {
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
    const rows = s.rows ?? [];
    for (const r of rows) ws.addRow(r.map((v) => (v === "" ? null : v)));
    s.header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      const longest = Math.max(h.length, ...rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
      col.width = Math.min(60, Math.max(10, longest + 2));
      const f = s.formats?.[i];
      if (f) col.numFmt = f;
    });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const SHEETS: Sheet[] = [
  {
    name: "Befolkning",
    header: ["alternativ", "år", "aldersgruppe", "verdi", "enhet"],
    rows: [
      ["MMMM", 2024, "0-17", 5454, "persons"],
      ["MMMM", 2025, "80+", 0.1 + 0.2, ""],
      ["LLML", 2026, " ledende mellomrom", -1.5e-7, "a & b <c> \"d\" 'e'"],
      ["HHMH", "", "linje\nskift", 123456789.125, "kontroll\u0001tegn"],
      ["kort rad", 2027],
      ["lang rad", 2028, "x", 1, "y", "ekstra", 7],
    ],
    formats: [undefined, "0", undefined, "#,##0.0###", undefined],
  },
  {
    name: "Ark med et navn som er altfor langt for Excel",
    header: ["a", "b", "c", "d", "e"],
    rows: [
      [1, 2, 3, "", 5],
      ["", "", "", "", ""],
      [0, -0, 1e21, 1 / 3, Number.MAX_SAFE_INTEGER],
    ],
    formats: ["0.0%", "0.0%", "0.0%", undefined, "#,##0"],
  },
  {
    name: "Ark med et navn som er altfor langt for Excel, igjen",
    header: ["felt", "verdi"],
    rows: [
      ["frø", 2040],
      ["arver fra", ""],
    ],
  },
  { name: "tomt", header: ["bare overskrift"], rows: [] },
];

describe("xlsxBuffer(sheets)", () => {
  it("writes the same parts, with the same text, as exceljs 4.4 writes for the same sheets", async () => {
    const ours = unzip(await xlsxBuffer(SHEETS));
    const theirs = unzip(await exceljsBuffer(SHEETS));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, text] of theirs) expect(ours.get(name), name).toBe(text);
  });

  it("reads back with exceljs: values, number formats, bold header, frozen pane, column widths", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsxBuffer(SHEETS)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Befolkning", "Ark med et navn som er altfor l", "Ark med et navn som er altfo 2", "tomt"]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B2").value).toBe(2024);
    expect(ws.getCell("B2").numFmt).toBe("0");
    expect(ws.getCell("D3").value).toBe(0.1 + 0.2);
    expect(ws.getCell("D3").numFmt).toBe("#,##0.0###");
    expect(ws.getCell("E4").value).toBe("a & b <c> \"d\" 'e'");
    expect(ws.getCell("C4").value).toBe(" ledende mellomrom");
    expect(ws.getCell("E3").value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(3).width).toBe(20);
  });

  it("gives the same bytes for the same sheets (no clock in the archive)", async () => {
    expect(Buffer.from(await xlsxBuffer(SHEETS)).equals(Buffer.from(await xlsxBuffer(SHEETS)))).toBe(true);
  });
});
