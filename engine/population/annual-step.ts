import type { StepAccounts, StepRates } from "./ccmpp-step";
import { N_AGES } from "./grid";

/** Net migration as c0·v0 + c1·v1 + c2·v2 (unused terms: coefficient 0 on a zero vector). */
export interface MigrationTerms3 {
  c0: number;
  v0: Float64Array;
  c1: number;
  v1: Float64Array;
  c2: number;
  v2: Float64Array;
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
  const early = startShare;
  const late = 1 - startShare;
  const hasMig = migration !== null;
  const c0 = migration?.c0 ?? 0,
    c1 = migration?.c1 ?? 0,
    c2 = migration?.c2 ?? 0;
  const v0 = migration?.v0 ?? surv,
    v1 = migration?.v1 ?? surv,
    v2 = migration?.v2 ?? surv; // not read without migration
  const fFrom = Math.max(rates.fertileFrom ?? 1, 1);
  const fTo = Math.min(rates.fertileTo ?? n - 1, n - 1);
  for (let s = 0; s < 2; s++) {
    const i0 = from + s * n;
    const o0 = to + s * n;
    const r0 = s * n;
    let deaths = 0;
    let mig = 0;
    if (hasMig) {
      // prev: the start population of age a−1 with its early migrants (aged a at the end);
      // a migration that would take a group below zero is cut (branch-free: max(0, ·)).
      let m = c0 * v0[r0 + 1] + c1 * v1[r0 + 1] + c2 * v2[r0 + 1];
      const p0 = buf[i0];
      let prev = p0 + early * m;
      prev = Math.max(prev, 0);
      mig += prev - p0;
      for (let a = 1; a < n - 1; a++) {
        const mHere = m;
        const j = r0 + a + 1;
        m = c0 * v0[j] + c1 * v1[j] + c2 * v2[j];
        const c = buf[i0 + a];
        let cur = c + early * m;
        cur = Math.max(cur, 0);
        mig += cur - c;
        const alive = prev * surv[r0 + a];
        deaths += prev - alive;
        let end = alive + late * mHere;
        end = Math.max(end, 0);
        mig += end - alive;
        buf[o0 + a] = end;
        prev = cur;
      }
      // The open group 105+: survivors from 104 and from within 105+.
      const q = buf[i0 + n - 1];
      const stay = q * rates.survivalOpen[s];
      const alive = prev * surv[r0 + n - 1] + stay;
      deaths += prev + q - alive;
      let end = alive + late * m;
      end = Math.max(end, 0);
      mig += end - alive;
      buf[o0 + n - 1] = end;
    } else {
      for (let a = 1; a < n - 1; a++) {
        const prev = buf[i0 + a - 1];
        const alive = prev * surv[r0 + a];
        deaths += prev - alive;
        buf[o0 + a] = alive;
      }
      const prev = buf[i0 + n - 2];
      const q = buf[i0 + n - 1];
      const alive = prev * surv[r0 + n - 1] + q * rates.survivalOpen[s];
      deaths += prev + q - alive;
      buf[o0 + n - 1] = alive;
    }
    acc.deaths[s] = deaths;
    acc.migration[s] = mig;
  }
  // Births: women aged a at the end of the year, exposure = (start a−1 with its early
  // migrants + end a) / 2, recomputed for the fertile ages only.
  let births = 0;
  const f0 = from + n;
  const fo = to + n;
  for (let a = fFrom; a <= fTo; a++) {
    let start = buf[f0 + a - 1];
    if (hasMig) {
      const j = n + a;
      start += early * (c0 * v0[j] + c1 * v1[j] + c2 * v2[j]);
      start = Math.max(start, 0);
    }
    births += asfr[a] * 0.5 * (start + buf[fo + a]);
  }
  const boys = (births * rates.srb) / (1 + rates.srb);
  const girls = births - boys;
  for (let s = 0; s < 2; s++) {
    const r0 = s * n;
    const bs = s === 0 ? boys : girls;
    const born = bs * surv[r0];
    let p0 = born;
    if (hasMig) {
      p0 = born + (c0 * v0[r0] + c1 * v1[r0] + c2 * v2[r0]);
      p0 = Math.max(p0, 0);
      acc.migration[s] += p0 - born;
    }
    buf[to + r0] = p0;
    acc.births[s] = bs;
    acc.deaths[s] += bs - born;
  }
}
