import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSsb } from "../../../engine/io/ssb/parse";
import { readSsbFile } from "../../../engine/io/ssb/read";
import { toSsbTidyCsv } from "../../../engine/io/ssb/tidy";

describe("tidy long CSV", () => {
  it("reads a Telemark-style projection file: names only, era suffixes, round and table columns", () => {
    const file = join("test", "io", "ssb", "fixtures", "telemark-like-long.csv");
    const { format, rows, report } = readSsbFile(file);
    expect(format).toBe("tidy-long-csv");
    expect(report.borderYear).toBe(2024);
    expect(report.places.map((p) => [p.code, p.name, p.labels])).toEqual([
      ["0", "Hele landet", ["Hele landet"]],
      ["4001", "Porsgrunn", ["Porsgrunn (2020-2023)"]],
    ]);
    expect(report.places[1].history.map((h) => h.code)).toEqual(["0805", "3806", "4001"]);
    expect(report.places[1].sources).toEqual(["3806 Porsgrunn (2020–2023)"]);
    // The county Vestfold og Telemark (38, 2020-2023) was split in 2024: read, reported, left out.
    expect(report.ignored).toMatchObject([{ code: "38", reason: "split", targets: ["39", "40"], years: "2022" }]);
    expect(report.ignored[0].message).toMatch(
      /38 Vestfold og Telemark \(2020–2023\) was split in 2024; at the borders of 2024 its land lies in 39 Vestfold and 40 Telemark/,
    );
    expect(report.notes.join("\n")).toContain("Utelatt (2022): 38 Vestfold og Telemark (2020–2023) kan ikke summeres til grensene i 2024");
    expect(report.alternatives).toEqual(["MMMM", "LLML"]);
    expect(report.rounds).toEqual([2022]);
    expect(report.tables).toEqual(["13600"]);
    expect(report.ages).toEqual(["0", "90+"]);
    expect(report.missing).toBe(0);
    expect(rows.some((r) => r.region === "38")).toBe(false);
    // On the borders of 2022 the county is a place of its own, with its missing cell.
    const y2022 = readSsbFile(file, { borderYear: 2022 });
    expect(y2022.report.places.map((p) => p.code)).toEqual(["0", "38", "3806"]);
    expect(y2022.report.missing).toBe(1);
    expect(y2022.rows.find((r) => r.region === "38" && r.alternative === "LLML" && r.age === "90+")).toMatchObject({ value: null, status: ".." });
  });

  it("reads Kommune,Alder,År,Personer,Kilde (history beside MMMM rounds)", () => {
    const text =
      "Kommune,Alder,År,Personer,Kilde\nSkien,0 år,2016,520,Historisk\nSkien,0 år,2016,525,Framskriving 2016\nSkien,0 år,2018,530,Framskriving 2016\n";
    const { rows, report } = parseSsb(text, "k.csv");
    expect(rows.map((r) => [r.region, r.alternative, r.round, r.year, r.value])).toEqual([
      ["4003", null, null, 2016, 520],
      ["4003", "MMMM", 2016, 2016, 525],
      ["4003", "MMMM", 2016, 2018, 530],
    ]);
    expect(report.registered).toBe(true);
    expect(report.notes.join(" ")).toMatch(/Framskriving ÅÅÅÅ.*MMMM/);
  });

  it("reads Kommunenummer,Kommune,Alder,År (dates),Type,Personer with 00 for the whole country", () => {
    const text =
      "Kommunenummer,Kommune,Alder,År,Type,Personer,SortColumn\n00,Hele landet,0 år,2026-01-01,Historisk,51000,1\n" +
      "00,Hele landet,0 år,2027-01-01,Hovedalternativet (MMMM),50000,1\n";
    const { rows, report } = parseSsb(text, "d.csv");
    expect(rows.map((r) => [r.region, r.alternative, r.round, r.year])).toEqual([
      ["0", null, null, 2026],
      ["0", "MMMM", 2027, 2027],
    ]);
    expect(report.notes.join(" ")).toMatch(/satt til første år i framskrivingen, 2027/);
  });

  it("reads its own output back unchanged", () => {
    const first = readSsbFile(join("test", "io", "ssb", "fixtures", "14288-jsonstat2.json"));
    const csv = toSsbTidyCsv(first.rows);
    const again = parseSsb(csv, "tidy.csv");
    expect(again.format).toBe("tidy-long-csv");
    expect(toSsbTidyCsv(again.rows)).toBe(csv);
  });

  it("merges era labels of one place, keeping the row inside its era when both give a year", () => {
    const text =
      "region,statistikkvariabel,år,alder,value\n" +
      "Skien (-2019),Personer,2019,0 år,540\nSkien (-2019),Personer,2020,0 år,0\nSkien (2020-2023),Personer,2020,0 år,517\n";
    const { rows, report } = parseSsb(text, "h.csv");
    expect(rows.map((r) => [r.region, r.year, r.value])).toEqual([
      ["4003", 2019, 540],
      ["4003", 2020, 517],
    ]);
    expect(report.droppedOutsideEra).toBe(1);
    expect(report.places[0].labels).toEqual(["Skien (-2019)", "Skien (2020-2023)"]);
  });

  it("refuses two different values for the same cell", () => {
    const text = "region,statistikkvariabel,år,alder,value\nSkien,Personer,2020,0 år,1\nSkien,Personer,2020,0 år,2\n";
    expect(() => parseSsb(text, "d.csv")).toThrow(
      /d.csv: line 3, field "value": expected one value per place, .* got a second value for Skien \(4003\) registered 2020 both 0 \(the first is at line 2\)/,
    );
  });

  it('keeps an unknown name with code "" and reports it', () => {
    const text = "region,statistikkvariabel,år,alder,value\nAtlantis,Personer,2020,0 år,1\n";
    const { rows, report } = parseSsb(text, "u.csv");
    expect(rows[0]).toMatchObject({ region: "", regionName: "Atlantis" });
    expect(report.unknownPlaces).toEqual(["Atlantis"]);
  });

  it("refuses an unknown alternative label with its line", () => {
    const text = "region,statistikkvariabel,år,alder,value\nSkien,Hovedalternativet (MMMM),2020,0 år,1\nSkien,Turboalternativet (TTTT),2020,0 år,1\n";
    expect(() => parseSsb(text, "a.csv")).toThrow(
      /a.csv: line 3, field "statistikkvariabel": expected a label naming one of SSB's alternatives MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00 .* got "Turboalternativet \(TTTT\)"/,
    );
  });
});
