import { quantileSorted } from "../stats/quantile";
/**
 * The p-quantile of sorted values, type 7 (R's default: linear between order statistics
 * at (n − 1)·p), by simple-statistics. NaN for no values (a band without errors).
 *
 * @example quantileType7([1, 2, 3, 4], 0.1) // 1.3 (R: quantile(1:4, 0.1))
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : quantileSorted(sorted, p);
}

/** Figures by band label ("67-79", "0-5", "Total"), a band missing when it cannot be formed. */
export type BandValues = ReadonlyMap<string, number>;
/** Registered population: region → year (1 January) → band → persons. */
export type RegisteredSeries = ReadonlyMap<string, ReadonlyMap<number, BandValues>>;
/** SSB's MMMM of each round: round → region → year → band → persons. */
export type PublishedRounds = ReadonlyMap<number, ReadonlyMap<string, ReadonlyMap<number, BandValues>>>;

/** How far one round of SSB (and the engine from the same base year) missed one place and band, h years ahead. */
export interface SsbError {
  region: string;
  round: number;
  /** Years after the round's base year (≥ 1). */
  horizon: number;
  band: string;
  /** ln(SSB's MMMM / registered): positive = SSB projected too many. */
  error: number;
  /** ln(cohort-component projection from the same base year / registered), when known. */
  ccError?: number;
  /** Registered total population of the place on 1 January of the round's year. */
  size: number;
}

/**
 * SSB's errors known in `knownBy`: every round before `knownBy` against the population
 * registered up to `knownBy` (a round R, h years ahead, needs R + h ≤ knownBy), per
 * region and band, with the cohort-component projection's error from the same base year
 * where `cc` has it. Cells with a zero, missing or non-positive figure are left out.
 *
 * @example ssbErrors(registered, rounds, 2016) // rounds 2005-2014 against 2006-2016
 */
export function ssbErrors(registered: RegisteredSeries, rounds: PublishedRounds, knownBy: number, cc?: PublishedRounds): SsbError[] {
  const out: SsbError[] = [];
  for (const [round, places] of rounds) {
    if (round >= knownBy) continue;
    for (const [region, years] of places) {
      const reg = registered.get(region);
      const size = reg?.get(round)?.get("Total");
      if (!reg || !(size !== undefined && size > 0)) continue;
      const mine = cc?.get(round)?.get(region);
      for (const [year, bands] of years) {
        const h = year - round;
        if (h < 1 || year > knownBy) continue;
        const obs = reg.get(year);
        if (!obs) continue;
        for (const [band, v] of bands) {
          const o = obs.get(band);
          if (!(o !== undefined && o > 0 && v > 0)) continue;
          const c = mine?.get(year)?.get(band);
          out.push({ region, round, horizon: h, band, error: Math.log(v / o), ...(c !== undefined && c > 0 ? { ccError: Math.log(c / o) } : {}), size });
        }
      }
    }
  }
  return out;
}

/** Which of SSB's past errors a correction learns from, how much of them it applies, and how much of the engine it blends in. */
export interface CorrectionSettings {
  /** Share of the estimated drift applied (0 = SSB's round unchanged, 1 = the full drift). */
  damping: number;
  /** Whose errors: every place, places of the same size class, or the place's own. */
  pooling: "all" | "size" | "own";
  /** Only the most recent rounds (null: every round). */
  recentRounds: number | null;
  /**
   * Weight of the cohort-component projection in a geometric blend with the corrected round
   * (0 = the corrected round alone), or "variance": the weight that minimises the variance of
   * the blend's past errors (blendWeight, Bates & Granger 1969).
   */
  blend: number | "variance";
}

/**
 * The weight of the cohort-component projection in the blend: the setting's fixed weight, or
 * for "variance" the combination weight of Bates & Granger (1969, "The combination of
 * forecasts", Operational Research Quarterly 20:451-468) from the training errors, on the
 * log scale: with c = the corrected round's errors (error − drift·horizon) and k = the
 * projection's, w = (Σc² − Σck) / (Σc² + Σk² − 2Σck), kept within [0, 1]: the weight that
 * minimises the variance of (1 − w)·c + w·k over the past errors. No errors (or two
 * identical forecasts) give 0.
 *
 * @example blendWeight([{ horizon: 1, error: 0.1, ccError: 0 }, { horizon: 1, error: -0.1, ccError: 0 }], 0, { blend: "variance" }) // 1
 */
export function blendWeight(
  training: ReadonlyArray<Pick<SsbError, "horizon" | "error" | "ccError">>,
  drift: number,
  s: Pick<CorrectionSettings, "blend">,
): number {
  if (s.blend !== "variance") return s.blend;
  let cc = 0,
    kk = 0,
    ck = 0;
  for (const e of training) {
    if (e.ccError === undefined) continue;
    const c = e.error - drift * e.horizon;
    cc += c * c;
    kk += e.ccError * e.ccError;
    ck += c * e.ccError;
  }
  const den = cc + kk - 2 * ck;
  return den > 0 ? Math.min(1, Math.max(0, (cc - ck) / den)) : 0;
}

