import { beforeAll, describe, expect, it } from "vitest";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { parseBands } from "../../engine/population/bands";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { simulatePopulation } from "../../engine/uncertainty/population";
import { replicateLayout, runReplicateBlock, slotQuantiles, type ReplicateModel } from "../../engine/uncertainty/replicates";
import { prepareUncertainty } from "../../engine/uncertainty/run";
import { runUncertainty } from "../../engine/uncertainty/result";

let model: ReplicateModel;
beforeAll(() => {
  const s = loadCoverageHousingScenario("scenarios/default.json");
  const setup = prepareUncertainty(s, resolveUncertainty(undefined, s));
  model = { population: setup.population, bands: parseBands("plan"), groups: parseBands("0-79,80+").slice(1), setup };
});

describe("runReplicateBlock(model, seed, from, to)", () => {
  it("gives each replicate the same row however the replicates are split into blocks", () => {
    const whole = runReplicateBlock(model, 3, 0, 6);
    const parts = [runReplicateBlock(model, 3, 0, 2), runReplicateBlock(model, 3, 2, 5), runReplicateBlock(model, 3, 5, 6)];
    const joined = new Float64Array(whole.length);
    let at = 0;
    for (const p of parts) {
      joined.set(p, at);
      at += p.length;
    }
    expect(Array.from(joined)).toEqual(Array.from(whole));
  });

  it("draws the same council summary as runUncertainty (unrounded there, rounded as printed here) and the same population as simulatePopulation", () => {
    const l = replicateLayout(model);
    const rows = runReplicateBlock(model, 9, 0, 3);
    const r = runUncertainty(model.setup!, { replicates: 3, seed: 9 });
    for (let i = 0; i < 3; i++) {
      const key = "cost_reduction_alt_profile";
      const k = l.summaryKeys.indexOf(key);
      expect(Math.abs(rows[i * l.stride + l.summaryAt + k] - r.figures[key][i])).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    const sim = simulatePopulation(model.population, model.bands, 3, 9);
    const cols = l.columns.length;
    for (let i = 0; i < 3; i++) {
      sim.totals[i].forEach((year, t) => year.forEach((v, k) => expect(rows[i * l.stride + t * cols + k]).toBe(v)));
    }
  });
});

describe("slotQuantiles(values, stride, ps)", () => {
  it("takes type-7 quantiles per slot across rows, and throws on a NaN", () => {
    const v = Float64Array.from([1, 10, 2, 20, 3, 30, 4, 40]);
    const [lo, mid] = slotQuantiles(v, 2, [0.1, 0.5]);
    expect(Array.from(mid)).toEqual([2.5, 25]);
    expect(lo[0]).toBeCloseTo(1.3, 12);
    expect(() => slotQuantiles(Float64Array.from([1, NaN]), 1, [0.5])).toThrow(/NaN in replicate 1/);
    expect(() => slotQuantiles(Float64Array.from([1, 2, 3]), 2, [0.5])).toThrow(/whole rows of 2/);
  });
});
