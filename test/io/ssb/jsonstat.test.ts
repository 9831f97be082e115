import { describe, expect, it } from "vitest";
import { parseSsb } from "../../../engine/io/ssb/parse";

/** A small 07459-style dataset: registered population, sparse value and status objects. */
function registered(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år",
    id: ["Region", "Kjonn", "Alder", "ContentsCode", "Tid"],
    size: [1, 2, 1, 1, 2],
    dimension: {
      Region: { label: "region", category: { index: { "0301": 0 }, label: { "0301": "Oslo - Oslove" } } },
      Kjonn: { label: "kjønn", category: { index: { "2": 0, "1": 1 }, label: { "2": "Kvinner", "1": "Menn" } } },
      Alder: { label: "alder", category: { index: { "105+": 0 }, label: { "105+": "105 år eller eldre" } } },
      ContentsCode: { label: "statistikkvariabel", category: { index: { Personer1: 0 }, label: { Personer1: "Personer" } } },
      Tid: { label: "år", category: { index: { "2023": 0, "2024": 1 }, label: { "2023": "2023", "2024": "2024" } } },
    },
    value: { "0": 30, "1": 31, "2": 5 },
    status: { "3": ":" },
    ...overrides,
  });
}

describe("JSON-stat2", () => {
  it("reads registered population (07459) with sparse values and a null with status", () => {
    const { format, rows, report } = parseSsb(registered(), "07459.json");
    expect(format).toBe("jsonstat2");
    expect(report.registered).toBe(true);
    expect(report.alternatives).toEqual([]);
    expect(rows.map((r) => [r.region, r.table, r.round, r.alternative, r.year, r.sex, r.age, r.value, r.status])).toEqual([
      ["0301", "07459", null, null, 2023, "male", "105+", 5, ""],
      ["0301", "07459", null, null, 2023, "female", "105+", 30, ""],
      ["0301", "07459", null, null, 2024, "male", "105+", null, ":"],
      ["0301", "07459", null, null, 2024, "female", "105+", 31, ""],
    ]);
  });

  it("reads a JSON-stat 1 bundle from the old API the same way", () => {
    const v2 = JSON.parse(registered());
    const bundle = { dataset: { label: v2.label, dimension: { ...v2.dimension, id: v2.id, size: v2.size }, value: v2.value, status: v2.status } };
    expect(parseSsb(JSON.stringify(bundle), "v1.json").rows).toEqual(parseSsb(registered(), "v2.json").rows);
  });

  it("reads a value array whose length must match the sizes", () => {
    expect(() => parseSsb(registered({ value: [1, 2, 3] }), "x.json")).toThrow(
      'x.json: field "value": expected 4 values (the product of size 1×2×1×1×2), got 3',
    );
  });

  it("refuses an unknown alternative label, naming it", () => {
    const json = JSON.parse(registered());
    json.dimension.ContentsCode.category.label.Personer1 = "Ekstra vekst (XXXX)";
    expect(() => parseSsb(JSON.stringify(json), "x.json")).toThrow(
      /x.json: field "dimension.ContentsCode": expected a label naming one of SSB's alternatives MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00 .* got "Ekstra vekst \(XXXX\)"/,
    );
  });

  it("refuses a bare code in a projection table (export with texts)", () => {
    const json = JSON.parse(registered({ label: "14288: Framskrevet folkemengde" }));
    expect(() => parseSsb(JSON.stringify(json), "x.json")).toThrow(
      /expected the label of an alternative such as "Hovedalternativet \(MMMM\)" in projection table 14288/,
    );
  });

  it("refuses an extra dimension with several categories", () => {
    const json = JSON.parse(registered());
    json.id = ["Region", "Kjonn", "Alder", "ContentsCode", "Tid", "Sivilstand"];
    json.size = [1, 2, 1, 1, 2, 2];
    json.dimension.Sivilstand = { label: "sivilstand", category: { index: { "1": 0, "2": 1 } } };
    json.value = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(() => parseSsb(JSON.stringify(json), "x.json")).toThrow(
      /x.json: field "dimension.Sivilstand": expected SSB's dimensions .* got "sivilstand" with 2 categories/,
    );
  });

  it("refuses JSON that is not JSON-stat, listing the understood formats", () => {
    expect(() => parseSsb('{"a": 1}', "x.json")).toThrow(
      "x.json: expected an SSB file in one of the understood formats (JSON-stat2 from PxWebApi, PxWebApi v2 CSV, StatBank web export CSV with semicolons, tidy long CSV with region,statistikkvariabel,år,alder,value), got JSON without JSON-stat fields (id, size, dimension, value)",
    );
  });
});
