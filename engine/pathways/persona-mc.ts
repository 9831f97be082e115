import { constantSource, type UniformSource } from "../random/rng";
import { randomStream } from "../random/streams";
import { commonSigma, drawPersona, newPersonDraw } from "./draw";
import { flattenPathways } from "./flat";
import { layoutPhases } from "./layout";
import { maxPhases, type PersonaModel } from "./model";
import { survivalModel } from "./survival";
import { spreadOverYears } from "./years";

/** Where each measure of a replicate lies in the result row. */
export interface PersonaResultLayout {
  stride: number;
  /** Columns 0 and 1: onset age and age at death. */
  pathways: Array<{ id: string; cost: number; hours: number; investment: number; phaseYears: number[] }>;
}

export function personaResultLayout(model: PersonaModel): PersonaResultLayout {
  let c = 2;
  const pathways = model.pathways.map((p) => {
    const o = { id: p.id, cost: c, hours: c + 1, investment: c + 2, phaseYears: p.phases.map((_, k) => c + 3 + k) };
    c += 3 + p.phases.length;
    return o;
  });
  return { stride: c, pathways };
}

export interface PersonaMcOptions {
  seed: number;
  /** Replicates [from, to) of the run (replicate i draws from stream (seed, i)). */
  from: number;
  to: number;
  /** False: every uniform is 0.5 (the medians): the published timeline. */
  variation: boolean;
  /** Also collect cost per year of age for ages [yearlyFrom, yearlyTo) (for the timeline bands). */
  yearlyFrom?: number;
  yearlyTo?: number;
  /** Stream offset for a second, independent set of persons (for the unpaired comparison); default 0. */
  streamOffset?: number;
}

/** Results of replicates [from, to): one row of `layout.stride` values each, and optionally cost per year of age. */
export interface PersonaMcChunk {
  from: number;
  to: number;
  values: Float64Array;
  /** [replicate][pathway][age − yearlyFrom] cost in kroner, or null. */
  yearly: Float64Array | null;
}

/**
 * Monte Carlo of one persona: replicate i is one simulated person drawn from stream
 * (seed, i) (or the constant 0.5 with the variation off), who goes through every pathway
 * with the same draws (common random numbers, so differences between pathways are paired).
 * Per pathway: lifetime cost (kroner, investments apart), staff hours, investments, years
 * in each phase.
 */
export function runPersonaReplicates(model: PersonaModel, o: PersonaMcOptions): PersonaMcChunk {
  const layout = personaResultLayout(model);
  const n = o.to - o.from;
  const values = new Float64Array(n * layout.stride);
  const yFrom = o.yearlyFrom ?? 0;
  const nAges = o.yearlyTo !== undefined ? o.yearlyTo - yFrom : 0;
  const P = model.pathways.length;
  const yearly = nAges > 0 ? new Float64Array(n * P * nAges) : null;
  const surv = survivalModel(model.monteCarlo.survival.mx, model.monteCarlo.survival.hazardRatio);
  const K = maxPhases(model.pathways);
  const draw = newPersonDraw(K);
  draw.ezSigma = commonSigma(model.pathways);
  const len = new Float64Array(K),
    start = new Float64Array(K),
    end = new Float64Array(K);
  const f = flattenPathways(model.pathways);
  const median = constantSource(0.5);
  for (let r = 0; r < n; r++) {
    const src: UniformSource = o.variation ? randomStream(o.seed, o.from + r + (o.streamOffset ?? 0)) : median;
    drawPersona(model, surv, src, draw);
    const row = r * layout.stride;
    values[row] = draw.onsetAge;
    values[row + 1] = draw.deathAge;
    for (let p = 0; p < P; p++) {
      const pw = model.pathways[p];
      const lo = layout.pathways[p];
      layoutPhases(f, p, draw.onsetAge, draw.deathAge, draw, model.monteCarlo.timing, len, start, end);
      let cost = 0,
        hours = 0;
      for (let k = 0; k < pw.phases.length; k++) {
        const y = end[k] - start[k];
        cost += y * pw.phases[k].annualCostNok;
        hours += y * pw.phases[k].annualStaffHours;
        values[row + lo.phaseYears[k]] = y;
        if (yearly) spreadOverYears(start[k], end[k], pw.phases[k].annualCostNok, yFrom, yearly, (r * P + p) * nAges, nAges);
      }
      let inv = 0;
      for (const v of pw.investments) if (draw.onsetAge + v.atYears < draw.deathAge) inv += v.amountNok;
      values[row + lo.cost] = cost;
      values[row + lo.hours] = hours;
      values[row + lo.investment] = inv;
    }
  }
  return { from: o.from, to: o.to, values, yearly };
}
