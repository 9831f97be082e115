/**
 * Registered base figures and investment on the hand-computed example
 * (test/coverage/hand-example.ts): every expected figure below is worked out by hand from
 * the example's residents, shares, årsverk and costs per unit.
 */
import { describe, expect, it } from "vitest";
import { buildNeed } from "../../engine/housing/build-need";
import { councilSummary } from "../../engine/housing/council-summary";
import { projectStaircase } from "../../engine/housing/staircase";
import { projectCoverage, sumOverBands } from "../../engine/coverage/project";
import { handCoverage, handHousing, handPopulation } from "../coverage/hand-example";

describe("housing.registeredBase: 300 årsverk and 100 units on 'bolig' registered in 2023", () => {
  const input = { ...handHousing(), registeredBase: { year: 2023, arsverk: 300, units: { bolig: 100 } } };
  const result = projectStaircase(input, handPopulation());
  const s = councilSummary(result, { targetYear: 2028 });
  const row = (k: string) => s.rows.find((r) => r.key === k)!;

  it("the summary starts from the registered figures, labelled as registered, in the registered year", () => {
    expect(row("staff_base").value).toBe(300);
    expect(row("staff_base").label).toBe("Bemanning 2023 (registrert)");
    expect(row("staff_base").basis).toBe("registrert");
    expect(row("units_higher_steps_today").value).toBe(100);
    expect(row("units_higher_steps_today").basis).toBe("registrert");
    expect(s.baseYear).toBe(2023);
    expect(s.dataBaseYear).toBe(2024); // the population starts in 2024: matched there
  });

  it("growth follows the profiles: bolig × 100/85, everything × 300/193.2 (hand: 2028 today 449.3, alternative 367.5 årsverk)", () => {
    // 2024: hjem 932 × 0.1 = 93.2; bolig 85 → 100 units × 1 = 100; 193.2 modelled → 300 registered.
    // 2028 today: (1 316.8 × 0.1 + 134 × 100/85) × 300/193.2 = 449.27; alternative: (1 355.2 × 0.1 + 86 × 100/85) × 300/193.2 = 367.54.
    const k = 300 / 193.2;
    const today2028 = (131.68 + (134 * 100) / 85) * k;
    const alt2028 = (135.52 + (86 * 100) / 85) * k;
    expect(row("staff_growth_today_profile").value).toBeCloseTo(Math.round(today2028 * 10) / 10 - 300, 9);
    expect(row("staff_need_target_alt_profile").value).toBeCloseTo(Math.round(alt2028 * 10) / 10, 9);
    expect(row("staff_growth_today_profile").value).toBeCloseTo(149.3, 9);
    expect(row("staff_need_target_alt_profile").value).toBeCloseTo(367.5, 9);
    expect(row("staff_growth_today_profile").basis).toBe("modellert");
    expect(row("staff_growth_today_profile").label).toMatch(/\(modellert\)$/);
    // Dwellings: 2024 932 + 100 = 1 032; 2028 alternative 1 355.2 + 86 × 100/85 = 1 456.4 → 424 more.
    expect(row("dwellings_more_than_today").value).toBe(424);
    // Cost: no registered cost, only the step factor: 2024 = 932 × 50 000 + 100 × 800 000 = 126.6 mill.
    expect(s.totals.costBase).toBeCloseTo(126_600_000, 3);
  });

  it("registered occupancy per step replaces one resident per dwelling: 1 165 at home ÷ 2 = 582.5 dwellings", () => {
    const r = projectStaircase({ ...handHousing(), registeredBase: { year: 2024, occupancy: { hjem: 2 } } }, handPopulation());
    expect(r.totals.find((t) => t.profile === "today" && t.year === 2024 && t.step === "hjem")!.dwellings).toBeCloseTo(582.5, 9);
  });

  it("errors name the field: an unknown step, a year after the projection, a cost in another price year", () => {
    const bad = (rb: object) => () => projectStaircase({ ...handHousing(), registeredBase: rb as never }, handPopulation());
    expect(bad({ year: 2024, units: { sykehjem: 3 } })).toThrow(/housing\.registeredBase\.units\.sykehjem: expected a step id/);
    expect(bad({ year: 2030, arsverk: 1 })).toThrow(/housing\.registeredBase\.year: expected a year up to/);
    expect(bad({ year: 2024, cost: { value: 1, priceYear: 2023 } })).toThrow(/registeredBase\.cost\.priceYear/);
  });

  it("without a registered base every label is as before and every figure is modelled", () => {
    const plain = councilSummary(projectStaircase(handHousing(), handPopulation()), { targetYear: 2028 });
    expect(plain.rows[0].label).toBe("Bemanning i dag (2024)");
    expect(plain.rows.every((r) => r.basis === "modellert")).toBe(true);
    expect(plain.registered).toBeUndefined();
  });
});

