import { N_AGES } from "./grid";

/**
 * Fertility schedules, indexed like the population: by age at the end of the year
 * (SSB's cohort convention), ages 15-49. A schedule's weights sum to 1; age-specific
 * fertility rates (ASFR, births per woman-year) are TFR × weight.
 */
export const FERTILE_FROM = 15;
export const FERTILE_TO = 49;

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error below 1e-13). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function gammaPdf(x: number, shape: number, scale: number): number {
  if (x <= 0) return 0;
  return Math.exp((shape - 1) * Math.log(x) - x / scale - logGamma(shape) - shape * Math.log(scale));
}

/**
 * A parametric fertility schedule: a gamma density of the mother's exact age at birth
 * with the given mean and standard deviation (years), integrated over each year of age
 * (women who reach age a during the year are between a−1 and a), restricted to 15-49
 * and normalised to sum 1. Returns weights indexed by age 0…105 (zero outside 15-49).
 *
 * @example gammaFertilitySchedule(32, 5) // peaks at age 32-33, sums to 1
 */
export function gammaFertilitySchedule(meanAge: number, sd: number): Float64Array {
  if (!(meanAge > FERTILE_FROM && meanAge < FERTILE_TO)) {
    throw new Error(`gammaFertilitySchedule requires a mean age between 15 and 49, got ${meanAge}`);
  }
  if (!(sd > 0)) throw new Error(`gammaFertilitySchedule requires sd > 0, got ${sd}`);
  const shape = (meanAge / sd) ** 2;
  const scale = (sd * sd) / meanAge;
  const w = new Float64Array(N_AGES);
  const steps = 20;
  let total = 0;
  for (let a = FERTILE_FROM; a <= FERTILE_TO; a++) {
    // Simpson's rule over [a−1, a].
    let s = 0;
    for (let i = 0; i <= steps; i++) {
      const x = a - 1 + i / steps;
      const k = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      s += k * gammaPdf(x, shape, scale);
    }
    w[a] = s / (3 * steps);
    total += w[a];
  }
  for (let a = 0; a < N_AGES; a++) w[a] /= total;
  return w;
}

/** A schedule from given weights by age (any scale); normalised to sum 1. */
export function givenFertilitySchedule(weights: Readonly<Record<number, number>>): Float64Array {
  const w = new Float64Array(N_AGES);
  let total = 0;
  for (const [key, value] of Object.entries(weights)) {
    const a = Number(key);
    if (!Number.isInteger(a) || a < FERTILE_FROM || a > FERTILE_TO) {
      throw new Error(`givenFertilitySchedule requires ages 15-49, got ${key}`);
    }
    if (!(value >= 0)) throw new Error(`givenFertilitySchedule requires non-negative weights, got ${value} at age ${key}`);
    w[a] = value;
    total += value;
  }
  if (!(total > 0)) throw new Error(`givenFertilitySchedule requires a positive total, got ${total}`);
  for (let a = 0; a < N_AGES; a++) w[a] /= total;
  return w;
}

/** ASFR = TFR × schedule (births per woman-year by age at end of year). */
export function asfrFromTfr(tfr: number, schedule: Float64Array): Float64Array {
  if (!(tfr >= 0)) throw new Error(`asfrFromTfr requires a non-negative TFR, got ${tfr}`);
  const out = new Float64Array(schedule.length);
  for (let a = 0; a < schedule.length; a++) out[a] = tfr * schedule[a];
  return out;
}

/** Mean age of the mother at birth implied by a schedule (exact age, a − 0.5). */
export function scheduleMeanAge(schedule: Float64Array): number {
  let s = 0,
    m = 0;
  for (let a = 0; a < schedule.length; a++) {
    s += schedule[a];
    m += schedule[a] * (a - 0.5);
  }
  return m / s;
}
