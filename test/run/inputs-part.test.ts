import { describe, expect, it } from "vitest";
import { inputsPart, templateNote } from "../../engine/run/parts/inputs";
import type { InputFileSummary } from "../../engine/scenario/inputs";

const f = (o: Partial<InputFileSummary>): InputFileSummary => ({
  kind: "rates",
  file: "d.csv",
  absolute: "/m/d.csv",
  values: 3,
  template: [],
  unsourced: [],
  ...o,
});

describe("templateNote(inputs): the report's note on template values", () => {
  it("none without template values or unsourced changes", () => {
    expect(templateNote([])).toBeNull();
    expect(templateNote([f({})])).toBeNull();
  });
  it("'alle' when every value of a file is the template's, the values otherwise, files joined with 'og'", () => {
    const note = templateNote([f({ template: ["a 80+", "b 80+", "c 80+"] }), f({ kind: "housingProfile", file: "p.csv", values: 4, template: ["90+"] })]);
    expect(note).toMatch(/^Malverdier: alle 3 dekningsgrader \(d\.csv\) og 1 av 4 aldersgrupper i dagens boligprofil \(p\.csv: 90\+\) er ennå malens /);
  });
  it("changed values whose source still says MALVERDI", () => {
    expect(templateNote([f({ unsourced: ["a 80+"] })])).toBe(
      "Endret uten kilde: d.csv: a 80+ er endret fra malen, men kolonnen «kilde» begynner fortsatt med MALVERDI; skriv kilden for kommunens tall.",
    );
  });
});

describe("inputsPart(inputs)", () => {
  it("lists each file as a data source and an assumption", () => {
    const p = inputsPart([f({ template: ["a 80+"], unsourced: ["b 80+"] })]);
    expect(p.sources).toEqual([{ role: "inndata: dekningsgrader", path: "/m/d.csv" }]);
    expect(p.assumptions[0]).toMatchObject({ part: "Inndata", item: "d.csv", value: "3 dekningsgrader, 1 av dem malverdier, 1 endret uten kilde" });
    expect(p.notes).toHaveLength(1);
    expect(inputsPart([])).toEqual({ tables: [], assumptions: [], sources: [], notes: [] });
  });
});
