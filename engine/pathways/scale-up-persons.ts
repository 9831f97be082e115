import { deathAgeFromExponential, deathAgeFromU, type Survival } from "./survival";

/**
 * The persons of the municipal scale-up, drawn in batches from their uniforms: band, age,
 * sex and the calendar times of onset and death (see runScaleUpReplicates for the order),
 * one loop over the batch's typed arrays.
 */
export interface PersonBatch {
  /** The batch's uniforms, W per person; a person's first five are band, age, sex and two times. */
  U: Float64Array;
  W: number;
  /** Out: onset and death of each person of the batch, calendar years. */
  onset: Float64Array;
  death: Float64Array;
  /** Survival of men and of women. */
  male: Survival;
  female: Survival;
  bandFrom: Float64Array;
  bandWidth: Float64Array;
  /** Male share per year and band: [y × bands + b]. */
  maleShare: Float64Array;
  /** 1 January of the first year. */
  t0: number;
}

/**
 * Existing persons 0…nb−1 (alive with the condition on 1 January of the first year): band
 * by `weights` (summing to `total`), age uniform in the band, sex by the band's male share
 * in the first year, remaining life from the survival model at that age, and time since
 * onset drawn like the remaining life (U[i × W + 0…4]).
 */
export function drawExisting(c: PersonBatch, nb: number, weights: Float64Array, total: number): void {
  const { U, W, onset, death, male, female, bandFrom, bandWidth, maleShare, t0 } = c;
  const B = bandFrom.length;
  for (let i = 0; i < nb; i++) {
    const u = i * W;
    const b = pick(weights, 0, B, total, U[u]);
    const age = bandFrom[b] + bandWidth[b] * U[u + 1];
    const s = U[u + 2] < maleShare[b] ? male : female;
    const remaining = deathAgeFromU(s, age, U[u + 3]) - age;
    const elapsed = deathAgeFromU(s, age, U[u + 4]) - age;
    onset[i] = t0 - elapsed;
    death[i] = t0 + remaining;
  }
}

/**
 * New cases 0…nb−1 in year index y: band by weights[y × B …] (summing to `total`), age
 * uniform in the band, sex by the band's male share that year, onset uniform within the
 * year and age at death from the survival model at the age of onset (U[i × W + 0…4]; with
 * X, X[i × W + 4] is exponentialFromU(U[i × W + 4]), computed once for a recorded stream).
 */
export function drawNewCases(c: PersonBatch, nb: number, weights: Float64Array, total: number, y: number, X?: Float64Array): void {
  if (X) {
    drawNewCasesGiven(c, nb, weights, total, y, X);
    return;
  }
  const { U, W, onset, death, male, female, bandFrom, bandWidth, maleShare, t0 } = c;
  const B = bandFrom.length;
  for (let i = 0; i < nb; i++) {
    const u = i * W;
    const b = pick(weights, y * B, B, total, U[u]);
    const age = bandFrom[b] + bandWidth[b] * U[u + 1];
    const s = U[u + 2] < maleShare[y * B + b] ? male : female;
    const on = t0 + y + U[u + 3];
    onset[i] = on;
    death[i] = on + deathAgeFromU(s, age, U[u + 4]) - age;
  }
}

/** drawNewCases with X[i × W + 4] = exponentialFromU(U[i × W + 4]) given (the same numbers). */
function drawNewCasesGiven(c: PersonBatch, nb: number, weights: Float64Array, total: number, y: number, X: Float64Array): void {
  const { U, W, onset, death, male, female, bandFrom, bandWidth, maleShare, t0 } = c;
  const B = bandFrom.length;
  for (let i = 0; i < nb; i++) {
    const u = i * W;
    const b = pick(weights, y * B, B, total, U[u]);
    const age = bandFrom[b] + bandWidth[b] * U[u + 1];
    const s = U[u + 2] < maleShare[y * B + b] ? male : female;
    const on = t0 + y + U[u + 3];
    onset[i] = on;
    death[i] = on + deathAgeFromExponential(s, age, X[u + 4]) - age;
  }
}

/** The band b of n (weights[at + b]) that uniform u falls in, by the weights' running sum. */
function pick(weights: Float64Array, at: number, n: number, total: number, u: number): number {
  let x = u * total;
  for (let b = 0; b < n - 1; b++) {
    x -= weights[at + b];
    if (x < 0) return b;
  }
  return n - 1;
}
