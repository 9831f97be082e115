import { GRID_SIZE, N_AGES } from "./grid";

/**
 * The Rogers-Castro model migration schedule (Rogers & Castro 1981, *Model Migration
 * Schedules*, IIASA RR-81-30):
 *   m(x) = a1·e^{−α1·x}                                  (children, with their parents)
 *        + a2·e^{−α2(x−μ2) − e^{−λ2(x−μ2)}}               (young adults)
 *        + a3·e^{−α3(x−μ3) − e^{−λ3(x−μ3)}}  (optional)  (retirement)
 *        + c                                              (constant)
 * Only the shape matters here: profiles are normalised to sum 1 and multiplied by a level.
 */
export interface RogersCastroParams {
  a1: number;
  alpha1: number;
  a2: number;
  alpha2: number;
  mu2: number;
  lambda2: number;
  a3?: number;
  alpha3?: number;
  mu3?: number;
  lambda3?: number;
  c: number;
}

/**
 * The "fundamental" 7-parameter schedule of Rogers & Castro (1981), as published in
 * R package migest (`rc9.fund`): a1 = 0.02, α1 = 0.1, a2 = 0.06, α2 = 0.1, μ2 = 20,
 * λ2 = 0.4, c = 0.003.
 */
export const ROGERS_CASTRO_FUNDAMENTAL: RogersCastroParams = {
  a1: 0.02,
  alpha1: 0.1,
  a2: 0.06,
  alpha2: 0.1,
  mu2: 20,
  lambda2: 0.4,
  c: 0.003,
};

/** The schedule's value at age x (x may be fractional). */
export function rogersCastro(p: RogersCastroParams, x: number): number {
  let m = p.a1 * Math.exp(-p.alpha1 * x) + p.a2 * Math.exp(-p.alpha2 * (x - p.mu2) - Math.exp(-p.lambda2 * (x - p.mu2))) + p.c;
  if (p.a3 !== undefined && p.alpha3 !== undefined && p.mu3 !== undefined && p.lambda3 !== undefined) {
    m += p.a3 * Math.exp(-p.alpha3 * (x - p.mu3) - Math.exp(-p.lambda3 * (x - p.mu3)));
  }
  return m;
}

/**
 * A migration profile over sex × age (ages at the end of the year, evaluated at a − 0.5,
 * the mean exact age during the year; the open group 105+ at 105), summing to 1 over both
 * sexes. `maleShare` is the men's share of migrants (default 0.5).
 */
export function rogersCastroProfile(p: RogersCastroParams = ROGERS_CASTRO_FUNDAMENTAL, maleShare = 0.5): Float64Array {
  if (!(maleShare >= 0 && maleShare <= 1)) {
    throw new Error(`rogersCastroProfile requires maleShare between 0 and 1, got ${maleShare}`);
  }
  const byAge = new Float64Array(N_AGES);
  let total = 0;
  for (let a = 0; a < N_AGES; a++) {
    byAge[a] = rogersCastro(p, Math.max(0, a - 0.5));
    if (!(byAge[a] >= 0)) throw new Error(`rogersCastroProfile requires non-negative values, got ${byAge[a]} at age ${a}`);
    total += byAge[a];
  }
  const out = new Float64Array(GRID_SIZE);
  for (let a = 0; a < N_AGES; a++) {
    out[a] = (maleShare * byAge[a]) / total;
    out[N_AGES + a] = ((1 - maleShare) * byAge[a]) / total;
  }
  return out;
}
