import { describe, expect, it } from "vitest";
import { parseSsb } from "../../../engine/io/ssb/parse";
import { combineHeaderRows } from "../../../engine/io/ssb/web-export-csv";

describe("StatBank web export CSV", () => {
  it("combines two header rows, carrying the upper label over the columns it spans", () => {
    expect(combineHeaderRows(["region", "alder", "Personer", ""], ["", "", "2023", "2024"])).toEqual(["region", "alder", "Personer 2023", "Personer 2024"]);
    expect(combineHeaderRows(["", "", "Personer", "Personer"], ["region", "alder", "2023", "2024"])).toEqual([
      "region",
      "alder",
      "Personer 2023",
      "Personer 2024",
    ]);
  });

  it("reads decimal commas, symbols, a title with the table and repeated stub cells left empty", () => {
    const text = [
      '"07459: Befolkning, etter region, alder, statistikkvariabel og år"',
      "",
      '"region";"alder";"Personer 2023";"Personer 2024"',
      '"0805 Porsgrunn (-2019)";"90 år eller eldre";"1,0";"..."',
      '"";"80-89 år";"12,5";"-"',
      "",
      '"Symbolforklaring"',
    ].join("\n");
    const { format, rows, report } = parseSsb(text, "eksport.csv");
    expect(format).toBe("web-export-csv");
    expect(report.tables).toEqual(["07459"]);
    expect(report.registered).toBe(true);
    expect(report.places[0]).toMatchObject({ code: "4001", name: "Porsgrunn", labels: ["Porsgrunn (-2019)"], fileCodes: ["0805"] });
    expect(report.missingByStatus).toEqual({ "...": 1, "-": 1 });
    expect(rows.map((r) => [r.region, r.year, r.age, r.value, r.status])).toEqual([
      ["4001", 2023, "80-89", 12.5, ""],
      ["4001", 2023, "90+", 1, ""],
      ["4001", 2024, "80-89", null, "-"],
      ["4001", 2024, "90+", null, "..."],
    ]);
  });

  it("names the line and column of a bad number", () => {
    const text = '"region";"alder";"Personer 2024"\n"0301 Oslo";"0 år";"mange"\n';
    expect(() => parseSsb(text, "e.csv")).toThrow(
      'e.csv: line 2, field "Personer 2024": expected a number or one of SSB\'s missing-value symbols . .. ... : -, got "mange"',
    );
  });
});
