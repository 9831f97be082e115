/**
 * One step of the cohort-component method (CCMPP) for one place and both sexes, for any
 * number of age groups n (the last one open) and any step width h (1 year for the SSB
 * engine, 5 years for Preston et al.'s Box 6.2).
 *
 * Conventions (all arrays are [sex][age], sex 0 = men, 1 = women, length 2n):
 * - `survival[s][0]` survives births to the first age group at the end of the step;
 *   `survival[s][a]` (a ≥ 1) survives age group a−1 at the start into group a at the end;
 *   `survivalOpen[s]` survives the open group within itself.
 * - `migrationStart[s][a]` is added to start group a before survival (so it is exposed to
 *   mortality and moves on to group a+1); `migrationEnd[s][a]` is added to end group a
 *   after survival. Net migration indexed by age at the end of the year with half at each
 *   end puts half of M[a] in migrationStart[a−1] and half in migrationEnd[a].
 * - Births = h × Σ asfr[a] × exposure[a], where the exposure is the average female
 *   population over the step: `cohort` exposure (SSB, rates by age at the end of the year)
 *   averages start group a−1 and end group a; `period` exposure averages start and end
 *   group a. The start population includes migrationStart, the end one migrationEnd.
 *   Girls = births / (1 + srb), boys = births × srb / (1 + srb).
 * - A negative net migration larger than the population it leaves from is cut so that
 *   no group goes below zero; the migration actually applied is reported, so that the
 *   balancing equation P(t+h) = P(t) + births − deaths + migration holds exactly.
 */
export interface StepRates {
  survival: Float64Array;
  survivalOpen: ArrayLike<number>;
  asfr: ArrayLike<number>;
  srb: number;
  /** Optional range of ages with non-zero fertility (speeds up the births sum). */
  fertileFrom?: number;
  fertileTo?: number;
}

export interface StepAccounts {
  births: Float64Array; // per sex
  deaths: Float64Array; // per sex
  migration: Float64Array; // per sex, as applied
}

export type FertilityExposure = "cohort" | "period";

export function newAccounts(): StepAccounts {
  return { births: new Float64Array(2), deaths: new Float64Array(2), migration: new Float64Array(2) };
}

const EMPTY = new Float64Array(0);

/**
 * Projects `pop` (length 2n) one step into `out` (length 2n, not aliasing `pop`).
 * `work` is scratch space of length 2n. Accounts are written if given.
 * `migrationStart` and `migrationEnd` may be null (no migration at that end).
 */
export function ccmppStep(
  n: number,
  pop: Float64Array,
  rates: StepRates,
  width: number,
  exposure: FertilityExposure,
  migrationStart: Float64Array | null,
  migrationEnd: Float64Array | null,
  out: Float64Array,
  work: Float64Array,
  accounts?: StepAccounts,
): void {
  const surv = rates.survival;
  const asfr = rates.asfr;
  const hasStart = migrationStart !== null;
  const hasEnd = migrationEnd !== null;
  const ms = migrationStart ?? EMPTY;
  const me = migrationEnd ?? EMPTY;
  // One pass per sex: start population incl. the first part of migration (cut at zero),
  // survivors into the next group, the second part of migration (cut at zero).
  for (let s = 0; s < 2; s++) {
    const o = s * n;
    let deaths = 0;
    let mig = 0;
    let prev = pop[o];
    if (hasStart) {
      const q = prev + ms[o];
      if (q < 0) {
        mig -= prev;
        prev = 0;
      } else {
        mig += ms[o];
        prev = q;
      }
    }
    work[o] = prev;
    for (let a = 1; a < n; a++) {
      let cur = pop[o + a];
      if (hasStart) {
        const q = cur + ms[o + a];
        if (q < 0) {
          mig -= cur;
          cur = 0;
        } else {
          mig += ms[o + a];
          cur = q;
        }
      }
      work[o + a] = cur;
      let alive = prev * surv[o + a];
      deaths += prev - alive;
      if (a === n - 1) {
        const stay = cur * rates.survivalOpen[s];
        deaths += cur - stay;
        alive += stay;
      }
      if (hasEnd) {
        const q = alive + me[o + a];
        if (q < 0) {
          mig -= alive;
          alive = 0;
        } else {
          mig += me[o + a];
          alive = q;
        }
      }
      out[o + a] = alive;
      prev = cur;
    }
    if (accounts) {
      accounts.deaths[s] = deaths;
      accounts.migration[s] = mig;
    }
  }
  // Births from the average female population over the step.
  const f = n;
  const from = Math.max(rates.fertileFrom ?? 0, 0);
  const to = Math.min(rates.fertileTo ?? n - 1, n - 1);
  let b = 0;
  if (exposure === "cohort") {
    for (let a = Math.max(from, 1); a <= to; a++) b += asfr[a] * 0.5 * (work[f + a - 1] + out[f + a]);
  } else {
    for (let a = Math.max(from, 1); a <= to; a++) b += asfr[a] * 0.5 * (work[f + a] + out[f + a]);
    // Period exposure of the first group: its end value depends on the births themselves
    // only when it is fertile, which no schedule allows; use the start value twice.
    if (from === 0 && asfr[0] !== 0) b += asfr[0] * work[f];
  }
  b *= width;
  const boys = (b * rates.srb) / (1 + rates.srb);
  const girls = b - boys;
  for (let s = 0; s < 2; s++) {
    const o = s * n;
    const bs = s === 0 ? boys : girls;
    let p0 = bs * surv[o];
    let mig = 0;
    if (hasEnd) {
      const m = me[o];
      const q = p0 + m;
      if (q < 0) {
        mig = -p0;
        p0 = 0;
      } else {
        mig = m;
        p0 = q;
      }
    }
    out[o] = p0;
    if (accounts) {
      accounts.births[s] = bs;
      accounts.deaths[s] += bs - bs * surv[o];
      accounts.migration[s] += mig;
    }
  }
}
