import { mean } from "../stats/moments";
/**
 * One place, band and base year of a back-test: what was registered in the target year and
 * what each forecast said. `engine` is Trappa's forecast (the cohort-component projection,
 * or SSB's round corrected by SSB's past errors when that was learned), `cc` the
 * cohort-component projection, `ssb` SSB's MMMM of the base year's round; the intervals are
 * 80 % (P10-P90) ranges, null where none exists.
 */
export interface ScoredRow {
  baseYear: number;
  targetYear: number;
  region: string;
  name: string;
  band: string;
  observed: number;
  engine: number;
  engineLow: number | null;
  engineHigh: number | null;
  cc: number;
  ssb: number | null;
  ssbLow: number | null;
  ssbHigh: number | null;
}

/** Errors of a group of rows: mean absolute percentage error, mean percentage error (bias) and interval coverage, as fractions. */
export interface Score {
  n: number;
  engineMape: number;
  engineBias: number;
  ccMape: number;
  ccBias: number;
  ssbMape: number | null;
  ssbBias: number | null;
  /** Share of registered figures inside the engine's interval (null: no interval). */
  engineCoverage: number | null;
  /** Share inside SSB's LLML-HHMH range (null: not published). */
  ssbCoverage: number | null;
}

/** The columns of a score as the back-test's CSV names them, in order (scoreFigures gives the values). */
export const SCORE_COLUMNS = ["engine_mape", "engine_bias", "cc_mape", "cc_bias", "ssb_mape", "ssb_bias", "engine_coverage", "ssb_coverage"] as const;

/** A score's figures in the order of SCORE_COLUMNS (fractions; null where there is none). */
export function scoreFigures(s: Score): Array<number | null> {
  return [s.engineMape, s.engineBias, s.ccMape, s.ccBias, s.ssbMape, s.ssbBias, s.engineCoverage, s.ssbCoverage];
}

/**
 * Scores rows: MAPE = mean |forecast − registered| / registered, bias (MPE) = mean
 * (forecast − registered) / registered, coverage = share of registered figures within the
 * interval. A forecast missing in some rows is scored over the rows that have it; none gives
 * null. Registered figures of 0 cannot be scored and throw.
 *
 * @example scoreRows([{ observed: 100, engine: 110, cc: 90, ssb: 105, … }]).engineMape // 0.1
 */
export function scoreRows(rows: readonly ScoredRow[]): Score {
  for (const r of rows) {
    if (!(r.observed > 0)) throw new Error(`scoreRows requires registered figures above 0, got ${r.observed} for ${r.region} ${r.band} ${r.targetYear}`);
  }
  const err = (x: number, r: ScoredRow) => (x - r.observed) / r.observed;
  const e = rows.map((r) => err(r.engine, r));
  const c = rows.map((r) => err(r.cc, r));
  const s = rows.filter((r) => r.ssb !== null).map((r) => err(r.ssb!, r));
  const cover = (lo: (r: ScoredRow) => number | null, hi: (r: ScoredRow) => number | null) => {
    const w = rows.filter((r) => lo(r) !== null && hi(r) !== null).map((r) => (r.observed >= lo(r)! && r.observed <= hi(r)! ? 1 : 0));
    return w.length ? mean(w) : null;
  };
  return {
    n: rows.length,
    engineMape: mean(e.map(Math.abs)),
    engineBias: mean(e),
    ccMape: mean(c.map(Math.abs)),
    ccBias: mean(c),
    ssbMape: s.length ? mean(s.map(Math.abs)) : null,
    ssbBias: s.length ? mean(s) : null,
    engineCoverage: cover(
      (r) => r.engineLow,
      (r) => r.engineHigh,
    ),
    ssbCoverage: cover(
      (r) => r.ssbLow,
      (r) => r.ssbHigh,
    ),
  };
}

/** Scores rows grouped by a key, in the order the keys first occur. */
export function scoreBy<K extends string>(rows: readonly ScoredRow[], key: (r: ScoredRow) => K): Array<{ key: K } & Score> {
  const groups = new Map<K, ScoredRow[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups].map(([k, g]) => ({ key: k, ...scoreRows(g) }));
}

/**
 * Adds rows for a band made of others (e.g. "0-5" from "0" and "1-5") per base year and
 * place, every figure summed (intervals too: SSB's alternatives are whole paths, so the sum of
 * the low figures is the low figure of the sum). Places lacking a part get no row.
 */
export function addSumBand(rows: readonly ScoredRow[], label: string, parts: readonly string[]): ScoredRow[] {
  const out: ScoredRow[] = [];
  const keys = new Set(rows.map((r) => `${r.baseYear}|${r.region}`));
  for (const k of keys) {
    const mine = rows.filter((r) => `${r.baseYear}|${r.region}` === k && parts.includes(r.band));
    if (mine.length !== parts.length) continue;
    const sum = (f: (r: ScoredRow) => number | null) => (mine.some((r) => f(r) === null) ? null : mine.reduce((a, r) => a + f(r)!, 0));
    out.push({
      ...mine[0],
      band: label,
      observed: sum((r) => r.observed)!,
      engine: sum((r) => r.engine)!,
      engineLow: sum((r) => r.engineLow),
      engineHigh: sum((r) => r.engineHigh),
      cc: sum((r) => r.cc)!,
      ssb: sum((r) => r.ssb),
      ssbLow: sum((r) => r.ssbLow),
      ssbHigh: sum((r) => r.ssbHigh),
    });
  }
  return out;
}
