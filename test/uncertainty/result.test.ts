import { beforeAll, describe, expect, it } from "vitest";
import { councilSummary } from "../../engine/housing/council-summary";
import { parseCoverageHousingScenario, type CoverageHousingScenario } from "../../engine/coverage/coverage-housing";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { checkScenarioFile } from "../../engine/io/scenario-file";
import { runCoverageHousingScenario } from "../../engine/run/coverage-housing";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { withoutPopulationSpread } from "../../engine/uncertainty/population";
import { prepareUncertainty } from "../../engine/run/uncertainty-setup";
import { centralParameters } from "../../engine/uncertainty/draws";
import { evaluate } from "../../engine/uncertainty/evaluate";
import type { UncertaintySetup } from "../../engine/uncertainty/setup";
import { compareUncertainty, runUncertainty } from "../../engine/uncertainty/result";
import type { FigureKey } from "../../engine/uncertainty/figures";

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
    for (const r of det.rows) expect(c[r.key as FigureKey], r.key).toBe(r.value);
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
    for (const row of det.rows) for (const v of r.figures[row.key as FigureKey]) expect(v, row.key).toBe(row.value);
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
