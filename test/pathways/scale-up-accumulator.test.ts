import { describe, expect, it } from "vitest";
import { commonSigma, newPersonDraw, zFromU } from "../../engine/pathways/draw";
import { flattenPathways } from "../../engine/pathways/flat";
import { layoutPhases } from "../../engine/pathways/layout";
import type { Pathway } from "../../engine/pathways/model";
import { scaleUpLayout } from "../../engine/pathways/scale-up";
import { PersonAccumulator } from "../../engine/pathways/scale-up-accumulator";
import { spreadOverYears } from "../../engine/pathways/years";
import { LognormalFactorTable } from "../../engine/random/lognormal-table";
import { randomStream } from "../../engine/random/streams";

const phase = (id: string, years: number, cost: number, sigma: number, enterProbability = 1) => ({
  id,
  name: id,
  startAge: 0,
  endAge: years,
  annualCostNok: cost,
  annualStaffHours: cost / 100,
  basis: "catalogue" as const,
  source: "",
  staffHoursComplete: true,
  sigma,
  enterProbability,
});
// A: the compiled fast layout with the common σ 0.4, a phase without variation and one with its own σ; an investment after a year.
const a: Pathway = {
  id: "a",
  name: "A",
  investments: [{ label: "i", amountNok: 700, atYears: 1 }],
  phases: [phase("a1", 3, 100, 0.4), phase("a2", 2, 500, 0), phase("a3", 4, 900, 0.2), phase("a4", 1, 2000, 0.4)],
};
// B: a phase that happens with probability 0.6 (layoutPhases).
const b: Pathway = { id: "b", name: "B", investments: [], phases: [phase("b1", 5, 300, 0.4), phase("b2", 3, 800, 0.4, 0.6)] };
const t0 = 2025,
  Y = 6,
  W = 5 + 2 * 4,
  N = 300;

/** Persons with onsets from 40 years before the first year to its end, lives of 0-60 years (so some ramps fall beyond the padding), and their uniforms. */
function persons(seed: number) {
  const g = randomStream(seed, 0);
  const U = new Float64Array(N * W),
    onset = new Float64Array(N),
    death = new Float64Array(N);
  g.fill(U, N * W);
  for (let i = 0; i < N; i++) {
    onset[i] = t0 - 40 + 46 * g.next();
    death[i] = onset[i] + 60 * g.next() ** 2;
  }
  return { U, onset, death };
}

/** The same persons the plain way: the documented draws, layoutPhases and spreadOverYears. */
function plain(pathways: Pathway[], timing: "scaled" | "absolute", p: ReturnType<typeof persons>, group: number): Float64Array {
  const L = scaleUpLayout({ firstYear: t0, lastYear: t0 + Y - 1, pathways });
  const out = new Float64Array(L.stride);
  const f = flattenPathways(pathways);
  const draw = newPersonDraw(4);
  draw.ezSigma = commonSigma(pathways);
  const len = new Float64Array(4),
    start = new Float64Array(4),
    end = new Float64Array(4);
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < 4; k++) {
      const u = p.U[i * W + 5 + 2 * k];
      draw.z[k] = zFromU(u);
      draw.ez[k] = Math.exp(draw.ezSigma * draw.z[k]);
      draw.uEnter[k] = p.U[i * W + 5 + 2 * k + 1];
    }
    out[L.personYears] += Math.max(0, Math.min(p.death[i], t0 + Y) - Math.max(p.onset[i], t0));
    pathways.forEach((pw, q) => {
      layoutPhases(f, q, p.onset[i], p.death[i], draw, timing, len, start, end);
      const s = L.series[group][q];
      pw.phases.forEach((ph, k) => {
        spreadOverYears(start[k], end[k], ph.annualCostNok, t0, out, s.cost, Y);
        spreadOverYears(start[k], end[k], ph.annualStaffHours, t0, out, s.hours, Y);
        spreadOverYears(start[k], end[k], 1, t0, out, s.phases[k], Y);
      });
      for (const v of pw.investments) {
        const t = p.onset[i] + v.atYears;
        if (t >= t0 && t < t0 + Y && t < p.death[i]) out[s.investment + Math.floor(t - t0)] += v.amountNok;
      }
    });
  }
  return out;
}

describe("PersonAccumulator (the compiled fast layout and layoutPhases) against the plain layout", () => {
  for (const timing of ["scaled", "absolute"] as const) {
    it(`${timing} timing, both groups: every series within 1e-8 relative (the table of e^(σ z) and the summation order are the only differences)`, () => {
      const pathways = [a, b];
      const L = scaleUpLayout({ firstYear: t0, lastYear: t0 + Y - 1, pathways });
      const draw = newPersonDraw(4);
      draw.ezSigma = commonSigma(pathways);
      const values = new Float64Array(L.stride);
      const acc = new PersonAccumulator(flattenPathways(pathways), draw, new LognormalFactorTable(draw.ezSigma), timing, values, t0, L, { W, drawsAt: 5 });
      expect(Array.from(acc.fast)).toEqual(timing === "scaled" ? [1, 0] : [0, 0]);
      acc.startReplicate(0);
      const p0 = persons(1),
        p1 = persons(2);
      acc.addBatch(p0.U, p0.onset, p0.death, N, 0);
      acc.addBatch(p1.U, p1.onset, p1.death, N, 1);
      values[L.personYears] = acc.finishReplicate();
      const ref0 = plain(pathways, timing, p0, 0),
        ref1 = plain(pathways, timing, p1, 1);
      let worst = 0;
      for (let j = 0; j < L.stride; j++) {
        const ref = ref0[j] + ref1[j];
        worst = Math.max(worst, Math.abs(values[j] - ref) / Math.max(1, Math.abs(ref)));
      }
      expect(worst).toBeLessThan(1e-8);
      expect(values[L.series[1][0].investment]).toBeGreaterThan(0);
    });
  }
});
