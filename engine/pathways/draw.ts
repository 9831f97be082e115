import { normalQuantileFast } from "../random/distributions";
import type { UniformSource } from "../random/rng";
import type { Pathway, PersonaModel } from "./model";
import { deathAgeFromU, type Survival } from "./survival";

/**
 * The random draws of one simulated person, shared by every pathway (common random
 * numbers): onset age, age at death, and per phase index k one standard normal z[k] for the
 * phase's duration and one uniform uEnter[k] for whether the phase happens.
 */
export interface PersonDraw {
  onsetAge: number;
  deathAge: number;
  z: Float64Array;
  uEnter: Float64Array;
  /** e^(σ z[k]) for σ = `ezSigma` (the common duration sd), computed once per person. */
  ez: Float64Array;
  ezSigma: number;
}

export function newPersonDraw(phases: number): PersonDraw {
  return { onsetAge: 0, deathAge: 0, z: new Float64Array(phases), uEnter: new Float64Array(phases), ez: new Float64Array(phases), ezSigma: 0 };
}

/** Φ⁻¹ of a uniform (Acklam, relative error < 1.15e-9), with u = 0 (possible at 32-bit resolution) moved half a step inwards. */
export function zFromU(u: number): number {
  return normalQuantileFast(u > 0 ? u : 1.1641532182693481e-10);
}

/**
 * Draws the phase part of a person (z and uEnter for every phase index), in a fixed order:
 * z[0], uEnter[0], z[1], uEnter[1], … Two uniforms per phase index whatever the pathways
 * say (also when every enter probability is 1), so that the stream layout does not depend
 * on the model's values.
 */
export function drawPhases(src: UniformSource, out: PersonDraw): void {
  const s = out.ezSigma;
  const z = out.z,
    ez = out.ez,
    uEnter = out.uEnter;
  for (let k = 0; k < z.length; k++) {
    const zk = zFromU(src.next());
    z[k] = zk;
    ez[k] = s === 0 ? 1 : Math.exp(s * zk);
    uEnter[k] = src.next();
  }
}

/** The duration sd most phases share (the first phase's), for which e^(σ z) is computed once per person. */
export function commonSigma(pathways: readonly Pathway[]): number {
  return pathways[0]?.phases[0]?.sigma ?? 0;
}

/**
 * Draws one persona person into `out`, in this order: onset (normal around the start age
 * with sd `onsetSdYears`), age at death (survival from the onset age), then the phases.
 * With a source that always returns 0.5 this is the published timeline (onset at the start
 * age, death at the median, which the calibration puts at the timeline's death age).
 */
export function drawPersona(model: PersonaModel, survival: Survival, src: UniformSource, out: PersonDraw): void {
  const sd = model.monteCarlo.onsetSdYears;
  const zOnset = zFromU(src.next());
  out.onsetAge = sd === 0 ? model.startAge : Math.max(0, model.startAge + sd * zOnset);
  out.deathAge = deathAgeFromU(survival, out.onsetAge, src.next());
  drawPhases(src, out);
}
