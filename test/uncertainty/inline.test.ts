import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCoverageHousingScenario } from "../../engine/coverage/coverage-housing";
import { formatIssues } from "../../engine/errors";
import type { Json } from "../../engine/scenario/merge-patch";
import { validateScenario } from "../../engine/scenario/validate";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { prepareUncertainty } from "../../engine/run/uncertainty-setup";
import { residentsBehind } from "../../engine/uncertainty/draws";
import { sensitivityInputs } from "../../engine/uncertainty/sensitivity";

type Raw = Record<string, any>;
const text = readFileSync("scenarios/default.json", "utf8");
const fresh = (): Raw => JSON.parse(text);
const problems = (s: Raw) => formatIssues(validateScenario(s as Json, { origin: () => "s.json" }).issues);
const parts = (s: Raw) => parseCoverageHousingScenario(s, "s.json", "scenarios");

/** The default scenario with uncertainty declared next to four values. */
function declared(): Raw {
  const s = fresh();
  s.coverage.services[0].unitCost = { value: 1200000, priceYear: 2024, low: 1000000, high: 1400000 };
  s.coverage.services[1].arsverkPerUnit = { value: 0.767, low: 0.6, high: 0.9, shape: "uniform" };
  s.coverage.services[0].rates["90+"] = { value: 0.237, count: 120 };
  s.housing.profiles.alternative["90+"].institusjon = { value: 0.158, low: 0.12, high: 0.2, absorbedBy: "heldognsbolig" };
  return s;
}

describe("uncertainty declared next to a value", () => {
  it("is read as the plain value by the rest of the engine (the deterministic parts are unchanged)", () => {
    expect(problems(declared())).toBe("");
    const a = parts(declared());
    const b = parts(fresh());
    expect(a.coverage).toEqual(b.coverage);
    expect(a.housing).toEqual(b.housing);
    expect(b.declared).toEqual({ unitCosts: {}, arsverkPerUnit: {}, rateSampleSize: {}, alternativeShares: [] });
  });

  it("maps onto the intervals of the uncertainty machinery: costs and årsverk by id, a rate's count, an alternative share", () => {
    const p = parts(declared());
    const s = resolveUncertainty(undefined, p);
    expect(s.unitCosts.institusjon).toEqual({ low: 1000000, central: 1200000, high: 1400000, shape: "triangular", level: undefined });
    expect(s.unitCosts.heldognsbolig).toEqual({ low: 560000, central: 700000, high: 840000, shape: "triangular" }); // the ± 20 % default
    expect(s.arsverkPerUnit.heldognsbolig).toEqual({ low: 0.6, central: 0.767, high: 0.9, shape: "uniform", level: undefined });
    expect(s.coverageRates.bandSampleSize).toEqual({ institusjon: { "90+": 120 / 0.237 } });
    expect(s.alternativeShares).toEqual([
      { band: "90+", step: "institusjon", absorbedBy: "heldognsbolig", low: 0.12, central: 0.158, high: 0.2, shape: "triangular", level: undefined },
    ]);
    // 120 users behind the 90+ rate: 506.3 residents instead of the band's base-year population.
    const setup = prepareUncertainty(p, s);
    expect(residentsBehind(setup, "institusjon", "90+")).toBeCloseTo(506.3291139, 6);
    expect(residentsBehind(setup, "institusjon", "85-89")).toBe(setup.baseResidents["85-89"]);
    const ids = sensitivityInputs(setup).map((i) => i.id);
    expect(ids).toContain("alternativeShare.0");
  });

  it("refuses an interval given twice (inline and in the uncertainty part), naming both fields", () => {
    const p = parts(declared());
    expect(() => resolveUncertainty({ unitCosts: { intervals: { institusjon: { low: 1100000, high: 1300000 } } } }, p, { file: "s.json" })).toThrow(
      's.json: coverage.services[0].unitCost: expected one interval for "institusjon" (it is also declared in s.json: uncertainty.unitCosts.intervals.institusjon), got "1000000–1400000"',
    );
  });

  it("refuses a low bound above the high bound, naming the field", () => {
    const s = fresh();
    s.coverage.services[0].unitCost = { value: 1200000, priceYear: 2024, low: 1400000, high: 1000000 };
    expect(problems(s)).toBe("s.json: coverage.services[0].unitCost.low: expected a low bound at most the high bound 1000000, got 1400000");
    const t = fresh();
    t.housing.steps[3].arsverkPerUnit = { value: 1.224, low: 1.3, high: 1.4 };
    expect(problems(t)).toBe("s.json: housing.steps[3].arsverkPerUnit.value: expected a value between low 1.3 and high 1.4, got 1.224");
  });

  it("refuses a share interval that can leave [0, 1]: outside it, or pushing the absorbing step's share below 0", () => {
    const s = fresh();
    s.housing.profiles.alternative["90+"].institusjon = { value: 0.158, low: -0.1, high: 0.2 };
    expect(problems(s)).toBe('s.json: housing.profiles.alternative["90+"].institusjon.low: expected a number at least 0, got -0.1');
    const t = fresh();
    t.housing.profiles.alternative["90+"].institusjon = { value: 0.158, low: 0.1, high: 0.6, absorbedBy: "heldognsbolig" };
    expect(problems(t)).toBe("");
    expect(() => resolveUncertainty(undefined, parts(t), { file: "s.json" })).toThrow(
      /^s\.json: housing\.profiles\.alternative\["90\+"\]\["institusjon"\]: expected a share distribution that stays in \[0, 1\]: at the high bound "heldognsbolig" would get -0\.2511/,
    );
  });

  it("refuses an interval level outside (0, 1), and a level without the log-normal shape", () => {
    const s = fresh();
    s.coverage.services[0].unitCost = { value: 1200000, priceYear: 2024, low: 1000000, high: 1400000, shape: "lognormal", level: 1.5 };
    expect(problems(s)).toBe("s.json: coverage.services[0].unitCost.level: expected a number less than 1, got 1.5");
    s.coverage.services[0].unitCost = { value: 1200000, priceYear: 2024, low: 1000000, high: 1400000, level: 0.9 };
    expect(problems(s)).toBe('s.json: coverage.services[0].unitCost.level: expected a level only with shape "lognormal", got 0.9');
  });

  it("refuses a rate with neither a count nor a sample size, and money with only one bound", () => {
    const s = fresh();
    s.coverage.services[0].rates["67-79"] = { value: 0.014 };
    expect(problems(s)).toBe(
      's.json: coverage.services[0].rates["67-79"].count: expected exactly one of count (users behind the rate) and sampleSize (residents behind it), got nothing',
    );
    const t = fresh();
    t.coverage.services[0].unitCost = { value: 1200000, priceYear: 2024, low: 1000000 };
    expect(problems(t)).toBe("s.json: coverage.services[0].unitCost.high: expected both low and high (an interval), got nothing");
  });
});
