import { describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";

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
