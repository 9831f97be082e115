import { describe, expect, it } from "vitest";
import { compareWithReference, projectCoverage, sumOverBands } from "../../engine/coverage/project";
import { bandMatrix, bandPopulationFromTable } from "../../engine/coverage/population";
import { referenceCells, referenceNumbers } from "../../engine/coverage/reference";
import type { CoverageRow } from "../../engine/coverage/types";
import { handCoverage, handPopulation } from "./hand-example";

const pick = (rows: CoverageRow[], scenario: string, year: number, band: string, service: string, measure: string) => {
  const r = rows.filter((x) => x.scenario === scenario && x.year === year && x.band === band && x.service === service && x.measure === measure);
  expect(r).toHaveLength(1);
  return r[0].value;
};
const total = (rows: CoverageRow[], scenario: string, year: number, service: string, measure: string) =>
  rows.filter((x) => x.scenario === scenario && x.year === year && x.service === service && x.measure === measure).reduce((s, x) => s + x.value, 0);

describe("projectCoverage: the hand-computed example", () => {
  const rows = projectCoverage(handCoverage(), handPopulation());

  it("alternativ 0 in 2028: institution 14 + 28 + 20 = 62 places, 74.4 årsverk, 74 400 000 kr", () => {
    expect(pick(rows, "alternativ 0", 2028, "67-79", "inst", "places")).toBeCloseTo(14, 10);
    expect(pick(rows, "alternativ 0", 2028, "80-89", "inst", "places")).toBeCloseTo(28, 10);
    expect(pick(rows, "alternativ 0", 2028, "90+", "inst", "places")).toBeCloseTo(20, 10);
    expect(total(rows, "alternativ 0", 2028, "inst", "arsverk")).toBeCloseTo(74.4, 9);
    expect(Math.round(total(rows, "alternativ 0", 2028, "inst", "cost"))).toBe(74_400_000);
  });

  it("alternativ 0 in 2028: housing 7 + 14 + 10 = 31 users, 24.8 årsverk, 21 700 000 kr; employees = årsverk ÷ 0.67", () => {
    expect(total(rows, "alternativ 0", 2028, "hdo", "users")).toBeCloseTo(31, 10);
    expect(total(rows, "alternativ 0", 2028, "hdo", "arsverk")).toBeCloseTo(24.8, 9);
    expect(Math.round(total(rows, "alternativ 0", 2028, "hdo", "cost"))).toBe(21_700_000);
    expect(total(rows, "alternativ 0", 2028, "hdo", "employees")).toBeCloseTo(24.8 / 0.67, 9);
  });

  it("Boliggjøring in 2026 (a quarter moved): institution 12 + 18 + 10.5 = 40.5 places, 48 600 000 kr; housing 6 + 18 + 10.5 = 34.5 users, 24 150 000 kr", () => {
    expect(pick(rows, "Boliggjøring", 2026, "80-89", "inst", "places")).toBeCloseTo(18, 10);
    expect(pick(rows, "Boliggjøring", 2026, "90+", "hdo", "users")).toBeCloseTo(10.5, 10);
    expect(Math.round(total(rows, "Boliggjøring", 2026, "inst", "cost"))).toBe(48_600_000);
    expect(Math.round(total(rows, "Boliggjøring", 2026, "hdo", "cost"))).toBe(24_150_000);
  });

  it("compares with alternativ 0: in 2026 the institution costs 11 400 000 kr less and housing 6 650 000 kr more", () => {
    const cmp = compareWithReference(sumOverBands(rows));
    const inst = cmp.find((r) => r.scenario === "Boliggjøring" && r.year === 2026 && r.service === "inst" && r.measure === "cost")!;
    const hdo = cmp.find((r) => r.scenario === "Boliggjøring" && r.year === 2026 && r.service === "hdo" && r.measure === "cost")!;
    expect(Math.round(inst.reference)).toBe(60_000_000);
    expect(Math.round(inst.difference)).toBe(-11_400_000);
    expect(Math.round(hdo.difference)).toBe(6_650_000);
    expect(cmp.some((r) => r.scenario === "alternativ 0")).toBe(false);
  });

  it("compares row by row in the input's order; a row the reference lacks compares with 0 (hand-made rows)", () => {
    const row = (scenario: string, band: string, value: number): CoverageRow => ({
      scenario,
      year: 2030,
      band,
      service: "inst",
      measure: "places",
      value,
      unit: "plasser",
      priceYear: null,
    });
    const cmp = compareWithReference([
      row("B", "67-79", 3),
      row("B", "90+", 7),
      row("alternativ 0", "80-89", 10),
      row("B", "80-89", 12),
      row("alternativ 0", "90+", 5),
    ]);
    expect(cmp.map((r) => [r.scenario, r.band, r.value, r.reference, r.difference])).toEqual([
      ["B", "67-79", 3, 0, 3],
      ["B", "90+", 7, 5, 2],
      ["B", "80-89", 12, 10, 2],
    ]);
    expect(cmp[1]).toMatchObject({ year: 2030, service: "inst", measure: "places", unit: "plasser", priceYear: null });
    expect(() => compareWithReference([row("B", "90+", 7)])).toThrow(/reference "alternativ 0", got none/);
    expect(compareWithReference([row("alternativ 0", "90+", 7)])).toEqual([]);
  });

  it("covers every year 2024-2028 and both scenarios; money rows carry the price year", () => {
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2024, 2025, 2026, 2027, 2028]));
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(["alternativ 0", "Boliggjøring"]));
    for (const r of rows) expect(r.priceYear).toBe(r.measure === "cost" ? 2024 : null);
  });
});

