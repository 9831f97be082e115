import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../engine/errors";
import type { Json } from "../../engine/scenario/merge-patch";
import { validateScenario } from "../../engine/scenario/validate";

const base = JSON.parse(readFileSync("scenarios/default.json", "utf8")) as Record<string, Json>;
const check = (uncertainty: Json) => {
  const { scenario, issues } = validateScenario({ ...base, uncertainty } as Json, { origin: () => "s.json" });
  return { scenario, text: formatIssues(issues) };
};

describe("scenario schema: the optional uncertainty part", () => {
  it("accepts a scenario without it (the shipped default) and with a full block", () => {
    expect(check(undefined as unknown as Json).text).toBe("");
    const full = check({
      level: 0.9,
      replicates: 500,
      seed: 7,
      population: {
        low: "L",
        high: "H",
        fertility: { phi: 0.8, spread: 1 },
        lifeExpectancy: { phi: 0.95 },
        immigration: { spread: 0.5 },
        internalMigration: { phi: 0.5, relativeSpread: 0.3 },
      },
      coverageRates: { sampleSize: { institusjon: 4000 } },
      profileShares: { off: true },
      unitCosts: { defaultRelative: 0.15, intervals: { institusjon: { low: 1000000, high: 1500000, shape: "uniform" } } },
      arsverkPerUnit: { intervals: { heldognsbolig: { low: 0.6, high: 0.9 } } },
      alternativeShares: [{ band: "90+", step: "institusjon", low: 0.1, high: 0.2 }],
    });
    expect(full.text).toBe("");
    expect(full.scenario!.uncertainty!.level).toBe(0.9);
  });

  it("is closed: an unknown key is an error naming its path", () => {
    expect(check({ levels: 0.8 }).text).toMatch(/uncertainty/);
    expect(check({ population: { fertility: { sd: 0.1 } } }).text).toMatch(/uncertainty\.population\.fertility/);
  });

  it("refuses an interval level outside (0, 1), a low bound above the high bound, a share outside [0, 1] and φ of 1", () => {
    expect(check({ level: 1.2 }).text).toMatch(/uncertainty\.level/);
    expect(check({ level: 0 }).text).toMatch(/uncertainty\.level/);
    expect(check({ unitCosts: { intervals: { institusjon: { low: 2, high: 1 } } } }).text).toMatch(/uncertainty\.unitCosts\.intervals\.institusjon\.low/);
    expect(check({ alternativeShares: [{ band: "90+", step: "institusjon", low: -0.1, high: 0.2 }] }).text).toMatch(/uncertainty\.alternativeShares\[0\]\.low/);
    expect(check({ alternativeShares: [{ band: "90+", step: "institusjon", low: 0.1, high: 1.2 }] }).text).toMatch(/uncertainty\.alternativeShares\[0\]\.high/);
    expect(check({ population: { lifeExpectancy: { phi: 1 } } }).text).toMatch(/uncertainty\.population\.lifeExpectancy\.phi/);
  });
});
