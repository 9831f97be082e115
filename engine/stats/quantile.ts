import { quantileSorted as ssQuantileSorted } from "simple-statistics";

/**
 * The p-quantile of values already sorted ascending, by linear interpolation between
 * order statistics (Hyndman and Fan's type 7, R's and numpy's default): h = (n − 1) p.
 * simple-statistics' `quantileSorted` (type 7 since 7.x); this wrapper takes typed
 * arrays and names the caller's mistake. Throws on an empty sample or p outside [0, 1].
 *
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error("quantileSorted requires at least one value, got none");
  if (!(p >= 0 && p <= 1)) throw new Error(`quantileSorted requires p in [0, 1], got ${p}`);
  return ssQuantileSorted(sorted as number[], p);
}

/** A sorted copy (a Float64Array) of the values; NaN throws (a NaN is a data error). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(values as ArrayLike<number>);
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) throw new Error(`sortedCopy requires numbers, got NaN at ${i}`);
  return out.sort();
}

/**
 * Monte Carlo standard error of the sample p-quantile (distribution-free): the quantile's
 * variance is p(1 − p) / (n f²), with the density f estimated from the sample's own
 * quantiles at p ± s, s = √(p(1 − p) / n): se ≈ (Q(p + s) − Q(p − s)) / 2. It is the
 * noise from using n replicates, not the parameter uncertainty the interval shows.
 *
 * @example quantileStandardError(sorted, 0.9)
 */
export function quantileStandardError(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n < 2) return NaN;
  const s = Math.sqrt((p * (1 - p)) / n);
  return (quantileSorted(sorted, Math.min(1, p + s)) - quantileSorted(sorted, Math.max(0, p - s))) / 2;
}
