import { exponentialFromU } from "../random/exponential";

/**
 * Survival from a life table scaled by a hazard ratio: the force of mortality at age x is
 * HR × m_⌊x⌋ (the life table's central death rate, constant within each year of age; the
 * last rate continues beyond the table). Conditional on being alive at age a, the age at
 * death T solves HR × (H(T) − H(a)) = −ln(1 − u) for one uniform u (inversion), where H is
 * the cumulative base hazard. The median draw (u = 0.5) is the median age at death.
 * −ln(1 − u) is exponentialFromU (engine/random; error below 1e-15 × max(1, value), and
 * twice as fast as Math.log, which matters in the Monte Carlo inner loops).
 */
export interface Survival {
  mx: Float64Array;
  /** Cumulative base hazard at exact ages 0…ω+1: H[x] = Σ_{k<x} m_k. */
  H: Float64Array;
  hazardRatio: number;
}

/** Builds the survival model from death rates by age (0…ω) and a hazard ratio. */
export function survivalModel(mx: ArrayLike<number>, hazardRatio: number): Survival {
  if (!(hazardRatio > 0 && Number.isFinite(hazardRatio))) throw new Error(`survivalModel requires a positive hazard ratio, got ${hazardRatio}`);
  const m = Float64Array.from(mx);
  const H = new Float64Array(m.length + 1);
  for (let x = 0; x < m.length; x++) {
    if (!(m[x] > 0 && Number.isFinite(m[x]))) throw new Error(`survivalModel requires positive finite death rates, got ${m[x]} at age ${x}`);
    H[x + 1] = H[x] + m[x];
  }
  return { mx: m, H, hazardRatio };
}

/** The cumulative base hazard at any age ≥ 0. */
export function cumulativeHazard(mx: ArrayLike<number>, H: ArrayLike<number>, age: number): number {
  const n = mx.length;
  if (age >= n) return H[n] + mx[n - 1] * (age - n);
  const x = Math.floor(age);
  return H[x] + mx[x] * (age - x);
}

/**
 * The age at death of a person alive at `age`, from one uniform `u` in [0, 1).
 *
 * @example deathAgeFromU(s, 70, 0.5) // the median age at death of a 70-year-old
 */
export function deathAgeFromU(s: Survival, age: number, u: number): number {
  return deathAgeFromExponential(s, age, exponentialFromU(u));
}

/** deathAgeFromU with e = exponentialFromU(u) given (e.g. computed once for a recorded uniform). */
export function deathAgeFromExponential(s: Survival, age: number, e: number): number {
  const { mx, H } = s;
  const n = mx.length;
  const target = cumulativeHazard(mx, H, age) + e / s.hazardRatio;
  let x = age >= n ? n : Math.floor(age);
  while (x < n && H[x + 1] <= target) x++;
  if (x >= n) return n + (target - H[n]) / mx[n - 1];
  return x + (target - H[x]) / mx[x];
}

/**
 * The hazard ratio that makes the median age at death of a person alive at `age` equal
 * `medianDeathAge`: ln 2 ÷ (H(median) − H(age)).
 *
 * @example calibrateHazardRatio(mxMen2024, 70, 88) // about 0.6: Johs lives longer than the average man
 */
export function calibrateHazardRatio(mx: ArrayLike<number>, age: number, medianDeathAge: number): number {
  if (!(medianDeathAge > age)) throw new Error(`calibrateHazardRatio requires a median age at death after ${age}, got ${medianDeathAge}`);
  const H = survivalModel(mx, 1).H;
  return Math.LN2 / (cumulativeHazard(mx, H, medianDeathAge) - cumulativeHazard(mx, H, age));
}

/**
 * Mean age at death of a person alive at `age` (exact for the piecewise-constant hazard:
 * age + ∫ S(t) dt, summed year by year to age 200).
 */
export function meanDeathAge(s: Survival, age: number): number {
  const { mx, hazardRatio: hr } = s;
  const n = mx.length;
  let t = age;
  let surv = 1;
  let e = 0;
  while (t < 200 && surv > 1e-16) {
    const x = Math.floor(t);
    const m = hr * mx[Math.min(x, n - 1)];
    const len = x + 1 - t;
    e += (surv * (1 - Math.exp(-m * len))) / m;
    surv *= Math.exp(-m * len);
    t = x + 1;
  }
  return age + e;
}
