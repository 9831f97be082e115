import type { Rng } from "./rng";

// Acklam's rational approximation to the normal quantile (relative error below 1.15e-9 over
// (0, 1)); ample for simulation, where draws are 32-bit uniforms. Its coefficients
// a1…a6, b1…b5 (central region) and c1…c6, d1…d4 (tails) are written out in
// normalQuantileFast.
const P_LOW = 0.02425;

/**
 * The standard normal quantile Φ⁻¹(p) for p in (0, 1) (Acklam's algorithm, relative error
 * below 1.15e-9; Φ⁻¹(0.5) = 0 exactly). p = 0 gives −Infinity, p = 1 +Infinity.
 *
 * @example normalQuantile(0.975) // 1.959963…
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`normalQuantile requires a probability in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return normalQuantileFast(p);
}

/**
 * Φ⁻¹(p) by Acklam's rational approximation without argument checks, for the Monte Carlo
 * inner loop. p must be in (0, 1); Φ⁻¹(0.5) = 0 exactly.
 */
export function normalQuantileFast(p: number): number {
  // Acklam's coefficients as literals (no array loads in the inner loop): a (numerator) and
  // b (denominator) in the central region, c and d in the tails.
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((-7.784894002430293e-3 * q + -3.223964580411365e-1) * q + -2.400758277161838) * q + -2.549732539343734) * q + 4.374664141464968) * q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
    );
  }
  if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    return (
      ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r + -2.759285104469687e2) * r + 1.38357751867269e2) * r + -3.066479806614716e1) * r +
        2.506628277459239) *
        q) /
      (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r + -1.556989798598866e2) * r + 6.680131188771972e1) * r + -1.328068155288572e1) * r + 1)
    );
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return (
    -(
      ((((-7.784894002430293e-3 * q + -3.223964580411365e-1) * q + -2.400758277161838) * q + -2.549732539343734) * q + 4.374664141464968) * q +
      2.938163982698783
    ) /
    ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
  );
}

/**
 * A standard normal deviate by inversion: Φ⁻¹(u) for one uniform u of `rng` (so that
 * the median draw u = 0.5 gives exactly 0).
 */
export function standardNormal(rng: Rng): number {
  const u = rng();
  // u = 0 is possible with a 32-bit generator; move it half a step inwards.
  return normalQuantile(u > 0 ? u : 1.1641532182693481e-10);
}

/**
 * A log-normal duration with the given median and log-scale sd σ: median × e^(σ z).
 * Its mean is median × e^(σ²/2); σ = 0 gives the median.
 *
 * @example lognormalFromZ(3, 0.3, 0) // 3
 */
export function lognormalFromZ(median: number, sigma: number, z: number): number {
  return sigma === 0 ? median : median * Math.exp(sigma * z);
}

/**
 * A Poisson count with the given mean by inversion of its distribution function with one
 * uniform `u` (sequential search from 0; fine for means up to several thousand).
 * u = 0.5 gives the median.
 *
 * @example poissonFromU(3, 0.5) // 3
 */
export function poissonFromU(mean: number, u: number): number {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new Error(`poissonFromU requires a finite non-negative mean, got ${mean}`);
  if (mean === 0) return 0;
  if (mean > 700) {
    // e^(−mean) underflows: normal approximation with continuity correction.
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normalQuantile(Math.min(Math.max(u, 1e-12), 1 - 1e-12))));
  }
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u >= cdf && k < 100000) {
    k++;
    p *= mean / k;
    cdf += p;
    if (p < 1e-300 && k > mean) break;
  }
  return k;
}
