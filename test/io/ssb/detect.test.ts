import { describe, expect, it } from "vitest";
import { InputError } from "../../../engine/errors";
import { detectSsbFormat } from "../../../engine/io/ssb/detect";
import { parseSsb } from "../../../engine/io/ssb/parse";

const FORMATS =
  "(JSON-stat2 from PxWebApi, PxWebApi v2 CSV, StatBank web export CSV with semicolons, tidy long CSV with region,statistikkvariabel,år,alder,value)";

describe("detectSsbFormat", () => {
  it("tells the formats apart", () => {
    expect(detectSsbFormat('{"version":"2.0"}', "a.json")).toBe("jsonstat2");
    expect(detectSsbFormat('"region","alder","Personer 2024"\n', "a.csv")).toBe("pxweb-csv");
    expect(detectSsbFormat('"07459: Befolkning"\n\n"region";"alder";"Personer 2024"\n', "a.csv")).toBe("web-export-csv");
    expect(detectSsbFormat("region,statistikkvariabel,år,alder,value\n", "a.csv")).toBe("tidy-long-csv");
    expect(detectSsbFormat("Kommune,Alder,År,Personer,Kilde\n", "a.csv")).toBe("tidy-long-csv");
  });

  it("refuses a file that is not SSB's, saying which formats are understood and quoting the first line", () => {
    const run = () => parseSsb("name,email\nKari,kari@example.no\n", "x.txt");
    expect(run).toThrow(InputError);
    expect(run).toThrow(`x.txt: expected an SSB file in one of the understood formats ${FORMATS}, got "name,email"`);
  });

  it("refuses an empty file, a single line of prose and a spreadsheet", () => {
    expect(() => parseSsb("", "e.csv")).toThrow(`e.csv: expected an SSB file in one of the understood formats ${FORMATS}, got an empty file`);
    expect(() => parseSsb("Hei og hå\n", "p.txt")).toThrow(/p.txt: expected an SSB file .* got "Hei og hå"/);
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    expect(() => parseSsb(xlsx, "t.xlsx")).toThrow(/t.xlsx: expected a text file \(CSV or JSON\), got a ZIP or XLSX file/);
  });
});
