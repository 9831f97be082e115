import { weightedMean } from "simple-statistics";
/** Empirical-Bayes shrinkage of local rate ratios toward a common level (small-area estimation). */
export interface ShrunkRatios {
  /** The prior mean the ratios are shrunk toward (given, or ΣO / ΣE). */
  mean: number;
  /** Between-place variance of the true ratios (method of moments; 0 when the spread is no more than noise). */
  between: number;
  /** Evidence at which a place's own ratio gets half the weight: mean / between (Infinity when between = 0). */
  k: number;
  /** Each place's weight on its own ratio: expected / (expected + k), in [0, 1). */
  weights: number[];
  /** Each place's raw ratio observed / expected (the mean where expected is 0). */
  raw: number[];
  /** Each place's shrunk ratio: weight × raw + (1 − weight) × mean. */
  ratios: number[];
}

/**
 * Shrinks each place's ratio observed / expected (e.g. births or deaths against what the
 * county's or the nation's rates give) toward a common mean, in proportion to its evidence:
 * the Poisson-gamma empirical-Bayes estimate with the method-of-moments prior of Marshall
 * (1991, "Mapping disease and mortality rates using empirical Bayes estimators", Applied
 * Statistics 40:283-294). With ratios r_i = O_i / E_i, mean μ (ΣO / ΣE unless given),
 * s² = Σ E_i (r_i − μ)² / ΣE and ē = ΣE / n, the between-place variance is
 * τ² = max(0, s² − μ / ē), k = μ / τ², and the weight on a place's own ratio is
 * E_i / (E_i + k). So k is estimated from the spread between places, not fixed: when the
 * places differ no more than Poisson noise would make them, every place gets the mean.
 *
 * Units: observed and expected are counts (events, e.g. births) over the same period;
 * places with expected 0 get the mean. Inputs are not changed.
 *
 * @example shrinkRatios([30, 10], [20, 20]).ratios // [1.4, 0.6]: τ² = 0.25 − 1/20 = 0.2, k = 5 events, weight 20/25 = 0.8
 */
export function shrinkRatios(observed: readonly number[], expected: readonly number[], mean?: number): ShrunkRatios {
  if (observed.length !== expected.length) {
    throw new Error(`shrinkRatios requires as many observed as expected counts, got ${observed.length} and ${expected.length}`);
  }
  observed.forEach((o, i) => {
    const e = expected[i];
    if (!(Number.isFinite(o) && o >= 0 && Number.isFinite(e) && e >= 0)) {
      throw new Error(`shrinkRatios requires finite counts ≥ 0, got observed ${o} and expected ${e} at place ${i}`);
    }
  });
  const sumE = expected.reduce((a, b) => a + b, 0);
  const sumO = observed.reduce((a, b) => a + b, 0);
  const mu = mean ?? (sumE > 0 ? sumO / sumE : 1);
  if (!(Number.isFinite(mu) && mu > 0)) throw new Error(`shrinkRatios requires a mean > 0, got ${mu}`);
  const raw = observed.map((o, i) => (expected[i] > 0 ? o / expected[i] : mu));
  const used = expected.filter((e) => e > 0).length;
  // The spread of the raw ratios around the mean, weighted by the expected counts.
  const s2 =
    sumE > 0
      ? weightedMean(
          raw.map((r) => (r - mu) ** 2),
          expected as number[],
        )
      : 0;
  const between = used > 1 ? Math.max(0, s2 - mu / (sumE / used)) : 0;
  const k = between > 0 ? mu / between : Number.POSITIVE_INFINITY;
  const weights = expected.map((e) => (Number.isFinite(k) ? e / (e + k) : 0));
  return { mean: mu, between, k, weights, raw, ratios: raw.map((r, i) => weights[i] * r + (1 - weights[i]) * mu) };
}
