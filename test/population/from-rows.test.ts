import { describe, expect, it } from "vitest";
import { parsePopulationCsv } from "../../engine/io/population-csv";
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { placeFromRows } from "../../engine/population/from-rows";
import { N_AGES } from "../../engine/population/grid";

const assumptions = loadNationalAssumptions();
const mortality = loadMortalityBase();

describe("placeFromRows", () => {
  it("keeps single years by sex exactly (no graduation needed)", () => {
    const lines = ["region,year,sex,age,population"];
    for (const sex of ["menn", "kvinner"])
      for (let a = 0; a <= 105; a++) lines.push(`0301,2024,${sex},${a === 105 ? "105+" : a},${sex === "menn" ? 100 + a : 200 + a}`);
    const { place, targets } = placeFromRows(parsePopulationCsv(lines.join("\n"), "oslo.csv"), { file: "oslo.csv", assumptions, mortality });
    expect(place.base[0]).toBe(100);
    expect(place.base[104]).toBe(204);
    expect(place.base[N_AGES + 105]).toBe(305);
    expect(targets).toBeNull();
    // Total 106 × (100 + 200) + 2 × (0 + 1 + … + 105) = 31 800 + 11 130 = 42 930 of 5 550 203 (Norway 2024).
    expect(place.immigrationShare).toBeCloseTo(42_930 / 5_550_203, 12);
  });

  it("splits both-sexes bands by the stationary sex ratio: more women than men at 90+", () => {
    const text = "region,year,age,population\n3911,2024,0-66,21781\n3911,2024,67-89,5445\n3911,2024,90+,275\n";
    const { place } = placeFromRows(parsePopulationCsv(text, "f.csv"), { file: "f.csv", assumptions, mortality });
    let men = 0,
      women = 0;
    for (let a = 90; a < N_AGES; a++) {
      men += place.base[a];
      women += place.base[N_AGES + a];
    }
    expect(men + women).toBeCloseTo(275, 9);
    expect(women / (men + women)).toBeGreaterThan(0.6); // women outlive men (e0 84.6 vs 81.4)
  });

  it("refuses a mix of both-sexes and per-sex rows, and several regions without a choice", () => {
    const mixed = "region,year,sex,age,population\n3911,2024,begge,0+,10\n3911,2024,menn,0+,5\n";
    expect(() => placeFromRows(parsePopulationCsv(mixed, "m.csv"), { file: "m.csv", assumptions, mortality })).toThrow(
      /m.csv: field "sex": expected either both sexes together or men and women separately in 2024, got a mix/,
    );
    const two = "region,year,age,population\n3911,2024,0+,10\n0301,2024,0+,20\n";
    expect(() => placeFromRows(parsePopulationCsv(two, "t.csv"), { file: "t.csv", assumptions, mortality })).toThrow(
      /t.csv: field "region": expected one region or a chosen one \(--region\), got 2 regions: 3911, 0301/,
    );
  });
});
