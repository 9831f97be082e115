import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCodeHistory } from "../../../engine/io/ssb/code-history";
import { parseMovesByAge, readMovesByAge, withRegionCodes } from "../../../engine/io/ssb/moves";
import { HAS_SHARED_DATA, SHARED_DATA } from "../../validation/shared-data";

const HEAD = "År;Region;Alder;Utflytting;Innflytting;Nettoflytting";

describe("parseMovesByAge(text, file)", () => {
  it("reads the rows as published: BOM, CRLF, '0 år', empty cells as no moves", () => {
    const rows = parseMovesByAge(`\uFEFF${HEAD}\r\n2016;Skien;0 år;22;24;2\r\n2016;Notodden;52 år;6;;-6\r\n2016;Notodden;62 år;;3;\r\n`, "f.csv");
    expect(rows.map((r) => [r.year, r.regionName, r.age, r.out, r.in, r.net])).toEqual([
      [2016, "Skien", 0, 22, 24, 2],
      [2016, "Notodden", 52, 6, null, -6],
      [2016, "Notodden", 62, null, 3, 3],
    ]);
    expect(rows[2].line).toBe(4);
  });

  it("names file, line, field, expected and found for every bad row at once", () => {
    const text = `${HEAD}\n2016;Skien;null år;1;2;1\n2016;Skien;3 år;x;2;1\n2016;Skien;4 år;1;2;5\n2016;Skien;5 år;1`;
    expect(() => parseMovesByAge(text, "f.csv")).toThrow(/f\.csv: line 2: Alder: expected an age such as "0 år", got "null år"/);
    expect(() => parseMovesByAge(text, "f.csv")).toThrow(/line 3: Utflytting: expected a whole number/);
    expect(() => parseMovesByAge(text, "f.csv")).toThrow(/line 4: Nettoflytting: expected Innflytting − Utflytting = 1, got 5/);
    expect(() => parseMovesByAge(text, "f.csv")).toThrow(/line 5: expected 6 fields/);
    expect(() => parseMovesByAge("Year,Region\n", "f.csv")).toThrow(/f\.csv: line 1: expected the columns/);
  });
});

describe("withRegionCodes(rows, history, borderYear, file)", () => {
  const h = loadCodeHistory();
  it("maps names to the codes of the border year (Skien 0806 → 3807 → 4003) and refuses unknown names", () => {
    const rows = parseMovesByAge(`${HEAD}\n2016;Skien;0 år;1;2;1\n2022;Skien;0 år;1;2;1`, "f.csv");
    expect(withRegionCodes(rows, h, 2024, "f.csv").map((r) => r.region)).toEqual(["4003", "4003"]);
    expect(withRegionCodes(rows, h, 2016, "f.csv")[0].region).toBe("0806");
    expect(() => withRegionCodes(parseMovesByAge(`${HEAD}\n2016;Atlantis;0 år;1;2;1`, "f.csv"), h, 2024, "f.csv")).toThrow(
      /f\.csv: line 2: Region: expected a municipality the code history knows in 2016, got "Atlantis"/,
    );
  });
});

const FILE = join(SHARED_DATA, "telemark", "flytting_etter_alder_2016-2025.csv");
describe.skipIf(!HAS_SHARED_DATA || !existsSync(FILE))("readMovesByAge on Telemark's file as published", () => {
  it("reads 4 956 rows of six places, ages 0-70 to 2021 and 0-99 from 2022, with the published figures", () => {
    const rows = readMovesByAge(FILE, loadCodeHistory(), 2024);
    expect(rows.length).toBe(4956);
    expect(new Set(rows.map((r) => r.region)).size).toBe(6);
    expect(Math.max(...rows.filter((r) => r.year === 2021).map((r) => r.age))).toBe(70);
    expect(Math.max(...rows.filter((r) => r.year === 2022).map((r) => r.age))).toBe(99);
    // 2016;Skien;1 år;33;58;25 (line 3 of the file)
    const one = rows.find((r) => r.year === 2016 && r.regionName === "Skien" && r.age === 1)!;
    expect([one.region, one.out, one.in, one.net]).toEqual(["4003", 33, 58, 25]);
  });
});
