import { describe, expect, it } from "vitest";
import { priceAlternative } from "../../engine/calculator/alternative";
import type { PackageLine } from "../../engine/scenario/package";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { dataPath } from "../../engine/root";

// The Johs persona (dementia, age 70 to death), published cost (kr per year) and staff
// hours per year by age, typed from ../shared/domain/persona_johs.csv (the consultants'
// worked example; DOMAIN.md "Persona pathways"). Ages 70-87 once each (the source lists
// 77 twice; see the totals test below).
const PUBLISHED: Record<"normal" | "proactive" | "reactive", Array<[number, number, number]>> = {
  // [age, kr per year, hours per year]
  normal: [
    [70, 0, 0],
    [71, 0, 0],
    [72, 0, 0],
    [73, 218102, 455],
    [74, 218102, 455],
    [75, 218102, 455],
    [76, 246432, 524],
    [77, 246432, 524],
    [78, 246432, 524],
    [79, 246432, 524],
    [80, 246432, 524],
    [81, 371442, 705],
    [82, 371442, 705],
    [83, 371442, 705],
    [84, 371442, 705],
    [85, 371442, 705],
    [86, 1003466, 1952],
    [87, 1003466, 1952],
  ],
  proactive: [
    [70, 118431, 90],
    [71, 118431, 90],
    [72, 118431, 90],
    [73, 118431, 90],
    [74, 118431, 90],
    [75, 118431, 90],
    [76, 118431, 90],
    [77, 118431, 90],
    [78, 118431, 90],
    [79, 118431, 90],
    [80, 246432, 220],
    [81, 246432, 220],
    [82, 246432, 220],
    [83, 246432, 220],
    [84, 246432, 220],
    [85, 246432, 220],
    [86, 246432, 220],
    [87, 1003466, 1952],
  ],
  reactive: [
    [70, 0, 0],
    [71, 0, 0],
    [72, 0, 0],
    [73, 0, 0],
    [74, 0, 0],
    [75, 546666, 1367],
    [76, 969468, 2048],
    [77, 969468, 2048],
    [78, 969468, 2048],
    [79, 579076, 1223],
    [80, 579076, 1223],
    [81, 579076, 1223],
    [82, 579076, 1223],
    [83, 579076, 1223],
    [84, 579076, 1223],
    [85, 579076, 1223],
    [86, 579076, 1223],
    [87, 579076, 1223],
  ],
};

// The packages of DOMAIN.md's decomposition, priced with Nordstrand 2023-11.
const NURSING: PackageLine = { service: "Helsetjenester", variant: "ambulerende dag/kveld", quantityPerWeek: 5.25 }; // 45 min × 7 days
const PRACTICAL: PackageLine = { service: "Praktisk bistand - daglige gjøremål", variant: "ambulerende dag/kveld", quantityPerWeek: 1 };
const DAY_CENTRE: PackageLine = { service: "Dag-aktivitetstilbud", variant: "bemanningsfaktor 0.3", quantityPerWeek: 11 }; // 2 days × 5.5 h, 1:3
const ACTIVITY: PackageLine = { service: "Dag-aktivitetstilbud", variant: "bemanningsfaktor 0.1", quantityPerWeek: 16.5 }; // 3 days × 5.5 h
const DWELLING = (h: number): PackageLine => ({ service: "Helsetjenester i bemannet bolig (demens)", variant: "dag/kveld/natt blandet", quantityPerWeek: h });
const NURSING_HOME: PackageLine = { service: "Langtidsplass i institusjon - skjermet for demens", places: 1 };

/** The package at each age, or null where DOMAIN.md gives no decomposition. */
function packageAt(pathway: "normal" | "proactive" | "reactive", age: number): PackageLine[] | null {
  if (pathway === "normal") {
    if (age < 73) return [];
    if (age < 76) return [NURSING];
    if (age < 81) return [NURSING, PRACTICAL];
    if (age < 86) return [NURSING, PRACTICAL, DAY_CENTRE];
    return [NURSING_HOME];
  }
  if (pathway === "proactive") {
    if (age < 80) return [ACTIVITY];
    if (age < 87) return null; // welfare technology, dinner offer, home nursing: not decomposed in DOMAIN.md
    return [NURSING_HOME];
  }
  if (age < 75) return [];
  if (age === 75) return null; // close home-care follow-up: not decomposed in DOMAIN.md
  if (age < 79) return [DWELLING(31.5)];
  return [DWELLING(18.8)]; // "after four years 18.8 h a week" (rounded to one decimal in the source)
}

