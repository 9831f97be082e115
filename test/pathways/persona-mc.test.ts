import { describe, expect, it } from "vitest";
import { deterministicTimeline } from "../../engine/pathways/deterministic";
import { drawPersona, newPersonDraw, commonSigma } from "../../engine/pathways/draw";
import type { PersonaModel } from "../../engine/pathways/model";
import { personaResultLayout, runPersonaReplicates } from "../../engine/pathways/persona-mc";
import { personaSummaryRows } from "../../engine/pathways/persona-results";
import { runPersonaMonteCarlo } from "../../engine/pathways/run";
import { column, summarise } from "../../engine/pathways/summary";
import { meanDeathAge, survivalModel } from "../../engine/pathways/survival";
import { randomStream } from "../../engine/random/streams";
import { johs } from "./johs";

const model = johs();
const L = personaResultLayout(model);

describe("persona Monte Carlo, variation off", () => {
  it("equals the deterministic timeline: cost per year of age, lifetime totals, years per phase, death at 88", () => {
    const c = runPersonaReplicates(model, { seed: 1, from: 0, to: 1, variation: false, yearlyFrom: 60, yearlyTo: 100 });
    const det = deterministicTimeline(model);
    expect(c.values[0]).toBe(70);
    expect(Math.abs(c.values[1] - 88)).toBeLessThan(1e-9);
    model.pathways.forEach((p, i) => {
      for (let age = 60; age < 100; age++) {
        const d = det.find((r) => r.pathway === p.id && r.age === age)?.costNok ?? 0;
        expect(Math.abs(c.yearly![i * 40 + age - 60] - d)).toBeLessThan(1e-6);
      }
      const total = det.filter((r) => r.pathway === p.id).reduce((s, r) => s + r.costNok, 0);
      expect(Math.abs(c.values[L.pathways[i].cost] - total)).toBeLessThan(1e-6);
      p.phases.forEach((ph, k) => expect(Math.abs(c.values[L.pathways[i].phaseYears[k]] - (ph.endAge - ph.startAge))).toBeLessThan(1e-9));
    });
    expect(model.monteCarlo.survival.calibrated).toBe(true);
  });
});

describe("persona Monte Carlo, variation on (seeded)", () => {
  const R = 20000;
  it("onset age: mean 70 and sd 3 within 3 standard errors", () => {
    const c = runPersonaReplicates(model, { seed: 11, from: 0, to: R, variation: true });
    const s = summarise(column(c.values, L.stride, 0));
    expect(Math.abs(s.mean - 70)).toBeLessThan(3 * s.se);
    expect(Math.abs(s.sd - 3)).toBeLessThan((3 * 3) / Math.sqrt(2 * R));
  });
  it("age at death: mean matches the life table × hazard ratio (exact integral) within 3 standard errors", () => {
    const fixed: PersonaModel = { ...model, monteCarlo: { ...model.monteCarlo, onsetSdYears: 0 } };
    const c = runPersonaReplicates(fixed, { seed: 12, from: 0, to: R, variation: true });
    const s = summarise(column(c.values, L.stride, 1));
    const surv = survivalModel(model.monteCarlo.survival.mx, model.monteCarlo.survival.hazardRatio);
    const expected = meanDeathAge(surv, 70);
    expect(Math.abs(s.mean - expected)).toBeLessThan(3 * s.se);
    // median at 88 by calibration: the sample median within 0.3 years
    expect(Math.abs(s.p50 - 88)).toBeLessThan(0.3);
  });
  it("phase durations: log-normal with the timeline's median, mean median × e^(σ²/2), within 3 standard errors", () => {
    const surv = survivalModel(model.monteCarlo.survival.mx, model.monteCarlo.survival.hazardRatio);
    const d = newPersonDraw(5);
    d.ezSigma = commonSigma(model.pathways);
    expect(d.ezSigma).toBe(0.5);
    const nominal = model.pathways[0].phases.map((p) => p.endAge - p.startAge); // 3, 3, 5, 5, 2
    const sums = nominal.map(() => new Float64Array(R));
    for (let i = 0; i < R; i++) {
      drawPersona(model, surv, randomStream(13, i), d);
      nominal.forEach((n, k) => (sums[k][i] = n * d.ez[k]));
    }
    nominal.forEach((n, k) => {
      const s = summarise(sums[k]);
      expect(Math.abs(s.mean - n * Math.exp(0.125))).toBeLessThan(3 * s.se);
      expect(Math.abs(s.p50 / n - 1)).toBeLessThan(0.03);
    });
  });
  it("absolute timing with death far off: years in a phase follow its duration distribution", () => {
    const longLived: PersonaModel = {
      ...model,
      monteCarlo: { ...model.monteCarlo, timing: "absolute", onsetSdYears: 0, survival: { ...model.monteCarlo.survival, hazardRatio: 1e-4 } },
    };
    const c = runPersonaReplicates(longLived, { seed: 14, from: 0, to: R, variation: true });
    const s = summarise(column(c.values, L.stride, L.pathways[0].phaseYears[2])); // praktisk-bistand, 5 years
    expect(Math.abs(s.mean - 5 * Math.exp(0.125))).toBeLessThan(3 * s.se);
  });
  it("same seed → identical output; 1 worker and 2 workers → identical output", async () => {
    const a = await runPersonaMonteCarlo(model, { seed: 5, replicates: 700, workers: 1 });
    const b = await runPersonaMonteCarlo(model, { seed: 5, replicates: 700, workers: 1 });
    const w = await runPersonaMonteCarlo(model, { seed: 5, replicates: 700, workers: 2 });
    expect(Buffer.from(b.values.buffer).equals(Buffer.from(a.values.buffer))).toBe(true);
    expect(Buffer.from(w.values.buffer).equals(Buffer.from(a.values.buffer))).toBe(true);
    const other = await runPersonaMonteCarlo(model, { seed: 6, replicates: 700 });
    expect(Buffer.from(other.values.buffer).equals(Buffer.from(a.values.buffer))).toBe(false);
  }, 30000);
  it("paired differences (common random numbers) have smaller variance than unpaired ones", () => {
    const n = 5000;
    const a = runPersonaReplicates(model, { seed: 21, from: 0, to: n, variation: true });
    const b = runPersonaReplicates(model, { seed: 21, from: 0, to: n, variation: true, streamOffset: 1_000_000 });
    const p = L.pathways[1].cost,
      q = L.pathways[0].cost;
    const paired = new Float64Array(n),
      unpaired = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      paired[i] = a.values[i * L.stride + p] - a.values[i * L.stride + q];
      unpaired[i] = a.values[i * L.stride + p] - b.values[i * L.stride + q];
    }
    const vp = summarise(paired).sd ** 2,
      vu = summarise(unpaired).sd ** 2;
    expect(vp).toBeLessThan(0.25 * vu);
    // and the summary reports the paired difference with its seed and replicate count
    const rows = personaSummaryRows(model, a.values, 21);
    const d = rows.find((r) => r.pathway === "proactive-normal" && r.measure === "lifetime_cost_nok")!;
    expect(d.replicates).toBe(n);
    expect(d.seed).toBe(21);
    expect(d.sd ** 2).toBeCloseTo(vp, 0);
  });
});
