import { beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { rngStream } from "../../engine/random/streams";
import { standardNormal } from "../../engine/random/distributions";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { prepareUncertainty } from "../../engine/run/uncertainty-setup";
import type { UncertaintySetup } from "../../engine/uncertainty/setup";
import { runUncertainty } from "../../engine/uncertainty/result";
import { checkTarget, firstOrderIndex, firstOrderIndices, sensitivityInputs, tornado } from "../../engine/uncertainty/sensitivity";

let setup: UncertaintySetup;
beforeAll(() => {
  const s = loadCoverageHousingScenario("scenarios/default.json");
  setup = prepareUncertainty(s, resolveUncertainty(undefined, s));
});

describe("firstOrderIndex(x, y, bins)", () => {
  it("recovers S = 0.2 and 0.8 for y = x1 + 2 x2 with standard normal inputs (4 000 draws, 20 bins; ±0.04)", () => {
    const rng = rngStream(3, 0);
    const n = 4000;
    const x1 = new Float64Array(n),
      x2 = new Float64Array(n),
      x3 = new Float64Array(n),
      y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x1[i] = standardNormal(rng);
      x2[i] = standardNormal(rng);
      x3[i] = standardNormal(rng);
      y[i] = x1[i] + 2 * x2[i];
    }
    expect(Math.abs(firstOrderIndex(x1, y, 20) - 0.2)).toBeLessThan(0.04);
    expect(Math.abs(firstOrderIndex(x2, y, 20) - 0.8)).toBeLessThan(0.04);
    expect(firstOrderIndex(x3, y, 20)).toBeLessThan(0.02); // an input y does not use
  });
  it("refuses too few values per bin", () => {
    expect(() => firstOrderIndex([1, 2, 3], [1, 2, 3], 2)).toThrow(/2 values per bin/);
  });
});

describe("tornado(setup, target) on scenarios/default.json", () => {
  it("puts the institution cost first for cost_reduction_alt_profile, brackets the central value, sorts by swing", () => {
    const t = tornado(setup, "cost_reduction_alt_profile");
    expect(t.central).toBeCloseTo(69.23, 2);
    expect(t.rows[0].id).toBe("unitCost.institusjon");
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1].swing).toBeGreaterThanOrEqual(t.rows[i].swing);
    const inst = t.rows[0];
    // The reduction is linear in the institution cost: low and high are the triangular P10/P90 (±11.1 %).
    expect(inst.low).toBeCloseTo(1200000 * (1 - 0.2 * (1 - Math.sqrt(0.2))), 0);
    expect(inst.figureLow).toBeLessThan(t.central);
    expect(inst.figureHigh).toBeGreaterThan(t.central);
    // Fertility cannot move residents 67+ by 2040.
    expect(t.rows.find((r) => r.id === "population.fertility")!.swing).toBe(0);
    // Longer lives, more residents 80+, a larger reduction.
    const e0 = t.rows.find((r) => r.id === "population.lifeExpectancy")!;
    expect(e0.figureHigh).toBeGreaterThan(e0.figureLow);
  });
  it("refuses a target that does not exist, listing the valid keys", () => {
    expect(() => checkTarget("kostnad")).toThrow(InputError);
    expect(() => checkTarget("kostnad")).toThrow(
      /expected one of the council summary keys, coverage figures or scale-up figures \(staff_base, .*units_higher_steps_today, coverage_arsverk_today, coverage_cost_today, scaleup_saving_target_year, scaleup_break_even_year\), got "kostnad"/,
    );
    // A setup without a persona has no scale-up figures, and says so.
    expect(() => tornado(setup, "scaleup_saving_target_year")).toThrow(/\(staff_base, .*coverage_cost_today\), got "scaleup_saving_target_year"/);
  });
});

describe("firstOrderIndices from replicates", () => {
  it("rank the institution cost highest for cost_reduction_alt_profile (60 replicates)", () => {
    const r = runUncertainty(setup, { replicates: 60, seed: 2 });
    const idx = firstOrderIndices(r, sensitivityInputs(setup), "cost_reduction_alt_profile");
    const top = idx.slice().sort((a, b) => b.index - a.index)[0];
    expect(top.id).toBe("unitCost.institusjon");
    for (const i of idx) expect(i.index >= 0 && i.index <= 1).toBe(true);
  });
});
