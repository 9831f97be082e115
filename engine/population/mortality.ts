import { lifeTableFromMx, type LifeTable } from "./life-table";
import { kannistoHazard, type KannistoFit } from "./kannisto";
import { N_AGES } from "./grid";

/**
 * e0 of base mx scaled by exp(b_x κ) (b_x = 1 without `improvement`; capped at 2), with
 * lifeTableFromMx's convention, without allocating.
 */
function scaledE0(mxBase: ArrayLike<number>, kappa: number, improvement: ArrayLike<number> | undefined): number {
  const n = mxBase.length;
  const f = Math.exp(kappa);
  let l = 1;
  let t = 0;
  for (let x = 0; x < n; x++) {
    // b_x = 0 (the oldest ages) leaves the rate as it is: e^0 = 1 exactly, so skipping Math.exp changes no bit.
    const bx = improvement ? improvement[x] : 1;
    let m = !improvement ? mxBase[x] * f : bx === 0 ? mxBase[x] : mxBase[x] * Math.exp(bx * kappa);
    if (m > 2) m = 2;
    if (x === n - 1) {
      t += l / Math.max(m, 1e-12);
    } else if (m > 0) {
      const q = m / (1 + 0.5 * m);
      const d = l * q;
      t += d / m;
      l -= d;
    } else {
      t += l;
    }
  }
  return t;
}

const bracketCache = new WeakMap<object, WeakMap<object, [number, number]>>();
const NO_LOADINGS = {};

/** e0 at κ = −12 and κ = 8 (the ends of scaleToLifeExpectancy's bracket) for a base schedule and its loadings, cached per pair of arrays. */
function bracketE0(mxBase: ArrayLike<number>, improvement: ArrayLike<number> | undefined): [number, number] {
  let byLoadings = bracketCache.get(mxBase as object);
  if (!byLoadings) bracketCache.set(mxBase as object, (byLoadings = new WeakMap()));
  const key = (improvement ?? NO_LOADINGS) as object;
  let e = byLoadings.get(key);
  if (!e) byLoadings.set(key, (e = [scaledE0(mxBase, -12, improvement), scaledE0(mxBase, 8, improvement)]));
  return e;
}

/**
 * Mortality for projections: a fixed age shape of death rates, scaled each year so that
 * the period life expectancy at birth meets a target.
 *
 * Method: mx(t) = mx_base · exp(b_x · κ_t), a one-parameter Lee-Carter model: b_x are the
 * age loadings of mortality improvement (`improvement`, fitted to SSB's 2000-2024 life
 * tables for the default), or 1 at every age (proportional hazards). κ_t is found by
 * the Illinois variant of regula falsi on [−12, 8] until e0 is within 1e-10 years of the
 * target; e0 falls strictly as κ rises, so the solution is unique. Death rates are capped
 * at 2 (qx = 1). Results are cached per base schedule and target.
 */
