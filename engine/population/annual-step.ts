import type { StepAccounts, StepRates } from "./ccmpp-step";
import { N_AGES } from "./grid";

/** Net migration as c0·v0 + c1·v1 + c2·v2 (unused terms: coefficient 0 on a zero vector). */
export interface MigrationTerms3 {
  c0: number; v0: Float64Array;
  c1: number; v1: Float64Array;
  c2: number; v2: Float64Array;
}

/**
 * The annual SSB-style step, fused for speed: ccmppStep with n = 106 ages, width 1,
 * cohort fertility exposure and net migration M by age at the end of the year, of which
 * `startShare` arrives at the start (added to age a−1, exposed to a year's mortality) and
 * the rest at the end; migrants aged 0 all arrive at the end. M is given as up to three
 * terms c·v and summed on the fly. It gives the same numbers
 * as ccmppStep with migrationStart[a−1] = startShare·M[a], migrationEnd[a] = (1 −
 * startShare)·M[a] (test/population/annual-step.test.ts checks this), in one pass.
 * A net out-migration larger than the group it leaves is cut at zero, as in ccmppStep.
 *
 * Reads the start grid at `buf[from…]` and writes the end grid at `buf[to…]`.
 */
export function annualStep(
  buf: Float64Array,
  from: number,
  to: number,
  rates: StepRates,
  migration: MigrationTerms3 | null,
  startShare: number,
  acc: StepAccounts,
): void {
  const n = N_AGES;
  const surv = rates.survival;
  const asfr = rates.asfr;
  const endShare = 1 - startShare;
  const hasMig = migration !== null;
  const c0 = migration?.c0 ?? 0, c1 = migration?.c1 ?? 0, c2 = migration?.c2 ?? 0;
  const v0 = migration?.v0 ?? surv, v1 = migration?.v1 ?? surv, v2 = migration?.v2 ?? surv; // not read without migration
  const fFrom = Math.max(rates.fertileFrom ?? 1, 1);
  const fTo = Math.min(rates.fertileTo ?? n - 1, n - 1);
  let births = 0;
  for (let s = 0; s < 2; s++) {
    const i0 = from + s * n;
    const o0 = to + s * n;
    const r0 = s * n;
    let deaths = 0;
    let mig = 0;
    // prev: start population of age a−1 including its start-of-year migrants (aged a at the end).
    let prev = buf[i0];
    // mNext: net migrants aged a+1 at the end (those who are a at the start, in the loop).
    let mNext = hasMig ? c0 * v0[r0 + 1] + c1 * v1[r0 + 1] + c2 * v2[r0 + 1] : 0;
    if (hasMig) {
      const add = startShare * mNext;
      const q = prev + add;
      if (q < 0) { mig -= prev; prev = 0; } else { mig += add; prev = q; }
    }
    for (let a = 1; a < n; a++) {
      let cur = buf[i0 + a];
      const mHere = mNext;
      if (hasMig && a < n - 1) {
        const j = r0 + a + 1;
        mNext = c0 * v0[j] + c1 * v1[j] + c2 * v2[j];
        const add = startShare * mNext;
        const q = cur + add;
        if (q < 0) { mig -= cur; cur = 0; } else { mig += add; cur = q; }
      }
      let alive = prev * surv[r0 + a];
      deaths += prev - alive;
      if (a === n - 1) {
        const stay = cur * rates.survivalOpen[s];
        deaths += cur - stay;
        alive += stay;
      }
      if (hasMig) {
        const add = endShare * mHere;
        const q = alive + add;
        if (q < 0) { mig -= alive; alive = 0; } else { mig += add; alive = q; }
      }
      buf[o0 + a] = alive;
      if (s === 1 && a >= fFrom && a <= fTo) births += asfr[a] * 0.5 * (prev + alive);
      prev = cur;
    }
    acc.deaths[s] = deaths;
    acc.migration[s] = mig;
  }
  const boys = (births * rates.srb) / (1 + rates.srb);
  const girls = births - boys;
  for (let s = 0; s < 2; s++) {
    const r0 = s * n;
    const bs = s === 0 ? boys : girls;
    let p0 = bs * surv[r0];
    if (hasMig) {
      const add = c0 * v0[r0] + c1 * v1[r0] + c2 * v2[r0];
      const q = p0 + add;
      if (q < 0) { acc.migration[s] -= p0; p0 = 0; } else { acc.migration[s] += add; p0 = q; }
    }
    buf[to + r0] = p0;
    acc.births[s] = bs;
    acc.deaths[s] += bs - bs * surv[r0];
  }
}