/**
 * The settings cross-validation chooses among (a grid fixed in advance, not fitted):
 * damping 0, ½ or 1; pooling all, size class or own; every round or the last three; blend
 * 0, ½ or by the past errors' variances ("variance"). Damping 0 and blend 0 is SSB's own round.
 */
export const CORRECTION_GRID: readonly CorrectionSettings[] = [0, 0.5, "variance" as const].flatMap((blend): CorrectionSettings[] => [
  { damping: 0, pooling: "all", recentRounds: null, blend },
  ...[0.5, 1].flatMap((damping) =>
    (["all", "size", "own"] as const).flatMap((pooling) => [null, 3].map((recentRounds) => ({ damping, pooling, recentRounds, blend }))),
  ),
]);

/**
 * Size classes of places: below 5 000 inhabitants is small. The threshold is the usual
 * line between small and other municipalities in Norwegian statistics, fixed in advance.
 */
export const SMALL_PLACE = 5000;

/** A drift per year of horizon learned from errors. */
export interface Drift {
  /** Drift of ln(SSB / registered) per year of horizon, damped. */
  perYear: number;
  /** Errors it was learned from. */
  n: number;
}

/**
 * SSB's systematic error in one band as a drift per year of horizon: the least-squares slope
 * through the origin of ln(SSB / registered) on the horizon, Σ e·h / Σ h², times the
 * damping. No errors give drift 0.
 *
 * @example fitDrift([{ horizon: 2, error: 0.04 }, { horizon: 4, error: 0.08 }], 1).perYear // 0.02
 */
export function fitDrift(errors: ReadonlyArray<Pick<SsbError, "horizon" | "error">>, damping: number): Drift {
  if (errors.length === 0) return { perYear: 0, n: 0 };
  let eh = 0;
  let hh = 0;
  for (const e of errors) {
    eh += e.error * e.horizon;
    hh += e.horizon * e.horizon;
  }
  return { perYear: (damping * eh) / hh, n: errors.length };
}

/** The errors a place's correction learns from under the settings (already restricted in time). */
export function trainingErrors(errors: readonly SsbError[], band: string, region: string, size: number, s: CorrectionSettings): SsbError[] {
  let pool = errors.filter((e) => e.band === band && (s.blend === 0 || e.ccError !== undefined));
  if (s.pooling === "own") pool = pool.filter((e) => e.region === region);
  else if (s.pooling === "size") pool = pool.filter((e) => e.size < SMALL_PLACE === size < SMALL_PLACE);
  if (s.recentRounds !== null) {
    const rounds = [...new Set(pool.map((e) => e.round))].sort((a, b) => b - a).slice(0, s.recentRounds);
    pool = pool.filter((e) => rounds.includes(e.round));
  }
  return pool;
}

/** ln(forecast / registered) of the corrected, blended forecast for an error cell, given the drift. */
export function forecastError(e: Pick<SsbError, "horizon" | "error" | "ccError">, drift: number, blend: number): number {
  const corrected = e.error - drift * e.horizon;
  return blend === 0 ? corrected : (1 - blend) * corrected + blend * (e.ccError as number);
}

/** A corrected projection of one place and band, with its 80 % interval. */
export interface Corrected {
  value: number;
  low: number;
  high: number;
  drift: Drift;
}

/**
 * Corrects SSB's projected figure `h` years ahead by the drift learned from `training` and
 * blends in the cohort-component projection `cc` (geometric, weight `blend`):
 * value = (SSB·exp(−drift·h))^(1−blend) · cc^blend. The 80 % interval comes from the
 * training errors of the same forecast: with r the 10th-90th percentile of
 * ln(forecast/registered)/horizon, value·exp(−r·h) (quantiles type 7).
 */
export function correct(
  ssb: number,
  cc: number | null,
  horizon: number,
  training: ReadonlyArray<Pick<SsbError, "horizon" | "error" | "ccError">>,
  s: Pick<CorrectionSettings, "damping" | "blend">,
): Corrected {
  const d = fitDrift(training, s.damping);
  const blend = cc !== null && cc > 0 ? blendWeight(training, d.perYear, s) : 0;
  const corrected = ssb * Math.exp(-d.perYear * horizon);
  const value = blend === 0 ? corrected : corrected ** (1 - blend) * (cc as number) ** blend;
  const resid = training.map((e) => forecastError(e, d.perYear, blend) / e.horizon).sort((a, b) => a - b);
  const q10 = quantileType7(resid, 0.1);
  const q90 = quantileType7(resid, 0.9);
  if (resid.length === 0) return { value, low: value, high: value, drift: d };
  return { value, low: value * Math.exp(-q90 * horizon), high: value * Math.exp(-q10 * horizon), drift: d };
}

