import { normalQuantileFast } from "./distributions";

/** The smallest uniform of 32-bit resolution, half a step: where u = 0 is moved before Φ⁻¹. */
const U_MIN = 1.1641532182693481e-10;

/**
 * The log-normal factor e^(σ Φ⁻¹(u)) (median 1, log-scale sd σ) by inversion, tabulated for
 * Monte Carlo inner loops: Φ⁻¹ (Acklam) and e^x cost tens of nanoseconds each, a table look-up
 * a few. For u in the central region of Acklam's approximation (0.02425 ≤ u < 0.97575, 95 %
 * of draws) it is cubic Hermite interpolation on `cells` equal cells of [0, 1], with the
 * exact values e^(σ Φ⁻¹(uᵢ)) and slopes σ e^(σ z) / φ(z) at the nodes; in the tails it is
 * e^(σ Φ⁻¹(u)) computed directly. Relative error against the direct computation below
 * 3e-10 for σ ≤ 1 with 4 096 cells (tested), under Acklam's own 1.15e-9 error in Φ⁻¹ and
 * under the resolution of a 32-bit uniform. u = 0.5 is a node: the factor is exactly 1, so
 * the medians stay exact. u = 0 is moved half a step inwards like `zFromU`.
 *
 * @example new LognormalFactorTable(0.5).at(0.5) // 1
 */
export class LognormalFactorTable {
  readonly sigma: number;
  readonly cells: number;
  /** Per cell i: a, b, c, d of a + t(b + t(c + t d)), t = u × cells − i (read by compiled kernels that inline `at`). */
  readonly coef: Float64Array;
  /** The tabulated range [uLo, uHi); outside it `at` computes the factor directly. */
  readonly uLo: number;
  readonly uHi: number;

  constructor(sigma: number, cells = 4096) {
    if (!(sigma >= 0 && Number.isFinite(sigma))) throw new Error(`LognormalFactorTable requires a finite σ ≥ 0, got ${sigma}`);
    if (!(Number.isInteger(cells) && cells >= 64 && cells % 2 === 0))
      throw new Error(`LognormalFactorTable requires an even number of cells ≥ 64, got ${cells}`);
    this.sigma = sigma;
    this.cells = cells;
    const lo = Math.ceil(0.02425 * cells),
      hi = Math.floor((1 - 0.02425) * cells);
    this.uLo = lo / cells;
    this.uHi = hi / cells;
    this.coef = new Float64Array(cells * 4);
    const h = 1 / cells;
    const value = (u: number) => Math.exp(sigma * normalQuantileFast(u));
    // dF/du = σ F / φ(z), φ(z) = e^(−z²/2) / √(2π).
    const slope = (u: number) => {
      const z = normalQuantileFast(u);
      return sigma * Math.exp(sigma * z + 0.5 * z * z) * Math.sqrt(2 * Math.PI);
    };
    for (let i = lo; i < hi; i++) {
      const f0 = value(i * h),
        f1 = value((i + 1) * h);
      const d0 = slope(i * h) * h,
        d1 = slope((i + 1) * h) * h;
      this.coef[4 * i] = f0;
      this.coef[4 * i + 1] = d0;
      this.coef[4 * i + 2] = 3 * (f1 - f0) - 2 * d0 - d1;
      this.coef[4 * i + 3] = 2 * (f0 - f1) + d0 + d1;
    }
  }

  /** e^(σ Φ⁻¹(u)) for a uniform u in [0, 1). */
  at(u: number): number {
    if (u >= this.uLo && u < this.uHi) {
      const x = u * this.cells;
      const i = x | 0;
      const t = x - i;
      const c = this.coef,
        o = 4 * i;
      return c[o] + t * (c[o + 1] + t * (c[o + 2] + t * c[o + 3]));
    }
    return this.tail(u);
  }

  /** e^(σ Φ⁻¹(u)) computed directly (used in the tails). */
  tail(u: number): number {
    return this.sigma === 0 ? 1 : Math.exp(this.sigma * normalQuantileFast(u > 0 ? u : U_MIN));
  }
}
