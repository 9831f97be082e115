import { beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { councilSummary } from "../../engine/housing/council-summary";
import { loadCoverageHousingScenario, parseCoverageHousingScenario, type CoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { checkScenarioFile } from "../../engine/io/scenario-file";
import { runCoverageHousingScenario } from "../../engine/run/coverage-housing";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { withoutPopulationSpread } from "../../engine/uncertainty/population";
import { prepareUncertainty } from "../../engine/run/uncertainty-setup";
import { centralParameters } from "../../engine/uncertainty/draws";
import { evaluate } from "../../engine/uncertainty/evaluate";
import type { UncertaintySetup } from "../../engine/uncertainty/setup";
import { compareUncertainty, runUncertainty } from "../../engine/uncertainty/result";

let scenario: CoverageHousingScenario;
let setup: UncertaintySetup;

beforeAll(() => {
  scenario = loadCoverageHousingScenario("scenarios/default.json");
  setup = prepareUncertainty(scenario, resolveUncertainty(undefined, scenario));
});

describe("runUncertainty on scenarios/default.json", () => {
  it("at the central parameters equals the deterministic council summary exactly", () => {
    const det = councilSummary(runCoverageHousingScenario(scenario).housing!, { round: false });
    const c = evaluate(setup, centralParameters(setup));
    for (const r of det.rows) expect(c[r.key], r.key).toBe(r.value);
  });

  it("with every spread zero gives the deterministic figures in every replicate", () => {
    const zero = resolveUncertainty(
      {
        population: { fertility: { spread: 0 }, lifeExpectancy: { spread: 0 }, immigration: { spread: 0 }, internalMigration: { relativeSpread: 0 } },
        coverageRates: { off: true },
        profileShares: { off: true },
        unitCosts: { defaultRelative: 0 },
        arsverkPerUnit: { defaultRelative: 0 },
      },
      scenario,
    );
    expect(zero.population).toEqual(withoutPopulationSpread(zero.population));
    const z = prepareUncertainty(scenario, zero);
    const r = runUncertainty(z, { replicates: 3, seed: 1 });
    const det = councilSummary(runCoverageHousingScenario(scenario).housing!, { round: false });
    for (const row of det.rows) for (const v of r.figures[row.key]) expect(v, row.key).toBe(row.value);
  });

  it("gives the same percentiles for the same seed, others for another, and reports Monte Carlo errors", () => {
    const a = runUncertainty(setup, { replicates: 12, seed: 5 });
    const b = runUncertainty(setup, { replicates: 12, seed: 5 });
    const c = runUncertainty(setup, { replicates: 12, seed: 6 });
    expect(a.summary).toEqual(b.summary);
    expect(c.summary.cost_reduction_alt_profile.median).not.toBe(a.summary.cost_reduction_alt_profile.median);
    const s = a.summary.staff_growth_today_profile;
    expect(s.low).toBeLessThan(s.median);
    expect(s.median).toBeLessThan(s.high);
    expect(s.seHigh).toBeGreaterThan(0);
  });
});

describe("common random numbers", () => {
  it("give a narrower band for variant − baseline than independent draws (20 replicates)", () => {
    const { loaded } = checkScenarioFile("scenarios/varianter/halv-boliggjoring.json");
    const variantParts = parseCoverageHousingScenario(loaded!.resolved, "scenarios/varianter/halv-boliggjoring.json", loaded!.baseDir);
    const variant = prepareUncertainty(variantParts, resolveUncertainty(undefined, variantParts));
    const n = 20;
    const base = runUncertainty(setup, { replicates: n, seed: 11 });
    const crn = compareUncertainty(base, runUncertainty(variant, { replicates: n, seed: 11 }));
    const independent = compareUncertainty(base, runUncertainty(variant, { replicates: n, seed: 12 }));
    const key = "cost_increase_after_alt_profile";
    console.log(
      `CRN vs independent sd of ${key} (variant − baseline): ${crn[key].sd.toFixed(2)} vs ${independent[key].sd.toFixed(2)}; 80 % width ${(crn[key].high - crn[key].low).toFixed(2)} vs ${(independent[key].high - independent[key].low).toFixed(2)}`,
    );
    expect(crn[key].sd).toBeLessThan(independent[key].sd / 2);
    expect(crn[key].high - crn[key].low).toBeLessThan(independent[key].high - independent[key].low);
  });
});

describe("bad input in the uncertainty block", () => {
  const parts = () => loadCoverageHousingScenario("scenarios/default.json");
  it("refuses a low bound above the high bound", () => {
    expect(() => resolveUncertainty({ unitCosts: { intervals: { institusjon: { low: 1400000, high: 1000000 } } } }, parts(), { file: "s.json" })).toThrow(
      /s\.json: uncertainty\.unitCosts\.intervals\.institusjon\.low: expected a low bound at most the high bound 1000000, got 1400000/,
    );
  });
  it("refuses an interval that does not hold the scenario's value, and an unknown id", () => {
    expect(() => resolveUncertainty({ unitCosts: { intervals: { institusjon: { low: 1300000, high: 1400000 } } } }, parts())).toThrow(
      /around the scenario's value 1200000/,
    );
    expect(() => resolveUncertainty({ arsverkPerUnit: { intervals: { sykehjem: { low: 1, high: 2 } } } }, parts())).toThrow(
      /expected a step or service id \(institusjon, .*\), got "sykehjem"/,
    );
  });
  it("refuses a share distribution that can leave [0, 1]", () => {
    // 90+: institusjon 0.158 in the alternative; moving it up to 0.7 would take eget-hjem (0.418) below 0.
    expect(() => resolveUncertainty({ alternativeShares: [{ band: "90+", step: "institusjon", low: 0.1, high: 0.7 }] }, parts())).toThrow(
      /alternativeShares\[0\]: expected a share distribution that stays in \[0, 1\]: at the high bound "eget-hjem" would get -0\.124/,
    );
    expect(() => resolveUncertainty({ alternativeShares: [{ band: "90+", step: "institusjon", low: 0.1, high: 0.2 }] }, parts())).not.toThrow();
  });
  it("refuses an interval level outside (0, 1)", () => {
    for (const level of [0, 1, 1.5, -0.2]) expect(() => resolveUncertainty({ level }, parts())).toThrow(InputError);
    expect(() => resolveUncertainty({ level: 1.5 }, parts(), { file: "s.json" })).toThrow(
      "s.json: uncertainty.level: expected a level above 0 and below 1, got 1.5",
    );
  });
});
