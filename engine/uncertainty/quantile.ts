import { InputError } from "../errors";

/**
 * The p-quantile of values already sorted ascending, by linear interpolation between
 * order statistics (Hyndman and Fan's type 7, R's default): h = (n − 1) p.
 * Throws on an empty sample or p outside [0, 1].
 *
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("quantileSorted requires at least one value, got none");
  if (!(p >= 0 && p <= 1)) throw new Error(`quantileSorted requires p in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
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

/** Percentiles of a sample at a central level: low = Q((1 − level)/2), high = Q((1 + level)/2), with their Monte Carlo standard errors. */
export interface Percentiles {
  low: number;
  median: number;
  high: number;
  mean: number;
  /** Sample standard deviation (divides by n − 1). */
  sd: number;
  seLow: number;
  seMedian: number;
  seHigh: number;
  n: number;
}

/**
 * The central interval of a sample at `level` (default 0.8: P10, P50, P90), its mean and
 * sd (n − 1), and the Monte Carlo standard error of each percentile.
 *
 * @example percentiles([..200 replicates..]).high // the 90th percentile
 */
export function percentiles(values: ArrayLike<number>, level = 0.8): Percentiles {
  if (!(level > 0 && level < 1)) throw new Error(`percentiles requires a level above 0 and below 1, got ${level}`);
  const s = sortedCopy(values);
  const n = s.length;
  const pl = (1 - level) / 2;
  const ph = (1 + level) / 2;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += s[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (s[i] - mean) ** 2;
  return {
    low: quantileSorted(s, pl),
    median: quantileSorted(s, 0.5),
    high: quantileSorted(s, ph),
    mean,
    sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
    seLow: quantileStandardError(s, pl),
    seMedian: quantileStandardError(s, 0.5),
    seHigh: quantileStandardError(s, ph),
    n,
  };
}

/**
 * Quantiles of every slot over replicates: `values` holds n rows of `stride` numbers;
 * returns one Float64Array of `stride` per probability (type 7, R's default), for the
 * slots `from`…`to` − 1 (default all; the others NaN). A NaN among them is a data error
 * and throws.
 *
 * @example slotQuantiles(Float64Array.from([1, 10, 2, 20, 3, 30, 4, 40]), 2, [0.5])[0] // [2.5, 25]
 */
export function slotQuantiles(values: Float64Array, stride: number, probabilities: readonly number[], from = 0, to = stride): Float64Array[] {
  if (!(stride > 0) || values.length % stride !== 0) throw new Error(`slotQuantiles requires whole rows of ${stride} values, got ${values.length} values`);
  const n = values.length / stride;
  if (n < 1) throw new InputError("slotQuantiles requires at least one replicate, got none");
  const out = probabilities.map(() => new Float64Array(stride).fill(NaN));
  const column = new Float64Array(n);
  for (let j = from; j < to; j++) {
    for (let i = 0; i < n; i++) {
      const v = values[i * stride + j];
      if (Number.isNaN(v)) throw new Error(`slotQuantiles requires numbers, got NaN in replicate ${i}, slot ${j}`);
      column[i] = v;
    }
    column.sort();
    probabilities.forEach((q, k) => (out[k][j] = quantileSorted(column, q)));
  }
  return out;
}
