import { standardNormal } from "../random/distributions";
import type { Rng } from "../random/rng";

/**
 * n standard-normal deviates with year-to-year correlation φ: an AR(1) process started
 * in its stationary distribution, ε₀ = z₀ and ε_t = φ ε_{t−1} + √(1 − φ²) z_t, so every
 * ε_t is N(0, 1) and corr(ε_t, ε_{t+k}) = φ^k. Draws exactly n normals from `rng`
 * (whatever φ), so two runs with the same stream stay aligned (common random numbers).
 *
 * @example ar1Normals(rngStream(1, 0), 27, 0.9)
 */
export function ar1Normals(rng: Rng, n: number, phi: number): Float64Array {
  if (!(phi >= 0 && phi < 1)) throw new Error(`ar1Normals requires φ in [0, 1), got ${phi}`);
  const out = new Float64Array(n);
  const innovation = Math.sqrt(1 - phi * phi);
  for (let t = 0; t < n; t++) {
    const z = standardNormal(rng);
    out[t] = t === 0 ? z : phi * out[t - 1] + innovation * z;
  }
  return out;
}

/**
 * The split normal value for a standard deviate ε: the middle value plus ε times the
 * upper or lower scale, the scales chosen so that `low` is the (1 − level)/2 quantile
 * and `high` the (1 + level)/2 quantile (z = Φ⁻¹((1 + level)/2), 1.2816 at 80 %):
 * σ_low = (middle − low) / z, σ_high = (high − middle) / z; the median is `middle`.
 * `spread` scales both (0 gives `middle` exactly). Requires low ≤ middle ≤ high.
 *
 * @example splitNormal(1.57, 1.45, 1.70, 1.2816, 1.2816) // 1.70 (the high bound)
 */
export function splitNormal(middle: number, low: number, high: number, z: number, eps: number, spread = 1): number {
  const scale = eps >= 0 ? (high - middle) / z : (middle - low) / z;
  return middle + spread * scale * eps;
}
