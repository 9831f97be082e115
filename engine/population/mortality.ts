import { lifeExpectancy, lifeTableFromMx, type LifeTable } from "./life-table";
import { kannistoHazard, type KannistoFit } from "./kannisto";
import { N_AGES } from "./grid";

/**
 * Mortality for projections: a fixed age shape of death rates, scaled each year so that
 * the period life expectancy at birth meets a target.
 *
 * Method: mx(t) = mx_base · exp(b_x · κ_t) with b_x = 1 at every age (proportional
 * hazards; a one-parameter Lee-Carter model with uniform age loadings). κ_t is found by
 * bisection (to 1e-12 in κ) so that e0 of the scaled table equals the target; e0 falls
 * strictly as κ rises, so the solution is unique. Death rates are capped at 2 (qx = 1).
 */
export function scaleToLifeExpectancy(mxBase: ArrayLike<number>, targetE0: number): { mx: Float64Array; kappa: number } {
  const n = mxBase.length;
  if (!(targetE0 > 0 && targetE0 < 130)) {
    throw new Error(`scaleToLifeExpectancy requires a target e0 between 0 and 130 years, got ${targetE0}`);
  }
  const mx = new Float64Array(n);
  const e0At = (kappa: number): number => {
    const f = Math.exp(kappa);
    for (let x = 0; x < n; x++) mx[x] = Math.min(2, mxBase[x] * f);
    mx[n - 1] = Math.max(mx[n - 1], 1e-12);
    return lifeExpectancy(mx);
  };
  let lo = -12, hi = 8;
  if (e0At(lo) < targetE0 || e0At(hi) > targetE0) {
    throw new Error(`scaleToLifeExpectancy cannot reach e0 = ${targetE0} by scaling this mortality shape`);
  }
  while (hi - lo > 1e-12) {
    const mid = 0.5 * (lo + hi);
    if (e0At(mid) > targetE0) lo = mid; else hi = mid;
  }
  const kappa = 0.5 * (lo + hi);
  e0At(kappa);
  return { mx, kappa };
}

/**
 * Survival ratios for the projection grid (ages 0…104, 105+, rates indexed by age at the
 * end of the year) from a life table that extends beyond 105:
 * - births → age 0 at the end of the year: L0 / l0;
 * - age a−1 at the start → a at the end (1 ≤ a ≤ 105): L_a / L_{a−1};
 * - within the open group 105+: T_106 / T_105.
 * Returns `into` (length 106) and `open`.
 */
export function projectionSurvival(lt: LifeTable): { into: Float64Array; open: number } {
  const { Lx, Tx, lx } = lt;
  if (Lx.length < N_AGES + 1) {
    throw new Error(`projectionSurvival requires a life table to age ${N_AGES} or beyond, got ${Lx.length - 1}`);
  }
  const into = new Float64Array(N_AGES);
  into[0] = Lx[0] / lx[0];
  for (let a = 1; a < N_AGES; a++) into[a] = Lx[a - 1] > 0 ? Lx[a] / Lx[a - 1] : 0;
  const open = Tx[N_AGES - 1] > 0 ? Tx[N_AGES] / Tx[N_AGES - 1] : 0;
  return { into, open };
}

/**
 * A parametric mortality shape: log mx linear between knot ages below `closeFrom`, and a
 * Kannisto hazard from `closeFrom` to 130 (the open group 130+).
 */
export interface MortalityShape {
  knots: number[];
  logMx: number[];
  kannisto: KannistoFit;
  closeFrom: number;
}

/** Death rates mx for ages 0…130 from a parametric shape. */
export function mxFromShape(shape: MortalityShape, maxAge = 130): Float64Array {
  const { knots, logMx } = shape;
  if (knots.length !== logMx.length || knots.length < 2) {
    throw new Error(`mxFromShape requires as many knot values as knots (at least 2), got ${knots.length} and ${logMx.length}`);
  }
  const mx = new Float64Array(maxAge + 1);
  for (let x = 0; x <= maxAge; x++) {
    if (x >= shape.closeFrom) { mx[x] = kannistoHazard(shape.kannisto, x + 0.5); continue; }
    let i = 0;
    while (i < knots.length - 2 && x > knots[i + 1]) i++;
    const t = (x - knots[i]) / (knots[i + 1] - knots[i]);
    mx[x] = Math.exp(logMx[i] + t * (logMx[i + 1] - logMx[i]));
  }
  return mx;
}

/** Convenience: projection survival for a target e0 from a base mx (ages 0…130). */
export function survivalForLifeExpectancy(mxBase: ArrayLike<number>, targetE0: number): { into: Float64Array; open: number } {
  const { mx } = scaleToLifeExpectancy(mxBase, targetE0);
  return projectionSurvival(lifeTableFromMx(mx));
}
