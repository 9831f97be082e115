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