describe("projectCoverage: invariants", () => {
  const pop = bandPopulationFromTable({
    2024: { "0-66": 21781, "67-79": 4125, "80-84": 861, "85-89": 459, "90+": 275 },
    2030: { "0-66": 21753, "67-79": 4512, "80-84": 1193, "85-89": 640, "90+": 288 },
    2040: { "0-66": 21398, "67-79": 4996, "80-84": 1327, "85-89": 1080, "90+": 541 },
  });
  const input = {
    baseYear: 2024,
    services: [
      {
        id: "inst",
        name: "I",
        unit: "places" as const,
        counts: { "67-79": 58, "80-84": 36, "85-89": 60, "90+": 65 },
        arsverkPerUnit: 1.224,
        unitCost: { value: 1_200_000, priceYear: 2024 },
      },
      {
        id: "home",
        name: "H",
        unit: "users" as const,
        rates: { "67-79": 0.105, "80-84": 0.259, "85-89": 0.259, "90+": 0.259 },
        arsverkPerUnit: 0.234,
        unitCost: { value: 200_000, priceYear: 2024 },
      },
    ],
    alternatives: [{ name: "T", transfers: [{ from: "inst", to: "home", share: 0.4, byYear: 2030 }] }],
  };
  // Only the years the table has are asked for: the table's 2024, 2030 and 2040 rows, via a
  // population that has every year (the core loops year by year).
  const yearly = bandPopulationFromTable(
    Object.fromEntries(
      Array.from({ length: 17 }, (_, i) => 2024 + i).map((y) => [
        y,
        Object.fromEntries(pop.bands.map((b) => [b, pop.get(y <= 2030 ? (y < 2030 ? 2024 : 2030) : 2040, b)])),
      ]),
    ),
  );
  const rows = projectCoverage(input, yearly);

  it("alternativ 0 equals rate × population exactly, for every service, band and year", () => {
    let n = 0;
    for (const y of yearly.years) {
      for (const b of ["67-79", "80-84", "85-89", "90+"]) {
        const countRate = input.services[0].counts![b as "90+"] / yearly.get(2024, b);
        expect(pick(rows, "alternativ 0", y, b, "inst", "places")).toBe(countRate * yearly.get(y, b));
        expect(pick(rows, "alternativ 0", y, b, "home", "users")).toBe(input.services[1].rates![b as "90+"] * yearly.get(y, b));
        n++;
      }
    }
    expect(n).toBe(17 * 4);
  });

  it("a transfer conserves users: institution + home equals alternativ 0 in every band and year", () => {
    for (const y of yearly.years) {
      for (const b of ["67-79", "80-84", "85-89", "90+"]) {
        const alt = pick(rows, "T", y, b, "inst", "places") + pick(rows, "T", y, b, "home", "users");
        const ref = pick(rows, "alternativ 0", y, b, "inst", "places") + pick(rows, "alternativ 0", y, b, "home", "users");
        expect(alt).toBeCloseTo(ref, 9);
      }
    }
    // and 40 % of the institution places are moved from 2030
    expect(pick(rows, "T", 2040, "90+", "inst", "places")).toBeCloseTo(((0.6 * 65) / 275) * 541, 9);
  });

  it("does not mutate its input", () => {
    const frozen = JSON.parse(JSON.stringify(input));
    projectCoverage(input, yearly);
    expect(input).toEqual(frozen);
  });
});

