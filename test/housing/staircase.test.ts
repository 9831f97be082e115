import { describe, expect, it } from "vitest";
import { buildNeed } from "../../engine/housing/build-need";
import { councilSummary } from "../../engine/housing/council-summary";
import { bandMatrix } from "../../engine/coverage/population";
import { projectStaircase, staircaseNumbers, staircasePlan, staircaseSums, stepTotals } from "../../engine/housing/staircase";
import { handHousing, handPopulation } from "../coverage/hand-example";

const result = projectStaircase(handHousing(), handPopulation());
const tot = (profile: "today" | "alternative", year: number) => {
  const t = stepTotals(result, profile, year);
  return { hjem: t[0], bolig: t[1], arsverk: t[0].arsverk + t[1].arsverk, cost: t[0].cost + t[1].cost };
};

describe("projectStaircase: the hand-computed example", () => {
  it("2024, today's profile: 1 165 residents at home = 932 dwellings, 85 in housing; 178.2 årsverk; 114 600 000 kr", () => {
    const t = tot("today", 2024);
    expect(t.hjem.residents).toBeCloseTo(980 + 160 + 25, 9);
    expect(t.hjem.dwellings).toBeCloseTo(932, 9);
    expect(t.bolig.dwellings).toBeCloseTo(20 + 40 + 25, 9);
    expect(t.arsverk).toBeCloseTo(93.2 + 85, 9);
    expect(Math.round(t.cost)).toBe(46_600_000 + 68_000_000);
  });

  it("2028, today's profile: 1 316.8 dwellings at home and 134 in housing; 265.68 årsverk; 173 040 000 kr; gap 134 − 40 = 94", () => {
    const t = tot("today", 2028);
    expect(t.hjem.dwellings).toBeCloseTo(1646 / 1.25, 9);
    expect(t.bolig.dwellings).toBeCloseTo(28 + 56 + 50, 9);
    expect(t.arsverk).toBeCloseTo(265.68, 9);
    expect(Math.round(t.cost)).toBe(65_840_000 + 107_200_000);
    expect(t.bolig.gap).toBeCloseTo(94, 9);
    expect(t.hjem.stock).toBeCloseTo(932, 9); // stock not given: the base-year need
  });

  it("2028, alternative profile: 1 355.2 + 86 dwellings; 221.52 årsverk; 136 560 000 kr", () => {
    const t = tot("alternative", 2028);
    expect(t.hjem.dwellings).toBeCloseTo(1694 / 1.25, 9);
    expect(t.bolig.dwellings).toBeCloseTo(28 + 28 + 30, 9);
    expect(t.arsverk).toBeCloseTo(221.52, 9);
    expect(Math.round(t.cost)).toBe(67_760_000 + 68_800_000);
  });

  it("2026, half-way to the alternative (80-89 0.85/0.15, 90+ 0.6/0.4): 1 137.6 + 88 dwellings, 127 280 000 kr", () => {
    const t = tot("alternative", 2026);
    expect(t.hjem.dwellings).toBeCloseTo(1422 / 1.25, 9);
    expect(t.bolig.dwellings).toBeCloseTo(24 + 36 + 28, 9);
    expect(Math.round(t.cost)).toBe(56_880_000 + 70_400_000);
  });

  it("tidy rows per band add up to the totals and carry the price year on money", () => {
    const rows = result.rows.filter((r) => r.profile === "today" && r.year === 2028 && r.step === "bolig" && r.measure === "dwellings");
    expect(rows.map((r) => r.band)).toEqual(["67-79", "80-89", "90+"]);
    expect(rows.reduce((s, r) => s + r.value, 0)).toBeCloseTo(134, 9);
    for (const r of result.rows) expect(r.priceYear).toBe(r.measure === "cost" ? 2024 : null);
  });

  it("build need by period (today's profile): housing 107 − 40 = 67 units by 2026, 27 more in 2027-2028", () => {
    const need = buildNeed(result, [2026, 2028]).filter((r) => r.profile === "today" && r.step === "bolig");
    expect(need.map((r) => r.period)).toEqual(["2025-2026", "2027-2028"]);
    expect(need[0].build).toBeCloseTo(67, 9);
    expect(need[1].build).toBeCloseTo(27, 9);
    expect(need[1].cumulative).toBeCloseTo(94, 9);
  });
});