export function scaleToLifeExpectancy(mxBase: ArrayLike<number>, targetE0: number, improvement?: ArrayLike<number>): { mx: Float64Array; kappa: number } {
  if (!(targetE0 > 0 && targetE0 < 130)) {
    throw new Error(`scaleToLifeExpectancy requires a target e0 between 0 and 130 years, got ${targetE0}`);
  }
  if (improvement && improvement.length !== mxBase.length) {
    throw new Error(`scaleToLifeExpectancy requires one improvement loading per age (${mxBase.length}), got ${improvement.length}`);
  }
  const g = (k: number) => scaledE0(mxBase, k, improvement) - targetE0;
  let a = -12,
    b = 8;
  // e0 at the bracket's ends does not depend on the target: computed once per base schedule (the same numbers).
  const ends = bracketE0(mxBase, improvement);
  let fa = ends[0] - targetE0,
    fb = ends[1] - targetE0;
  if (fa < 0 || fb > 0) throw new Error(`scaleToLifeExpectancy cannot reach e0 = ${targetE0} by scaling this mortality shape`);
  let side = 0;
  let k = a;
  for (let i = 0; i < 200; i++) {
    k = (a * fb - b * fa) / (fb - fa);
    const fk = g(k);
    if (Math.abs(fk) < 1e-10 || b - a < 1e-14) break;
    if (fk > 0) {
      a = k;
      fa = fk;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = k;
      fb = fk;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  const mx = new Float64Array(mxBase.length);
  for (let x = 0; x < mx.length; x++) mx[x] = Math.min(2, mxBase[x] * Math.exp((improvement ? improvement[x] : 1) * k));
  mx[mx.length - 1] = Math.max(mx[mx.length - 1], 1e-12);
  return { mx, kappa: k };
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
 * projectionSurvival(lifeTableFromMx(mx)) without building the life table: the same
 * arithmetic in the same order (ax = 0.5 at every age below the open group), so the same
 * numbers to the bit (test/population/mortality.test.ts), with three arrays fewer per call.
 * For the uncertainty replicates, which solve a new schedule for every sex and year.
 */
export function projectionSurvivalFromMx(mx: ArrayLike<number>): { into: Float64Array; open: number } {
  const n = mx.length;
  if (n < N_AGES + 1) throw new Error(`projectionSurvivalFromMx requires death rates to age ${N_AGES} or beyond, got ${n - 1}`);
  const Lx = new Float64Array(n);
  let l = 1;
  for (let x = 0; x < n; x++) {
    const v = mx[x];
    if (!Number.isFinite(v) || v < 0) throw new Error(`projectionSurvivalFromMx requires finite non-negative mx, got ${v} at age ${x}`);
    if (x === n - 1) {
      if (v === 0 && l > 0) throw new Error(`projectionSurvivalFromMx requires mx > 0 in the open age group, got 0`);
      Lx[x] = v > 0 ? l / v : 0;
    } else {
      const q = Math.min(1, v / (1 + (1 - 0.5) * v));
      const d = l * q;
      Lx[x] = v > 0 ? d / v : l;
      l -= d;
    }
  }
  let t = 0;
  for (let x = n - 1; x > N_AGES; x--) t += Lx[x];
  const tOpen = t + Lx[N_AGES];
  const tLast = tOpen + Lx[N_AGES - 1];
  const into = new Float64Array(N_AGES);
  into[0] = Lx[0] / 1;
  for (let a = 1; a < N_AGES; a++) into[a] = Lx[a - 1] > 0 ? Lx[a] / Lx[a - 1] : 0;
  return { into, open: tLast > 0 ? tOpen / tLast : 0 };
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
  /** Lee-Carter age loadings b_x at the knots (linear between, tapering to 0 at 110 above the last). */
  improvement?: number[];
}

/** Improvement loadings b_x for ages 0…130 from a shape's knot values (see MortalityShape). */
export function improvementFromShape(shape: MortalityShape, maxAge = 130): Float64Array | undefined {
  const b = shape.improvement;
  if (!b) return undefined;
  const { knots } = shape;
  if (b.length !== knots.length) throw new Error(`improvementFromShape requires one loading per knot (${knots.length}), got ${b.length}`);
  const out = new Float64Array(maxAge + 1);
  const last = knots[knots.length - 1];
  for (let x = 0; x <= maxAge; x++) {
    if (x >= last) {
      out[x] = Math.max(0, b[b.length - 1] * (1 - (x - last) / (110 - last)));
      continue;
    }
    let i = 0;
    while (i < knots.length - 2 && x > knots[i + 1]) i++;
    const t = (x - knots[i]) / (knots[i + 1] - knots[i]);
    out[x] = b[i] + t * (b[i + 1] - b[i]);
  }
  return out;
}

/** Death rates mx for ages 0…130 from a parametric shape. */
export function mxFromShape(shape: MortalityShape, maxAge = 130): Float64Array {
  const { knots, logMx } = shape;
  if (knots.length !== logMx.length || knots.length < 2) {
    throw new Error(`mxFromShape requires as many knot values as knots (at least 2), got ${knots.length} and ${logMx.length}`);
  }
  const mx = new Float64Array(maxAge + 1);
  for (let x = 0; x <= maxAge; x++) {
    if (x >= shape.closeFrom) {
      mx[x] = kannistoHazard(shape.kannisto, x + 0.5);
      continue;
    }
    let i = 0;
    while (i < knots.length - 2 && x > knots[i + 1]) i++;
    const t = (x - knots[i]) / (knots[i + 1] - knots[i]);
    mx[x] = Math.exp(logMx[i] + t * (logMx[i + 1] - logMx[i]));
  }
  return mx;
}

const NO_IMPROVEMENT = {};
type Cache<T> = WeakMap<object, WeakMap<object, Map<number, T>>>;

function cached<T>(cache: Cache<T>, mxBase: ArrayLike<number>, improvement: ArrayLike<number> | undefined, target: number, make: () => T): T {
  let byImprovement = cache.get(mxBase as object);
  if (!byImprovement) cache.set(mxBase as object, (byImprovement = new WeakMap()));
  const key = (improvement ?? NO_IMPROVEMENT) as object;
  let byTarget = byImprovement.get(key);
  if (!byTarget) byImprovement.set(key, (byTarget = new Map()));
  let v = byTarget.get(target);
  if (v === undefined) {
    v = make();
    byTarget.set(target, v);
  }
  return v;
}

const survivalCache: Cache<{ into: Float64Array; open: number }> = new WeakMap();

/**
 * Projection survival for a target e0 from a base mx (ages 0…130), cached per base
 * array and target (alternatives that share a life-expectancy path share the work).
 * The returned arrays are shared: do not change them.
 */
export function survivalForLifeExpectancy(mxBase: ArrayLike<number>, targetE0: number, improvement?: ArrayLike<number>): { into: Float64Array; open: number } {
  return cached(survivalCache, mxBase, improvement, targetE0, () => projectionSurvival(lifeTableFromMx(scaledMx(mxBase, targetE0, improvement))));
}

const mxCache: Cache<Float64Array> = new WeakMap();

/** The base mx scaled to a target e0 (see scaleToLifeExpectancy), cached; do not change it. */
export function scaledMx(mxBase: ArrayLike<number>, targetE0: number, improvement?: ArrayLike<number>): Float64Array {
  return cached(mxCache, mxBase, improvement, targetE0, () => scaleToLifeExpectancy(mxBase, targetE0, improvement).mx);
}

/**
 * Projection survival for a place whose death rates are the nation's (scaled to `targetE0`)
 * times a hazard ratio by age (`ratio[x]`, ages 0…130; capped so that mx ≤ 2).
 */
export function survivalWithHazardRatio(
  mxBase: ArrayLike<number>,
  targetE0: number,
  ratio: ArrayLike<number>,
  improvement?: ArrayLike<number>,
): { into: Float64Array; open: number } {
  const mx = Float64Array.from(scaledMx(mxBase, targetE0, improvement));
  if (ratio.length !== mx.length) throw new Error(`survivalWithHazardRatio requires ${mx.length} ratios (ages 0-${mx.length - 1}), got ${ratio.length}`);
  for (let x = 0; x < mx.length; x++) {
    if (!(ratio[x] >= 0)) throw new Error(`survivalWithHazardRatio requires non-negative ratios, got ${ratio[x]} at age ${x}`);
    mx[x] = Math.min(2, mx[x] * ratio[x]);
  }
  mx[mx.length - 1] = Math.max(mx[mx.length - 1], 1e-12);
  return projectionSurvival(lifeTableFromMx(mx));
}
