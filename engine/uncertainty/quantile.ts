import { InputError } from "../errors";
import { mean, sampleSd } from "../stats/moments";
import { quantileSorted, quantileStandardError, sortedCopy } from "../stats/quantile";

export { quantileSorted, quantileStandardError, sortedCopy };

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
  return {
    low: quantileSorted(s, pl),
    median: quantileSorted(s, 0.5),
    high: quantileSorted(s, ph),
    mean: mean(s),
    sd: sampleSd(s),
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
