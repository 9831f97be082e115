import { mean, sampleSd } from "../stats/moments";
import { quantileSorted } from "../stats/quantile";

/** Summary of a sample: mean, standard error of the mean and percentiles. */
export interface SampleSummary {
  n: number;
  mean: number;
  /** Sample standard deviation (divides by n − 1; 0 for n = 1). */
  sd: number;
  /** Standard error of the mean, sd ÷ √n. */
  se: number;
  p5: number;
  p50: number;
  p95: number;
}

/**
 * Mean, sd (n − 1), standard error and the 5th, 50th and 95th percentiles (type 7) of a
 * sample; the input is not changed.
 *
 * @example summarise([1, 2, 3, 4]) // { n: 4, mean: 2.5, sd: 1.29…, se: 0.645…, p5: 1.15, p50: 2.5, p95: 3.85 }
 */
export function summarise(values: ArrayLike<number>): SampleSummary {
  const n = values.length;
  if (n === 0) throw new Error("summarise requires at least one value, got none");
  const sd = sampleSd(values);
  const sorted = Float64Array.from(values).sort();
  return {
    n,
    mean: mean(values),
    sd,
    se: sd / Math.sqrt(n),
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
  };
}

/** Column `col` of a row-major matrix with `stride` values per row. */
export function column(values: Float64Array, stride: number, col: number): Float64Array {
  const n = values.length / stride;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = values[i * stride + col];
  return out;
}