/**
 * Leave-one-out cross-validation over places and rounds of one set of settings in one band,
 * with what was known in `knownBy`: each (place, round) before `knownBy` is held out in
 * turn and its errors at every horizon registered by `knownBy` predicted from the rounds
 * before it, with their outcomes registered by that round (so no fold sees its own future).
 * Returns the mean absolute percentage error of the forecasts over the folds' cells
 * (fractions) and its standard error, clustered by fold (a place's horizons in one round are
 * not independent): se = √(Σ_f (S_f − mape·n_f)²) / n, with S_f the fold's sum of absolute
 * errors and n_f its cells. Cells without the engine's projection are left out for every
 * setting alike when `needCc`. NaN with no cells.
 */
export function crossValidate(
  known: readonly SsbError[],
  knownAt: ReadonlyMap<number, readonly SsbError[]>,
  band: string,
  s: CorrectionSettings,
  needCc: boolean,
): { mape: number; n: number; se: number } {
  let sum = 0;
  let n = 0;
  const folds = new Map<string, { sum: number; n: number }>();
  for (const e of known) {
    if (e.band !== band || (needCc && e.ccError === undefined)) continue;
    const training = trainingErrors(knownAt.get(e.round) ?? [], band, e.region, e.size, s);
    const d = fitDrift(training, s.damping).perYear;
    const abs = Math.abs(Math.exp(forecastError(e, d, blendWeight(training, d, s))) - 1);
    sum += abs;
    n++;
    const key = `${e.region}|${e.round}`;
    const f = folds.get(key) ?? { sum: 0, n: 0 };
    f.sum += abs;
    f.n++;
    folds.set(key, f);
  }
  if (n === 0) return { mape: Number.NaN, n: 0, se: Number.NaN };
  const mape = sum / n;
  let ss = 0;
  for (const f of folds.values()) ss += (f.sum - mape * f.n) ** 2;
  return { mape, n, se: Math.sqrt(ss) / n };
}

/** The settings chosen for a band, their cross-validated MAPE over n cells, and the smallest MAPE of the grid with its standard error. */
export interface ChosenSettings {
  settings: CorrectionSettings;
  mape: number;
  n: number;
  bestMape: number;
  bestSe: number;
}

/**
 * For each band, the settings of CORRECTION_GRID chosen by cross-validation (crossValidate)
 * with what was known in `knownBy`, by the one-standard-error rule (Hastie, Tibshirani &
 * Friedman, The Elements of Statistical Learning, 2009, §7.10): the first setting in the
 * grid's order (SSB's round unchanged first, then the drifts, then the blends) whose
 * cross-validated MAPE is within one standard error of the smallest. A correction must beat
 * SSB's round by more than the noise of its own estimate; the gains of 0.1-0.4 points seen on
 * a handful of places are not. `rule: "min"` takes the smallest MAPE instead (ties to the
 * earlier entry). With no fold to validate on, SSB's round unchanged.
 */
export function chooseSettings(
  registered: RegisteredSeries,
  rounds: PublishedRounds,
  knownBy: number,
  bands: readonly string[],
  cc?: PublishedRounds,
  rule: "one-se" | "min" = "one-se",
): Map<string, ChosenSettings> {
  const known = ssbErrors(registered, rounds, knownBy, cc);
  const knownAt = new Map<number, SsbError[]>();
  for (const r of new Set(known.map((e) => e.round))) knownAt.set(r, ssbErrors(registered, rounds, r, cc));
  const out = new Map<string, ChosenSettings>();
  for (const band of bands) {
    const needCc = known.some((e) => e.band === band && e.ccError !== undefined);
    const grid = CORRECTION_GRID.filter((s) => needCc || s.blend === 0);
    const scored = grid.map((settings) => ({ settings, ...crossValidate(known, knownAt, band, settings, needCc) })).filter((x) => x.n > 0);
    if (scored.length === 0) {
      out.set(band, { settings: grid[0], mape: Number.NaN, n: 0, bestMape: Number.NaN, bestSe: Number.NaN });
      continue;
    }
    let best = scored[0];
    for (const x of scored) if (x.mape < best.mape - 1e-12) best = x;
    const bar = rule === "min" ? best.mape : best.mape + best.se;
    const pick = rule === "min" ? best : scored.find((x) => x.mape <= bar + 1e-12)!;
    out.set(band, { settings: pick.settings, mape: pick.mape, n: pick.n, bestMape: best.mape, bestSe: best.se });
  }
  return out;
}