describe("projectCoverage: rate paths and årsverk growth", () => {
  const pop = handPopulation();
  it("a linear path to 0.06 in 80-89 by 2028 gives 0.08 in 2026 (half-way from 0.10)", () => {
    const rows = projectCoverage(
      { ...handCoverage(), alternatives: [{ name: "L", paths: { inst: { shape: "linear", targetYear: 2028, targetRates: { "80-89": 0.06 } } } }] },
      pop,
    );
    expect(pick(rows, "L", 2026, "80-89", "inst", "rate")).toBeCloseTo(0.08, 12);
    expect(pick(rows, "L", 2026, "80-89", "inst", "places")).toBeCloseTo(0.08 * 240, 10);
    expect(pick(rows, "L", 2028, "80-89", "inst", "places")).toBeCloseTo(0.06 * 280, 10);
    expect(pick(rows, "L", 2026, "90+", "inst", "rate")).toBeCloseTo(0.2, 12); // not named: constant
  });

  it("an S-curve with factor 0.5 by 2028: a quarter of the way in 2025 is 0.15625 (smoothstep 3t² − 2t³ at t = 1/4)", () => {
    const rows = projectCoverage(
      { ...handCoverage(), alternatives: [{ name: "S", paths: { hdo: { shape: "s-curve", targetYear: 2028, factor: 0.5 } } }] },
      pop,
    );
    // 90+: 0.10 → 0.05; in 2025: 0.10 − 0.05 × 0.15625 = 0.0921875
    expect(pick(rows, "S", 2025, "90+", "hdo", "rate")).toBeCloseTo(0.0921875, 12);
    expect(pick(rows, "S", 2026, "90+", "hdo", "rate")).toBeCloseTo(0.075, 12);
  });

  it("SSB standard (+0.5 % a year): institution årsverk per place in 2028 = 1.2 × 1.005⁴ = 1.2 × 1.020 150 500 625 = 1.224 180 600 75", () => {
    const rows = projectCoverage({ ...handCoverage(), alternatives: [{ name: "Std", arsverkGrowth: 0.005 }] }, pop);
    expect(pick(rows, "Std", 2028, "90+", "inst", "arsverk") / 20).toBeCloseTo(1.22418060075, 9);
    expect(pick(rows, "Std", 2028, "90+", "inst", "places")).toBeCloseTo(20, 10); // volume unchanged
  });
});

describe("referenceCells: alternativ 0 as one typed array", () => {
  it("gives volume, årsverk and cost per year, service and band by hand (places in 80-89, 2028: 0.10 × 280 = 28), 0 where a service has no rate", () => {
    const pop = handPopulation();
    const n = referenceNumbers(
      handCoverage().services,
      pop.bands,
      (s, band) => (s === 0 ? { "67-79": 0.01, "80-89": 0.1, "90+": 0.2 } : ({ "90+": 0.1 } as Record<string, number>))[band],
    );
    const cells = referenceCells(n, bandMatrix(pop, 2024, 2028), 2025, 2028);
    const at = (y: number, s: number, b: number) => Array.from(cells.subarray(((y * 2 + s) * 3 + b) * 3, ((y * 2 + s) * 3 + b) * 3 + 3));
    expect(cells.length).toBe(4 * 2 * 3 * 3);
    expect(at(3, 0, 1)).toEqual([28, 28 * 1.2, 28 * 1_200_000].map((x) => expect.closeTo(x, 9)));
    expect(at(0, 1, 2)).toEqual([6, 6 * 0.8, 6 * 700_000].map((x) => expect.closeTo(x, 9)));
    expect(at(0, 1, 0)).toEqual([0, 0, 0]);
    expect(() => referenceCells(n, bandMatrix(pop, 2026, 2028), 2025, 2028)).toThrow(/residents 2025-2028, got 2026-2028/);
  });
});