const catalogue = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));
const price = (lines: PackageLine[]) => priceAlternative(catalogue, { lines }, "johs");

describe("priceAlternative: the Johs persona with the Nordstrand 2023-11 catalogue", () => {
  for (const pathway of ["normal", "proactive", "reactive"] as const) {
    it(`${pathway}: cost within 0.3 % and hours within 0.3 % (+0.5 h for the published whole hours) at every age with a known decomposition`, () => {
      let checked = 0;
      for (const [age, kr, hours] of PUBLISHED[pathway]) {
        const lines = packageAt(pathway, age);
        if (lines === null) continue;
        const alt = price(lines);
        if (kr === 0) expect(alt.annualCostNok).toBe(0);
        else expect(Math.abs(alt.annualCostNok / kr - 1), `${pathway} ${age} kr`).toBeLessThanOrEqual(0.003);
        expect(Math.abs(alt.annualStaffHours - hours), `${pathway} ${age} h`).toBeLessThanOrEqual(0.003 * hours + 0.5);
        expect(alt.staffHoursComplete).toBe(true);
        checked++;
      }
      expect(checked).toBe({ normal: 18, proactive: 11, reactive: 17 }[pathway]);
    });
  }

  it("reproduces the line items DOMAIN.md works out by hand", () => {
    expect(price([NURSING]).annualCostNok).toBeCloseTo(218127, 6); // 5.25 × 799 × 52
    expect(price([NURSING]).annualStaffHours).toBeCloseTo(455, 6); // 5.25 × 52 / 0.60
    expect(price([PRACTICAL]).annualCostNok).toBeCloseTo(28340, 6); // 1 × 545 × 52
    expect(price([DAY_CENTRE]).annualCostNok).toBeCloseTo(125268, 6); // 219 × 11 × 52
    expect(price([DAY_CENTRE]).annualStaffHours).toBeCloseTo((11 * 52 * 0.3) / 0.95, 6); // 180.6
    expect(price([ACTIVITY]).annualCostNok).toBeCloseTo(118404, 6); // 138 × 16.5 × 52
    expect(price([DWELLING(31.5)]).annualStaffHours).toBeCloseTo(2047.5, 6); // 31.5 × 52 / 0.80
    expect(price([NURSING_HOME]).annualCostNok).toBe(1003466);
    expect(price([NURSING_HOME]).annualStaffHours).toBe(1952);
  });

  it("normal pathway: 70-87 once each sums to 5 750 608 kr (0.3 %), and with age 77 twice to the published 5 997 040 kr", () => {
    const perAge = PUBLISHED.normal.map(([age]) => price(packageAt("normal", age) as PackageLine[]));
    const once = perAge.reduce((s, a) => s + a.annualCostNok, 0);
    const at77 = perAge[77 - 70].annualCostNok;
    expect(Math.abs(once / 5750608 - 1)).toBeLessThanOrEqual(0.003);
    expect(Math.abs((once + at77) / 5997040 - 1)).toBeLessThanOrEqual(0.003);
    const hours = perAge.reduce((s, a) => s + a.annualStaffHours, 0);
    expect(Math.abs(hours + perAge[7].annualStaffHours - 11938)).toBeLessThanOrEqual(0.003 * 11938);
  });

  it("the published totals are the per-age rows with age 77 counted twice (a spreadsheet slip)", () => {
    for (const [pathway, kr, hours, krOnce, hoursOnce] of [
      ["normal", 5997040, 11938, 5750608, 11414],
      ["proactive", 4031231, 4482, 3912800, 4392],
      ["reactive", 9636222, 20566, 8666754, 18518],
    ] as const) {
      const rows = PUBLISHED[pathway];
      const sumKr = rows.reduce((s, r) => s + r[1], 0);
      const sumH = rows.reduce((s, r) => s + r[2], 0);
      expect(sumKr).toBe(krOnce);
      expect(sumH).toBe(hoursOnce);
      expect(sumKr + rows[7][1]).toBe(kr);
      expect(sumH + rows[7][2]).toBe(hours);
    }
  });
});