describe("housing.investment: 2 mill. kr per new unit on 'bolig', half paid by the state grant", () => {
  const input = { ...handHousing(), investment: { priceYear: 2024, perUnit: { bolig: 2_000_000 }, grantShare: 0.5 } };
  const result = projectStaircase(input, handPopulation());

  it("per period: units built × cost per unit − grant (today's profile: 67 and 27 units → 134 and 54 mill., net 67 and 27)", () => {
    const need = buildNeed(result, [2026, 2028]).filter((r) => r.profile === "today" && r.step === "bolig");
    expect(need.map((r) => r.build)).toEqual([expect.closeTo(67, 9), expect.closeTo(27, 9)]);
    expect(need[0].investmentNok).toBeCloseTo(134_000_000, 3);
    expect(need[1].investmentNok).toBeCloseTo(54_000_000, 3);
    expect(need[0].grantNok).toBeCloseTo(67_000_000, 3);
    expect(need[1].netInvestmentNok).toBeCloseTo(27_000_000, 3);
    expect(need[0].investmentPriceYear).toBe(2024);
    const hjem = buildNeed(result, [2026, 2028]).find((r) => r.step === "hjem")!;
    expect(hjem.investmentNok).toBe(0);
    expect(hjem.investmentPriceYear).toBeNull();
  });

  it("the summary adds the investment to the target year with the alternative profile (peak 88 in 2026 − 40 = 48 units: 96, 48, 48 mill.)", () => {
    // Alternative 'bolig' dwellings: 85, 87.5, 88, 86.5, 86 (2024-2028); the peak 88 less the stock 40.
    const s = councilSummary(result, { targetYear: 2028 });
    const v = (k: string) => s.rows.find((r) => r.key === k)!.value;
    expect(v("investment_alt_profile")).toBeCloseTo(96, 9);
    expect(v("investment_grant_alt_profile")).toBeCloseTo(48, 9);
    expect(v("investment_net_alt_profile")).toBeCloseTo(48, 9);
    expect(s.rows.find((r) => r.key === "investment_alt_profile")!.unit).toBe("mill. 2024-kr");
  });

  it("a step's own investment takes precedence; an unknown step id is an error", () => {
    const steps = handHousing().steps.map((st) => (st.id === "bolig" ? { ...st, investment: { perUnit: 1_000_000, priceYear: 2024 } } : st));
    const own = projectStaircase({ ...input, steps }, handPopulation());
    expect(buildNeed(own, [2026]).find((r) => r.profile === "today" && r.step === "bolig")!.investmentNok).toBeCloseTo(67_000_000, 3);
    expect(() => projectStaircase({ ...handHousing(), investment: { priceYear: 2024, perUnit: { slott: 1 } } }, handPopulation())).toThrow(
      /housing\.investment\.perUnit\.slott: expected a step id/,
    );
  });
});

describe("coverage.registeredBase: 50 institution places and 100 årsverk registered in 2024", () => {
  it("alternativ 0 starts from the registered figures and grows with the rates (hand: 155.0 årsverk in 2028)", () => {
    const rows = projectCoverage({ ...handCoverage(), registeredBase: { year: 2024, arsverk: 100, units: { inst: 50 } } }, handPopulation());
    const sum = (year: number, measure: string, service?: string) =>
      sumOverBands(rows)
        .filter((r) => r.scenario === "alternativ 0" && r.year === year && r.measure === measure && (!service || r.service === service))
        .reduce((s, r) => s + r.value, 0);
    expect(sum(2024, "places", "inst")).toBeCloseTo(50, 9);
    expect(sum(2024, "arsverk")).toBeCloseTo(100, 9);
    // 2028: institution 14 + 28 + 20 = 62 places × 50/40 = 77.5 × 1.2 = 93; housing 7 + 14 + 10 = 31 × 0.8 = 24.8; × 100/76.
    expect(sum(2028, "places", "inst")).toBeCloseTo(77.5, 9);
    expect(sum(2028, "arsverk")).toBeCloseTo(((93 + 24.8) * 100) / 76, 9);
  });
});

describe("trappa validate: the new fields' errors name the file, the field, what was expected and what was found", () => {
  it("unknown steps and services, a negative årsverk, a grant share above 1, an unknown method: exit 2", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join, resolve } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { trappa } = await import("../cli/run-cli");
    const dir = mkdtempSync(join(tmpdir(), "trappa-i18-"));
    const write = (name: string, patch: object) => {
      const f = join(dir, name);
      writeFileSync(f, JSON.stringify({ extends: resolve("scenarios/default.json"), name, ...patch }));
      return f;
    };
    const refs = await trappa([
      "validate",
      write("refs.json", {
        housing: { registeredBase: { year: 2023, units: { slott: 3 } }, investment: { priceYear: 2024, perUnit: { hytte: 1 } } },
        coverage: { registeredBase: { year: 2024, units: { tog: 1 } } },
      }),
    ]);
    expect(refs.code).toBe(2);
    expect(refs.stderr).toContain("housing.registeredBase.units.slott: expected a housing step defined in the scenario");
    expect(refs.stderr).toContain("housing.investment.perUnit.hytte: expected a housing step");
    expect(refs.stderr).toContain("coverage.registeredBase.units.tog: expected a service defined in the scenario");
    const types = await trappa([
      "validate",
      write("types.json", {
        housing: { registeredBase: { year: 2023, arsverk: -5 }, investment: { priceYear: 2024, perUnit: {}, grantShare: 1.5 } },
        personas: { scaleUp: { method: "magic" } },
      }),
    ]);
    expect(types.code).toBe(2);
    expect(types.stderr).toContain("housing.registeredBase.arsverk: expected a number of årsverk above 0, got -5");
    expect(types.stderr).toContain("housing.investment.grantShare: expected a share between 0 and 1, got 1.5");
    expect(types.stderr).toContain('personas.scaleUp.method: expected "cohort" or "published", got "magic"');
  });
});
