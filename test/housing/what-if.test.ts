import { describe, expect, it } from "vitest";
import { whatIf, runControls, whatIfPatch } from "../../engine/housing/what-if";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";

const result = runScenario(loadScenarioFile("scenarios/default.json"));
const inputs = result.whatIf!;

describe("whatIf(inputs, controls): the council summary recomputed from the run's embedded inputs", () => {
  it("at the run's own controls gives the run's council summary exactly", () => {
    expect(whatIf(inputs, runControls(inputs)).summary.rows).toEqual(result.summary!.rows);
  });

  it("holds every alternative of the run", () => {
    expect(Object.keys(inputs.populations)).toEqual(["MMMM", "LLML", "HHMH"]);
  });

  it("with half the way to the alternative profile halves the change in årsverk (linear in the share, within the rounding to 0.1)", () => {
    const full = whatIf(inputs, runControls(inputs)).summary.rows.find((r) => r.key === "staff_change_alt_profile")!.value;
    const half = whatIf(inputs, { ...runControls(inputs), share: 0.5 }).summary.rows.find((r) => r.key === "staff_change_alt_profile")!.value;
    expect(Math.abs(half - full / 2)).toBeLessThanOrEqual(0.1);
  });

  it("the patch holds exactly the changed values", () => {
    const run = runControls(inputs);
    expect(whatIfPatch(inputs, run, { extends: "scenarios/default.json", name: "F" })).toEqual({ extends: "scenarios/default.json", name: "F – Hva om?" });
    expect(whatIfPatch(inputs, { ...run, alternative: "LLML", share: 0.5 }, { extends: "x.json", name: "F" })).toEqual({
      extends: "x.json",
      name: "F – Hva om?",
      report: { alternative: "LLML" },
      housing: { path: { share: 0.5 } },
    });
  });
});

describe("housing.coverageFactor and housing.realWageGrowth (the panel's coverage and wage controls, honoured by trappa run)", () => {
  const base = whatIf(inputs, { ...runControls(inputs) });
  const t = base.summary.totals;

  it("coverageFactor 0.9 scales every share above the first step by 0.9 by the path's target year: årsverk there × 0.9 (the first step has none); the base year unchanged", () => {
    const r = whatIf(inputs, { ...runControls(inputs), coverageFactor: 0.9 });
    expect(r.summary.totals.staffTargetToday).toBeCloseTo(0.9 * t.staffTargetToday, 6);
    expect(r.summary.totals.staffTargetAlt).toBeCloseTo(0.9 * t.staffTargetAlt, 6);
    expect(r.summary.totals.staffBase).toBe(t.staffBase);
  });

  it("realWageGrowth 0.01 multiplies the cost in 2040 by 1.01^16 and leaves årsverk alone", () => {
    const r = whatIf(inputs, { ...runControls(inputs), realWageGrowth: 0.01 });
    expect(r.summary.totals.costTargetToday).toBeCloseTo(t.costTargetToday * 1.01 ** 16, 2);
    expect(r.summary.totals.costBase).toBe(t.costBase);
    expect(r.summary.totals.staffTargetToday).toBe(t.staffTargetToday);
  });

  it("refuses a coverage factor that leaves the first step a negative share, naming the field", () => {
    expect(() => whatIf(inputs, { ...runControls(inputs), coverageFactor: 3 })).toThrow(/housing\.coverageFactor/);
  });
});
