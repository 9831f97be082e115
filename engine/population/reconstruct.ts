import type { AgeBand } from "./bands";
import { N_AGES } from "./grid";
import { solveLinear } from "./solve-linear";

/**
 * Cohort reconstruction: single-year ages in year `year` from band totals of that year
 * and the years before it. A person aged a in `year` was a − d years old d years earlier,
 * so the history of band totals constrains the size of every cohort: a cohort larger than
 * its neighbours (a baby boom) shows up in each band it passes through. The method solves
 *
 *   min_c  Σ_{t, band} (N_obs(t, band) − Σ_{a: a−d ∈ band} c_a · R(a, d))² / N_obs(t, band)
 *          + λ · Σ_a (c_{a−1} − 2c_a + c_{a+1})² / c̄
 *
 * for the cohort sizes c_a at ages 0…104, 105+ in `year` (d = year − t), where
 * R(a, d) = L_{a−d} / L_a undoes d years of mortality (`personYears`, a stationary
 * life-table population, with T for the open group). Migration is not modelled: it is
 * what the fit does not explain. Negative sizes are set to 0 and each band of `year` is
 * then scaled to its registered total, so band sums are kept exactly. With one year of
 * history it is a smoothing graduation; with ten or more, cohort waves are recovered.
 */
export function reconstructCohorts(
  bands: readonly AgeBand[],
  history: ReadonlyMap<number, ArrayLike<number>>,
  year: number,
  personYears: ArrayLike<number>,
  options: { years?: number; smoothing?: number } = {},
): Float64Array {
  const span = options.years ?? 15;
  const lambda = options.smoothing ?? 1;
  const n = N_AGES;
  const xtx = new Float64Array(n * n);
  const xty = new Float64Array(n);
  const row = new Float64Array(n);
  let total = 0;
  const current = history.get(year);
  if (!current) throw new Error(`reconstructCohorts requires band totals for ${year}`);
  for (let i = 0; i < current.length; i++) total += current[i];
  for (let d = 0; d <= span; d++) {
    const obs = history.get(year - d);
    if (!obs) break;
    for (let b = 0; b < bands.length; b++) {
      const band = bands[b];
      row.fill(0);
      let any = false;
      for (let a = d; a < n; a++) {
        const ageThen = a - d;
        const inBand = ageThen >= band.from && (band.open ? true : ageThen <= band.to);
        if (!inBand) continue;
        const lThen = personYears[ageThen];
        const lNow = personYears[a];
        row[a] = lNow > 0 ? lThen / lNow : 0;
        any = true;
      }
      if (!any) continue;
      const w = 1 / Math.max(obs[b], 1);
      for (let i = 0; i < n; i++) {
        if (row[i] === 0) continue;
        xty[i] += w * row[i] * obs[b];
        for (let j = 0; j < n; j++) if (row[j] !== 0) xtx[i * n + j] += w * row[i] * row[j];
      }
    }
  }
  const mean = Math.max(total / n, 1);
  const pen = lambda / mean;
  for (let a = 1; a < n - 2; a++) {
    // second difference over ages a−1, a, a+1 (the open group is left out of the penalty)
    const idx = [a - 1, a, a + 1];
    const coef = [1, -2, 1];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) xtx[idx[i] * n + idx[j]] += pen * coef[i] * coef[j];
  }
  for (let i = 0; i < n; i++) xtx[i * n + i] += 1e-9; // keeps the system regular where no band reaches
  const c = solveLinear(xtx, xty, n);
  for (let i = 0; i < n; i++) if (!(c[i] > 0)) c[i] = 0;
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b];
    let s = 0;
    for (let a = band.from; a <= band.to; a++) s += c[a];
    const target = current[b];
    if (s > 0) for (let a = band.from; a <= band.to; a++) c[a] *= target / s;
    else for (let a = band.from; a <= band.to; a++) c[a] = target / (band.to - band.from + 1);
  }
  return c;
}
