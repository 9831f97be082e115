import { mean as ssMean, sampleVariance as ssSampleVariance } from "simple-statistics";

/**
 * Moments of a sample through simple-statistics (compensated summation), typed for the
 * engine's typed arrays. Which variance: `sampleVariance` divides by n − 1 (Bessel), the
 * only one the engine uses; a single value has sample variance 0 here (simple-statistics
 * throws), the convention of the uncertainty tables (one replicate, no spread).
 */

/** Arithmetic mean; throws on an empty sample. @example mean([1, 2, 6]) // 3 */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new Error("mean requires at least one value, got none");
  return ssMean(values as number[]);
}

/** Sample variance (divides by n − 1); 0 for one value. @example sampleVariance([1, 3]) // 2 */
export function sampleVariance(values: ArrayLike<number>): number {
  if (values.length === 0) throw new Error("sampleVariance requires at least one value, got none");
  return values.length === 1 ? 0 : ssSampleVariance(values as number[]);
}

/** Sample standard deviation (n − 1); 0 for one value. @example sampleSd([1, 3]) // √2 */
export function sampleSd(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}
