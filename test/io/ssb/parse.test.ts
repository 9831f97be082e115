import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSsb } from "../../../engine/io/ssb/parse";
import { readSsbFile } from "../../../engine/io/ssb/read";
import { toSsbTidyCsv, type SsbRow } from "../../../engine/io/ssb/tidy";

const FIX = join("test", "io", "ssb", "fixtures");
const FILES = {
  jsonstat2: join(FIX, "14288-jsonstat2.json"),
  "pxweb-csv": join(FIX, "14288-pxweb-v2.csv"),
  "web-export-csv": join(FIX, "14288-web-export.csv"),
} as const;

const cell = (rows: SsbRow[], region: string, year: number, sex: string, age: string) =>
  rows.find((r) => r.region === region && r.year === year && r.sex === sex && r.age === age);

describe("parseSsb on the same data in three formats", () => {
  for (const [format, path] of Object.entries(FILES)) {
    it(`parses ${format} (${path})`, () => {
      const { format: found, rows, report } = readSsbFile(path);
      expect(found).toBe(format);
      expect(rows).toHaveLength(24);
      expect(report.places.map((p) => [p.code, p.name])).toEqual([
        ["0301", "Oslo"],
        ["3911", "Færder"],
      ]);
      expect(report.years).toEqual([2024, 2030]);
      expect(report.ages).toEqual(["0", "67", "105+"]);
      expect(report.sexes).toEqual(["male", "female"]);
      expect(report.alternatives).toEqual(["MMMM"]);
      expect(report.rounds).toEqual([2024]);
      expect(report.tables).toEqual(["14288"]);
      expect(report.registered).toBe(false);
      expect(report.missing).toBe(1);
      expect(report.missingByStatus).toEqual({ "..": 1 });
      // women first in the file: decoded by position, not by key order
      expect(cell(rows, "0301", 2024, "female", "0")?.value).toBe(3650);
      expect(cell(rows, "0301", 2024, "male", "0")?.value).toBe(3840);
      expect(cell(rows, "0301", 2030, "female", "105+")?.value).toBe(19);
      expect(cell(rows, "3911", 2030, "female", "105+")).toMatchObject({ value: null, status: ".." });
      expect(cell(rows, "3911", 2030, "male", "105+")).toMatchObject({ value: 1, status: "" });
      expect(rows[0]).toEqual({
        region: "0301",
        regionName: "Oslo",
        table: "14288",
        round: 2024,
        alternative: "MMMM",
        year: 2024,
        sex: "male",
        age: "0",
        value: 3840,
        status: "",
      });
    });
  }

  it("gives identical tidy tables from JSON-stat2, v2 CSV and web export CSV", () => {
    const tables = Object.values(FILES).map((p) => toSsbTidyCsv(readSsbFile(p).rows));
    expect(tables[1]).toBe(tables[0]);
    expect(tables[2]).toBe(tables[0]);
  });

  it("keeps the leading zero of 0301 through every path, into the tidy CSV", () => {
    for (const p of Object.values(FILES)) {
      const csv = toSsbTidyCsv(readSsbFile(p).rows);
      expect(csv.split("\n")[1]).toBe("0301,Oslo,14288,2024,MMMM,2024,male,0,3840,");
      expect(csv).not.toMatch(/^301,/m);
    }
  });

  it("decodes the v2 CSV as ISO-8859-1 when its bytes are not UTF-8", () => {
    const bytes = readFileSync(FILES["pxweb-csv"]);
    expect(bytes.includes(Buffer.from("Færder", "utf8"))).toBe(false);
    const { rows } = parseSsb(bytes, "14288-pxweb-v2.csv");
    expect(rows.some((r) => r.regionName === "Færder" && r.region === "3911")).toBe(true);
  });

  it("accepts text as well as bytes, and does not change its input", () => {
    const text = readFileSync(FILES.jsonstat2, "utf8");
    const a = parseSsb(text, "x.json");
    const b = parseSsb(Buffer.from(text, "utf8"), "x.json");
    expect(a.rows).toEqual(b.rows);
  });

  it("writes the tidy CSV header", () => {
    expect(toSsbTidyCsv([]).trim()).toBe("region,region_name,table,round,alternative,year,sex,age,value,status");
  });
});
