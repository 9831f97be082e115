/**
 * The writers take a run's result tables as arquero tables: the CSV (arquero's toCSV), the
 * workbook (a sheet read from the table column by column) and the report's HTML tables,
 * each against a hand-written expectation, with a region code "0301" that must stay a text
 * and rows without a year or price year.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { xlsxBuffer } from "../../engine/io/xlsx-buffer";
import { toCsv } from "../../engine/io/tidy-csv";
import { formatNumber } from "../../engine/report/format";
import { arqueroHtmlTable } from "../../engine/report/html-table";
import { tableCsv } from "../../engine/report/run-csv";
import { col, resultTable, withRows } from "../../engine/run/result-table";

const COLUMNS = [col("region"), col("year", "year"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")];
const ROWS: Array<Array<string | number>> = [
  ["0301", 2024, "share", 0.12, "andel", ""],
  ["0301", "", "note, with comma", 1234.5, "kr", 2024],
  ["3911", 2025, 'say "hi"', -0.5, "", ""],
];
const table = resultTable("uten-tjenester", COLUMNS, ROWS);

describe("resultTable: the rows as an arquero table", () => {
  it("keeps a region code as text, stores an empty year and price year as null, numbers as numbers", () => {
    expect(table.data.columnNames()).toEqual(["region", "year", "measure", "value", "unit", "price_year"]);
    expect(table.data.numRows()).toBe(3);
    expect(table.data.get("region", 0)).toBe("0301");
    expect(table.data.get("year", 1)).toBeNull();
    expect(table.data.get("price_year", 0)).toBeNull();
    expect(table.data.get("price_year", 1)).toBe(2024);
    expect(table.data.get("unit", 2)).toBe(""); // an empty text stays an empty text
    expect(table.data.get("value", 2)).toBe(-0.5);
  });

  it("rejects a row of the wrong length, naming the table and the row", () => {
    expect(() => resultTable("x", COLUMNS, [["0301", 2024]])).toThrow("resultTable requires 6 cells per row in table x, got 2 in row 1");
  });

  it("withRows appends rows and leaves the table given unchanged", () => {
    const more = withRows(table, [["5001", 2030, "share", 1, "andel", ""]]);
    expect(more.data.numRows()).toBe(4);
    expect(more.data.get("region", 3)).toBe("5001");
    expect(table.data.numRows()).toBe(3);
  });
});

describe("the CSV writer takes the arquero table", () => {
  it("writes the hand-written CSV: header of keys, empty fields for null, quotes where needed, 0301 as 0301", () => {
    expect(tableCsv(table)).toBe(
      "region,year,measure,value,unit,price_year\n" +
        "0301,2024,share,0.12,andel,\n" +
        '0301,,"note, with comma",1234.5,kr,2024\n' +
        '3911,2025,"say ""hi""",-0.5,,\n',
    );
  });

  it("gives the same bytes as the tidy-CSV formatter on the same rows (what the run wrote before)", () => {
    expect(tableCsv(table)).toBe(
      toCsv(
        COLUMNS.map((c) => c.key),
        ROWS,
      ),
    );
  });

  it("writes only the header for a table without rows", () => {
    expect(tableCsv(resultTable("tom", COLUMNS, []))).toBe("region,year,measure,value,unit,price_year\n");
  });
});

describe("the XLSX writer takes the arquero table", () => {
  const header = ["region", "år", "mål", "verdi", "enhet", "prisår"];
  const formats = [undefined, "0", undefined, "#,##0.0###", undefined, "0"];

  it("reads back with exceljs: 0301 a text, an empty year an empty cell, numbers as numbers in their formats", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsxBuffer([{ name: "Tabell", header, table: table.data, formats }])) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A2").value).toBe("0301");
    expect(ws.getCell("B2").value).toBe(2024);
    expect(ws.getCell("B2").numFmt).toBe("0");
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("C3").value).toBe("note, with comma");
    expect(ws.getCell("D3").value).toBe(1234.5);
    expect(ws.getCell("D3").numFmt).toBe("#,##0.0###");
    expect(ws.getCell("F2").value).toBeNull();
    expect(ws.getCell("F3").value).toBe(2024);
    expect(ws.getCell("C4").value).toBe('say "hi"');
    expect(ws.getCell("E4").value).toBeNull();
    expect(ws.rowCount).toBe(4);
  });

  it("gives the same bytes as the same cells given as rows", async () => {
    const fromTable = await xlsxBuffer([{ name: "Tabell", header, table: table.data, formats }]);
    const fromRows = await xlsxBuffer([{ name: "Tabell", header, rows: ROWS, formats }]);
    expect(Buffer.from(fromTable).equals(Buffer.from(fromRows))).toBe(true);
  });
});

describe("the report's HTML table takes the arquero table", () => {
  const th = (s: string, left = false) => `<th style="text-align:${left ? "left" : "right"};padding:2px 8px">${s}</th>`;
  const td = (s: string, left = false) => `<td style="text-align:${left ? "left" : "right"};padding:2px 8px">${s}</td>`;

  it("writes one row per table row, numbers in Norwegian format, 0301 as 0301, null as an empty cell, text escaped", () => {
    const html = arqueroHtmlTable(
      table.data,
      [
        { key: "region", label: "Region" },
        { key: "year", label: "År" },
        { key: "measure", label: "Mål" },
        { key: "value", label: "Verdi", format: (v: number) => formatNumber(v, 1) },
      ],
      "Tabell",
    );
    expect(html).toBe(
      '<table style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold">Tabell</caption>' +
        `<thead><tr>${th("Region", true)}${th("År")}${th("Mål")}${th("Verdi")}</tr></thead><tbody>\n` +
        `<tr>${td("0301", true)}${td("2024")}${td("share")}${td("0,1")}</tr>\n` +
        `<tr>${td("0301", true)}${td("")}${td("note, with comma")}${td("1\u00a0234,5")}</tr>\n` +
        `<tr>${td("3911", true)}${td("2025")}${td("say &quot;hi&quot;")}${td("\u22120,5")}</tr>\n` +
        "</tbody></table>",
    );
  });
});