describe("councilSummary: the hand-computed example, 2024 → 2028", () => {
  const s = councilSummary(result, { targetYear: 2028 });
  const v = Object.fromEntries(s.rows.map((r) => [r.key, r.value]));

  it("has exactly the rows of the council summary format, in order", () => {
    expect(s.rows.map((r) => r.key)).toEqual([
      "staff_base",
      "staff_growth_today_profile",
      "staff_change_alt_profile",
      "staff_need_target_alt_profile",
      "staff_change_base_to_target_alt_profile",
      "employees_alt_profile",
      "cost_increase_today_profile",
      "cost_reduction_alt_profile",
      "cost_increase_after_alt_profile",
      "cost_reduction_share",
      "dwellings_more_than_today",
      "units_higher_steps_today",
    ]);
  });

  it("matches the hand figures (årsverk 178.2 → 265.7 today / 221.5 alternative; mill. kr 114.6 → 173.0 / 136.6)", () => {
    expect(v.staff_base).toBe(178.2);
    expect(v.staff_growth_today_profile).toBe(87.5);
    expect(v.staff_change_alt_profile).toBe(-44.2);
    expect(v.staff_need_target_alt_profile).toBe(221.5);
    expect(v.staff_change_base_to_target_alt_profile).toBe(43.3);
    expect(v.employees_alt_profile).toBe(65); // 43.3 / 0.67 = 64.63
    expect(v.cost_increase_today_profile).toBe(58.4);
    expect(v.cost_reduction_alt_profile).toBe(36.4);
    expect(v.cost_increase_after_alt_profile).toBe(22);
    expect(v.cost_reduction_share).toBe(0.2104); // 36.4 / 173.0
    expect(v.dwellings_more_than_today).toBe(424); // 1 441 − 1 017
    expect(v.units_higher_steps_today).toBe(40);
  });

  it("adds up exactly as the names say (in printed tenths)", () => {
    const t = (x: number) => Math.round(x * 10);
    expect(t(v.staff_base) + t(v.staff_growth_today_profile) + t(v.staff_change_alt_profile)).toBe(t(v.staff_need_target_alt_profile));
    expect(t(v.staff_growth_today_profile) + t(v.staff_change_alt_profile)).toBe(t(v.staff_change_base_to_target_alt_profile));
    expect(t(v.cost_increase_today_profile) - t(v.cost_reduction_alt_profile)).toBe(t(v.cost_increase_after_alt_profile));
    expect(Math.abs(v.employees_alt_profile - v.staff_change_base_to_target_alt_profile / 0.67)).toBeLessThanOrEqual(0.5);
  });

  it("unrounded, the identities hold to floating-point precision", () => {
    const u = Object.fromEntries(councilSummary(result, { targetYear: 2028, round: false }).rows.map((r) => [r.key, r.value]));
    expect(u.staff_base).toBeCloseTo(178.2, 9);
    expect(u.staff_base + u.staff_growth_today_profile + u.staff_change_alt_profile).toBeCloseTo(u.staff_need_target_alt_profile, 9);
    expect(u.cost_increase_today_profile - u.cost_reduction_alt_profile).toBeCloseTo(u.cost_increase_after_alt_profile, 9);
    expect(u.employees_alt_profile).toBeCloseTo(u.staff_change_base_to_target_alt_profile / 0.67, 9);
    expect(u.cost_reduction_alt_profile).toBeCloseTo(36.48, 9); // 173.04 − 136.56
  });

  it("uses another position size when asked: 43.3 / 0.8 = 54.125 → 54", () => {
    expect(councilSummary(result, { targetYear: 2028, positionSize: 0.8 }).rows[5].value).toBe(54);
  });
});

describe("staircasePlan, staircaseNumbers and staircaseSums: one plan, many evaluations", () => {
  const pop = handPopulation();
  const plan = staircasePlan(handHousing(), pop);
  const residents = bandMatrix(pop, 2024, 2028);

  it("give projectStaircase's totals to the bit, laid out [profile][year][step][measure]", () => {
    const h = handHousing();
    const r = staircaseSums(plan, staircaseNumbers(plan, h.steps, h.profiles), residents);
    expect(r.sums.length).toBe(2 * 5 * 2 * 4);
    result.totals.forEach((t, i) => expect(Array.from(r.sums.subarray(4 * i, 4 * i + 4))).toEqual([t.residents, t.dwellings, t.arsverk, t.cost]));
    expect(r.steps.map((s) => s.stock)).toEqual(result.steps.map((s) => s.stock));
  });

  it("evaluate other numbers on the same plan: bolig at 400 000 kr halves its cost and nothing else", () => {
    const h = handHousing();
    const cheaper = h.steps.map((s) => (s.id === "bolig" ? { ...s, costPerUnit: { value: 400_000, priceYear: 2024 } } : s));
    const r = staircaseSums(plan, staircaseNumbers(plan, cheaper, h.profiles), residents);
    const y2028 = ((0 * 5 + 4) * 2 + 1) * 4; // today, 2028, bolig
    expect(r.sums[y2028 + 3]).toBeCloseTo(134 * 400_000, 6);
    expect(r.sums[y2028 + 1]).toBeCloseTo(134, 9);
    expect(() => staircaseNumbers(plan, [h.steps[0], { ...h.steps[1], arsverkPerUnit: -1 }], h.profiles)).toThrow(
      /housing\.steps\[1\]\.arsverkPerUnit: expected a non-negative/,
    );
  });
});
