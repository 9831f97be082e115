import { mean } from "../stats/moments";
import { InputError } from "../errors";
import { aggregateBands, type AgeBand } from "./bands";
import { graduateBands } from "./graduate";
import { GRID_SIZE, N_AGES, OPEN_AGE } from "./grid";
import type { NationalAssumptions } from "./assumptions";
import { nationalAlternative, projectAlternative, type MortalityBase, type PlaceModel } from "./model";
import { pathValue, type Path } from "./path";
import { stationaryMaleShare, stationaryOpenWeights } from "./place";
import { projectionYear } from "./project";
import { reconstructCohorts } from "./reconstruct";
import { lifeTableFromMx } from "./life-table";
import { scaledMx } from "./mortality";
import { rogersCastroProfile } from "./migration-profile";
import { shrinkRatios, type ShrunkRatios } from "./empirical-bayes";
import { type MovesByAge, movesRates, type MovesRates, type PlaceMoves, placeYearMoves, topAges } from "./moves-rates";

export type { MovesByAge } from "./moves-rates";

/** Registered population of one place by band (both sexes), 1 January of each year. */
export interface PlaceHistory {
  region: string;
  name: string;
  totals: Map<number, Float64Array>;
}

/** What the forecaster knew: national history up to the base year. */
export interface NationalHistory {
  /** Period e0 by year (years), per sex. */
  lifeExpectancy: { male: Path; female: Path };
  /** Total fertility rate by year. */
  totalFertility: Path;
  mortality: MortalityBase;
  sexRatioAtBirth: number;
  fertilitySchedule: NationalAssumptions["fertilitySchedule"];
}

export interface BacktestOptions {
  bands: AgeBand[];
  history: PlaceHistory[];
  baseYear: number;
  horizon: number;
  /**
   * Years before the base year whose residual net migration is averaged (default 10); fewer
   * when the history begins later (the years used are returned as `window`).
   */
  window?: number;
  /** Years of e0 history behind the trend extrapolated after the base year (default 10). */
  trendYears?: number;
  /** Share of the historical e0 trend carried forward (default 0.5, a damped trend; 1 = the full linear trend). */
  trendDamping?: number;
  national: NationalHistory;
  /**
   * A larger area (e.g. the county) toward whose residual migration rates each place's
   * are shrunk, with weight exposure / (exposure + `shrinkage`) on the place's own rates
   * (exposure in person-years of the window); no shrinking without both.
   */
  area?: PlaceHistory;
  shrinkage?: number;
  /**
   * Coarser bands for the migration estimate (unions of `bands`), so that cohort waves
   * crossing band edges (the post-war cohorts at 66/67) are not read as migration; default
   * 0-5, 6-19, 20-44 and 45+ where the history's bands have those edges (defaultMigrationBands).
   */
  migrationBands?: AgeBand[];
  /** Years of band history used to reconstruct single-year cohorts (default 15; 0 = plain graduation). */
  reconstructYears?: number;
  /**
   * Read the area's 80+ history over the window as a hazard ratio on the nation's death
   * rates, used for every place (default true; needs `area`).
   */
  areaMortality?: boolean;
  /**
   * Read the area's births over the window (its group of age 0 a year later) as a factor on
   * the nation's fertility, used for every place (default true; needs `area` and a group "0").
   */
  areaFertility?: boolean;
  /**
   * Reconstruct single years only from this age (an edge of `bands`), and graduate the
   * bands below it (default defaultReconstructFrom: 67 for SSB's groups). The reconstruction
   * treats each cohort as closed; that holds for the old, not in the working ages, where
   * migration shapes the cohorts.
   */
  reconstructFrom?: number;
  /**
   * Each place's own fertility: its births over the window (its group of age 0 a year later)
   * against what the area's fertility gives, shrunk toward the area's by empirical Bayes
   * (shrinkRatios: weight births / (births + k), k from the spread between the places)
   * (default true, chosen by leave-one-place-out cross-validation; needs a group "0").
   */
  localFertility?: boolean;
  /**
   * Each place's own mortality at 80+: the hazard ratio its 80+ groups over the window
   * imply, shrunk toward the area's by empirical Bayes on the expected deaths (default
   * false; needs `areaMortality`).
   */
  localMortality?: boolean;
  /**
   * Apply the migration estimated on the band holding 80+ also at 80 and above (default
   * true). False when mortality is read from the 80+ groups: their net moves are then
   * already in the hazard ratio, and the rate of a 45+ band, often retirees moving in, is
   * not counted at 80+ a second time.
   */
  oldAgeMigration?: boolean;
  /**
   * Registered moves by single age (SSB's moves by age; ages as published, the top age of each
   * year left out as an open group of unstated meaning). Only the moves of the window's years
   * before the base year are read (so a 2016 base with moves from 2016 on reads none); where
   * they exist, a place's net migration at ages 1 … top − 1 is its rate by single age from them
   * (movesRates: the places' pooled profile at the place's own level per migration band, shrunk
   * by empirical Bayes), replacing the residual estimate from the bands there. Places without
   * moves keep the residual rates.
   */
  moves?: readonly MovesByAge[];
  /** Smoothing weight of the reconstruction (default 1). */
  smoothing?: number;
  /**
   * The groups errors are scored in: unions of `bands` (default `bands`). A published
   * projection in coarser groups (SSB's rounds up to 2012 have 20-66) is scored in the groups
   * both have (commonBands).
   */
  scoreBands?: AgeBand[];
  /** SSB's published projection from the base year's round (MMMM), by region, year and score band. */
  published?: Map<string, Map<number, Float64Array>>;
  /**
   * SSB's low and high national-growth alternatives of the same round (LLML, HHMH), by
   * region, year and score band: read as an 80 % interval (P10-P90), as the engine's
   * uncertainty reads them, and scored by the share of registered figures inside it.
   */
  publishedInterval?: { low: Map<string, Map<number, Float64Array>>; high: Map<string, Map<number, Float64Array>> };
  file?: string;
}

export interface BacktestPlaceRow {
  region: string;
  name: string;
  band: string;
  observed: number;
  engine: number;
  ssb: number | null;
  /** (projected − observed) / observed. */
  engineError: number;
  ssbError: number | null;
  /** SSB's LLML-HHMH range of the round (null without it). */
  ssbLow: number | null;
  ssbHigh: number | null;
}

export interface BacktestSummaryRow {
  band: string;
  /** Mean absolute percentage error over places (fractions). */
  engineMape: number;
  engineBias: number;
  ssbMape: number | null;
  ssbBias: number | null;
  /** Share of places whose registered figure lies within SSB's LLML-HHMH range (null without it). */
  ssbCoverage: number | null;
}

export interface BacktestResult {
  baseYear: number;
  targetYear: number;
  /** Years before the base year the migration (and the area's rates) were read from. */
  window: number;
  rows: BacktestPlaceRow[];
  summary: BacktestSummaryRow[];
  /** The groups the rows are scored in. */
  scoreBands: AgeBand[];
  /** Each place's projection by year (base year + 1 … target) and score band. */
  paths: Map<string, Map<number, Float64Array>>;
  /** The area's hazard ratio on national mortality (null when not estimated). */
  areaHazardRatio: number | null;
  /** The area's factor on national fertility (null when not estimated). */
  areaFertilityFactor: number | null;
  /** Each place's fertility factor on the nation's and its empirical-Bayes shrinkage (null when not estimated). */
  localFertility: { factors: Map<string, number>; shrinkage: ShrunkRatios } | null;
  /** Each place's hazard ratio on the nation's death rates and its shrinkage (null when not estimated). */
  localMortality: { ratios: Map<string, number>; shrinkage: ShrunkRatios } | null;
  /** The net migration rates by single age read from moves (null when no moves before the base year were given): the years read and the rates. */
  moves: ({ years: number[] } & MovesRates) | null;
}

/**
 * Back-tests the engine: from registered population in the base year, project `horizon`
 * years and compare with what was registered. The method uses only what was known in
 * the base year:
 * - base population: single years reconstructed from the base year's bands and the
 *   `reconstructYears` years before it (reconstructCohorts; 0 = plain graduateBands), split
 *   by sex like a stationary population;
 * - mortality: national e0 by year up to the base year, then `trendDamping` × the linear
 *   trend of the last `trendYears` years; fertility: the base year's national TFR held;
 * - net migration as a rate per migration band (coarser than the bands; see
 *   `migrationBands`): the residuals (registered next year − one-year projection without
 *   migration) over the `window` years before the base year, divided by the band's
 *   population in those years, held constant; shrunk toward the rates of a larger `area`
 *   when one is given (small places' rates are noisy).
 * SSB's published projection from the same base year, when given, is scored alike.
 */
export function backtest(o: BacktestOptions): BacktestResult {
  const file = o.file ?? "history";
  const trendYears = o.trendYears ?? 10;
  const target = o.baseYear + o.horizon;
  if (!(Number.isInteger(o.horizon) && o.horizon >= 1)) throw new InputError(`horizon: expected a whole number of years ≥ 1, got ${o.horizon}`);
  if (o.history.length === 0) throw new InputError(`${file}: expected registered population for at least one place, got none`);
  let window = o.window ?? 10;
  for (const p of [...o.history, ...(o.area ? [o.area] : [])]) {
    const years = [...p.totals.keys()].sort((a, b) => a - b);
    for (let i = 1; i < years.length; i++) {
      if (years[i] !== years[i - 1] + 1) {
        throw new InputError(`${file}: region "${p.name}": expected a history without gaps in the years, got ${years[i - 1]} followed by ${years[i]}`);
      }
    }
    const first = years[0],
      last = years[years.length - 1];
    if (o.baseYear - 1 < first || o.baseYear > last) {
      throw new InputError(
        `${file}: base year: expected a year from ${first + 1} to ${last} (the history of "${p.name}" covers ${first}-${last}, and at least one year before the base year is needed for migration), got ${o.baseYear}`,
      );
    }
    if (target > last) {
      throw new InputError(`${file}: horizon: expected ${o.baseYear} + horizon within the history of "${p.name}" (to ${last}), got ${target}`);
    }
    window = Math.min(window, o.baseYear - first);
  }
  const scoreBands = o.scoreBands ?? o.bands;
  /** Index of the score band each history band lies in. */
  const scoreOf = o.bands.map((b) => {
    const i = scoreBands.findIndex((s) => b.from >= s.from && b.to <= s.to);
    if (i < 0) {
      throw new InputError(
        `score bands: expected unions of the history's age groups (${o.bands.map((x) => x.label).join(",")}), got ${scoreBands.map((x) => x.label).join(",")}`,
      );
    }
    return i;
  });
  const toScore = (v: ArrayLike<number>): Float64Array => {
    const out = new Float64Array(scoreBands.length);
    for (let b = 0; b < v.length; b++) out[scoreOf[b]] += v[b];
    return out;
  };
  if (o.published) {
    const known = new Set(o.history.map((p) => p.region));
    for (const region of o.published.keys()) {
      if (!known.has(region)) {
        throw new InputError(
          `published projection: region "${region}": expected a place of the history (${[...known].join(", ")}), got a place the history does not have`,
        );
      }
    }
  }

  // What was known in the base year: registered population up to 1 January of the base
  // year, and national life expectancy and fertility up to the year before (SSB publishes a
  // year's life table and fertility in the next year). Later figures are cut away here, so
  // nothing below can see them; only the outcome in the target year is kept aside.
  const knownBy = (p: PlaceHistory): PlaceHistory => ({ ...p, totals: new Map([...p.totals].filter(([y]) => y <= o.baseYear)) });
  const history = o.history.map(knownBy);
  const areaHistory = o.area ? knownBy(o.area) : undefined;
  const lastVital = o.baseYear - 1;
  const n = o.national;
  const e0At = (sex: "male" | "female", year: number): number => {
    const path = n.lifeExpectancy[sex];
    if (year <= lastVital) return pathValue(path, year);
    const y0 = lastVital - trendYears;
    const slope = ((o.trendDamping ?? 0.5) * (pathValue(path, lastVital) - pathValue(path, y0))) / trendYears;
    return pathValue(path, lastVital) + slope * (year - lastVital);
  };
  const years: Record<string, number> = {};
  const e0m: Record<string, number> = {};
  const e0f: Record<string, number> = {};
  for (let y = o.baseYear - window; y <= target; y++) {
    years[y] = pathValue(n.totalFertility, Math.min(y, lastVital));
    e0m[y] = e0At("male", y);
    e0f[y] = e0At("female", y);
  }
  const assumptions: NationalAssumptions = {
    sexRatioAtBirth: n.sexRatioAtBirth,
    fertilitySchedule: n.fertilitySchedule,
    fertility: { M: years },
    lifeExpectancy: { male: { M: e0m }, female: { M: e0f } },
    internalMigration: { M: 1 },
    immigration: { M: { [o.baseYear]: 0 } },
    nationalPopulation: { [o.baseYear]: 1 },
    alternatives: { MMMM: "Tilbaketest" },
  };
  const national = nationalAlternative(assumptions, n.mortality, "MMMM");
  const maleShare = stationaryMaleShare(n.mortality, e0m[o.baseYear], e0f[o.baseYear], n.sexRatioAtBirth);
  const openWeights = stationaryOpenWeights(n.mortality, e0m[o.baseYear], e0f[o.baseYear], o.bands[o.bands.length - 1].from);
  /** Stationary person-years by age (both sexes) of the base year's death rates × `ratio`, which the reconstruction ages cohorts back with. */
  const stationary = (ratio: number): Float64Array => {
    const local = (mx: Float64Array) => mx.map((m) => Math.min(m * ratio, 2));
    const lt = lifeTableFromMx(local(scaledMx(n.mortality.male, e0m[o.baseYear], n.mortality.maleImprovement)));
    const ltf = lifeTableFromMx(local(scaledMx(n.mortality.female, e0f[o.baseYear], n.mortality.femaleImprovement)));
    const py = new Float64Array(N_AGES);
    for (let a = 0; a < N_AGES; a++) py[a] = a === N_AGES - 1 ? lt.Tx[a] + ltf.Tx[a] : lt.Lx[a] + ltf.Lx[a];
    return py;
  };
  let personYears = stationary(1);
  const reconstructFrom = o.reconstructFrom ?? defaultReconstructFrom(o.bands);
  if (!o.bands.some((b) => b.from === reconstructFrom)) {
    throw new InputError(
      `reconstruct from: expected an age where one of the history's groups begins (${o.bands.map((b) => b.from).join(", ")}), got ${reconstructFrom}`,
    );
  }
  /** The hazard ratio on national death rates every place is projected with (set by areaHazard). */
  let hazard: Float64Array | undefined;
  /** The factor on national fertility every place is projected with (set by areaFertility). */
  let fertilityFactor = 1;
  /** Each place's own factor and hazard ratio (set by localRates), else the area's. */
  const ownFertility = new Map<string, number>();
  const ownHazard = new Map<string, Float64Array>();
  const placeAt = (p: PlaceHistory, year: number): PlaceModel => {
    const both =
      o.reconstructYears === 0
        ? graduateBands(o.bands, p.totals.get(year)!, openWeights)
        : reconstructCohorts(o.bands, p.totals, year, personYears, { years: o.reconstructYears ?? 15, smoothing: o.smoothing ?? 1 });
    if (o.reconstructYears !== 0 && reconstructFrom > 0) {
      const g = graduateBands(o.bands, p.totals.get(year)!, openWeights);
      for (let a = 0; a < reconstructFrom; a++) both[a] = g[a];
    }
    const base = new Float64Array(GRID_SIZE);
    for (let a = 0; a < N_AGES; a++) {
      base[a] = both[a] * maleShare[a];
      base[N_AGES + a] = both[a] - base[a];
    }
    return {
      code: p.region,
      name: p.name,
      baseYear: year,
      base,
      fertilityFactor: ownFertility.get(p.region) ?? fertilityFactor,
      immigrationShare: 0,
      immigrationProfile: rogersCastroProfile(),
      flows: [],
      adjustments: [],
      mortalityRatio: ownHazard.get(p.region) ?? hazard,
    };
  };

  // Migration is estimated on coarser bands (unions of the history's bands).
  const migBands = o.migrationBands ?? defaultMigrationBands(o.bands);
  const groupOf = o.bands.map((b) => {
    const g = migBands.findIndex((m) => b.from >= m.from && b.to <= m.to);
    if (g < 0 || (migBands[g].from !== b.from && !o.bands.some((x) => x.from === migBands[g].from))) {
      throw new InputError(
        `migration bands: expected unions of the history's age groups (${o.bands.map((x) => x.label).join(",")}), got ${migBands.map((m) => m.label).join(",")}`,
      );
    }
    return g;
  });
  /** Residual net migration and exposure (person-years) per history band over the window. */
  const residuals = (p: PlaceHistory): { resid: Float64Array; exposure: Float64Array } => {
    const resid = new Float64Array(o.bands.length);
    const exposure = new Float64Array(o.bands.length);
    for (let y = o.baseYear - window; y < o.baseYear; y++) {
      const proj = projectAlternative(national, placeAt(p, y), y + 1);
      const got = aggregateBands(projectionYear(proj, y + 1), o.bands);
      const obs = p.totals.get(y + 1)!;
      for (let b = 0; b < o.bands.length; b++) {
        resid[b] += obs[b] - got[b];
        exposure[b] += p.totals.get(y)![b];
      }
    }
    return { resid, exposure };
  };
  /**
   * The area's mortality as one hazard ratio on the nation's death rates at every age: the
   * ratio for which the area's registered 80+ groups over the window are met on average by
   * one-year projections without migration (the oldest hardly move; what changes them is
   * death). Pooled over the area because a small place's 80+ is too noisy for its own.
   */
  const areaHazard = (a: PlaceHistory): void => {
    const old = o.bands.map((b, i) => (b.from >= 80 ? i : -1)).filter((i) => i >= 0);
    const gap = (hr: number): number => {
      hazard = new Float64Array(131).fill(hr);
      personYears = stationary(hr);
      const r = residuals(a);
      let x = 0;
      for (const b of old) x += r.resid[b];
      return x;
    };
    let lo = 0.5,
      hi = 2;
    if (gap(lo) > 0 || gap(hi) < 0)
      throw new InputError(`${file}: region "${a.name}": expected 80+ groups that national mortality × 0.5…2 can explain, got a history it cannot`);
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (gap(mid) > 0) hi = mid;
      else lo = mid;
    }
    gap((lo + hi) / 2);
  };
  /**
   * The area's fertility as a factor on the nation's: registered over projected births
   * (the group of age 0 one year on) summed over the window; births are proportional to
   * the factor, so one pass gives it.
   */
  const births = (a: PlaceHistory, infants: number): { obs: number; got: number } => {
    let obs = 0,
      got = 0;
    for (let y = o.baseYear - window; y < o.baseYear; y++) {
      const proj = aggregateBands(projectionYear(projectAlternative(national, placeAt(a, y), y + 1), y + 1), o.bands);
      obs += a.totals.get(y + 1)![infants];
      got += proj[infants];
    }
    return { obs, got };
  };
  const areaFertility = (a: PlaceHistory, infants: number): number => {
    const { obs, got } = births(a, infants);
    return got > 0 ? (fertilityFactor * obs) / got : 1;
  };
  const oldBands = o.bands.map((b, i) => (b.from >= 80 ? i : -1)).filter((i) => i >= 0);
  const oldFrom = oldBands.length ? o.bands[oldBands[0]].from : OPEN_AGE + 1;
  /**
   * A place's 80+ over the window with the hazard ratio `hr`: the registered minus the
   * projected (no migration) 80+ groups, summed, and the deaths expected at 80+ (those at
   * oldFrom − 1 and over at the start minus those projected at oldFrom and over a year on).
   */
  const oldGap = (p: PlaceHistory, hr: number): { gap: number; deaths: number } => {
    ownHazard.set(p.region, new Float64Array(131).fill(hr));
    let gap = 0,
      deaths = 0;
    for (let y = o.baseYear - window; y < o.baseYear; y++) {
      const start = placeAt(p, y);
      const proj = projectAlternative(national, start, y + 1);
      const got = aggregateBands(projectionYear(proj, y + 1), o.bands);
      const obs = p.totals.get(y + 1)!;
      for (const b of oldBands) gap += obs[b] - got[b];
      for (let sex = 0; sex < 2; sex++) for (let a = oldFrom - 1; a < N_AGES; a++) deaths += start.base[sex * N_AGES + a];
      for (const b of oldBands) deaths -= got[b];
    }
    return { gap, deaths };
  };
  /** The hazard ratio that meets a place's 80+ groups over the window on average (bisection on 0.3…3). */
  const placeHazard = (p: PlaceHistory): number => {
    let lo = 0.3,
      hi = 3;
    if (oldGap(p, lo).gap > 0) return lo;
    if (oldGap(p, hi).gap < 0) return hi;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (oldGap(p, mid).gap > 0) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  };
  /** Residual net migration rate and exposure per migration band over the window. */
  const residualRates = (p: PlaceHistory): { rates: Float64Array; exposure: Float64Array } => {
    const r = residuals(p);
    const resid = new Float64Array(migBands.length),
      exposure = new Float64Array(migBands.length);
    groupOf.forEach((g, b) => {
      resid[g] += r.resid[b];
      exposure[g] += r.exposure[b];
    });
    return { rates: resid.map((x, g) => (exposure[g] > 0 ? x / exposure[g] : 0)), exposure };
  };
  const infants = o.bands.findIndex((b) => b.from === 0 && b.to === 0);
  if (areaHistory && (o.areaFertility ?? true) && infants >= 0) fertilityFactor = areaFertility(areaHistory, infants);
  if (areaHistory && (o.areaMortality ?? true) && o.bands.some((b) => b.from >= 80)) areaHazard(areaHistory);
  let localFertility: BacktestResult["localFertility"] = null;
  if ((o.localFertility ?? true) && infants >= 0 && history.length > 1) {
    const b = history.map((p) => births(p, infants));
    const shrinkage = shrinkRatios(
      b.map((x) => x.obs),
      b.map((x) => x.got),
      1,
    );
    const factors = new Map(history.map((p, i) => [p.region, fertilityFactor * shrinkage.ratios[i]]));
    for (const [r, f] of factors) ownFertility.set(r, f);
    localFertility = { factors, shrinkage };
  }
  let localMortality: BacktestResult["localMortality"] = null;
  if (hazard && (o.localMortality ?? false) && history.length > 1) {
    const hr0 = hazard[0];
    const obs: number[] = [],
      exp: number[] = [];
    for (const p of history) {
      const hr = placeHazard(p);
      const deaths = oldGap(p, hr0).deaths;
      ownHazard.delete(p.region);
      exp.push(Math.max(deaths, 0));
      obs.push(Math.max(deaths, 0) * (hr / hr0));
    }
    const shrinkage = shrinkRatios(obs, exp, 1);
    const ratios = new Map(history.map((p, i) => [p.region, hr0 * shrinkage.ratios[i]]));
    for (const [r, hr] of ratios) ownHazard.set(r, new Float64Array(131).fill(hr));
    localMortality = { ratios, shrinkage };
  }
  const byAge = o.moves ? ratesFromMoves(o.moves, history, o.baseYear - window, o.baseYear, (p, y) => placeAt(p, y).base, migBands) : null;
  const area = areaHistory ? residualRates(areaHistory).rates : null;
  const oldAgeMigration = o.oldAgeMigration ?? true;
  const k = o.shrinkage ?? 0;
  const rows: BacktestPlaceRow[] = [];
  const paths = new Map<string, Map<number, Float64Array>>();
  history.forEach((p, i) => {
    const own = residualRates(p);
    // Small places' rates are noisy: shrink them toward the larger area's, by weight
    // exposure / (exposure + k).
    const rates = own.rates.map((r, g) => {
      if (!area || k <= 0) return r;
      const w = own.exposure[g] / (own.exposure[g] + k);
      return w * r + (1 - w) * area[g];
    });
    const place = placeAt(p, o.baseYear);
    const outRates = new Float64Array(GRID_SIZE);
    migBands.forEach((band, g) => {
      for (let sex = 0; sex < 2; sex++)
        for (let a = band.from; a <= band.to; a++) outRates[sex * N_AGES + a] = !oldAgeMigration && a >= oldFrom ? 0 : -rates[g];
    });
    const byAgeOwn = byAge?.rates.get(p.region);
    if (byAgeOwn) for (let sex = 0; sex < 2; sex++) for (let a = 1; a < byAge!.top; a++) outRates[sex * N_AGES + a] = -byAgeOwn[a];
    const proj = projectAlternative(national, { ...place, outMigrationRates: outRates }, target);
    const path = new Map<number, Float64Array>();
    for (let y = o.baseYear + 1; y <= target; y++) path.set(y, toScore(aggregateBands(projectionYear(proj, y), o.bands)));
    paths.set(p.region, path);
    const got = path.get(target)!;
    const obs = toScore(o.history[i].totals.get(target)!);
    const pub = o.published?.get(p.region)?.get(target) ?? null;
    const lo = o.publishedInterval?.low.get(p.region)?.get(target) ?? null;
    const hi = o.publishedInterval?.high.get(p.region)?.get(target) ?? null;
    const add = (band: string, observed: number, engine: number, ssb: number | null, low: number | null, high: number | null) =>
      rows.push({
        region: p.region,
        name: p.name,
        band,
        observed,
        engine,
        ssb,
        engineError: (engine - observed) / observed,
        ssbError: ssb === null ? null : (ssb - observed) / observed,
        ssbLow: low === null || high === null ? null : Math.min(low, high),
        ssbHigh: low === null || high === null ? null : Math.max(low, high),
      });
    scoreBands.forEach((band, b) => add(band.label, obs[b], got[b], pub ? pub[b] : null, lo ? lo[b] : null, hi ? hi[b] : null));
    const sum = (v: ArrayLike<number>) => {
      let s = 0;
      for (let j = 0; j < v.length; j++) s += v[j];
      return s;
    };
    add("Total", sum(obs), sum(got), pub ? sum(pub) : null, lo ? sum(lo) : null, hi ? sum(hi) : null);
  });
  const bandLabels = [...scoreBands.map((b) => b.label), "Total"];
  const summary = bandLabels.map((band) => {
    const rs = rows.filter((r) => r.band === band);
    const ssb = rs.filter((r) => r.ssbError !== null).map((r) => r.ssbError as number);
    const within = rs.filter((r) => r.ssbLow !== null && r.ssbHigh !== null).map((r) => (r.observed >= r.ssbLow! && r.observed <= r.ssbHigh! ? 1 : 0));
    return {
      band,
      engineMape: mean(rs.map((r) => Math.abs(r.engineError))),
      engineBias: mean(rs.map((r) => r.engineError)),
      ssbMape: ssb.length ? mean(ssb.map(Math.abs)) : null,
      ssbBias: ssb.length ? mean(ssb) : null,
      ssbCoverage: within.length ? mean(within) : null,
    };
  });
  return {
    baseYear: o.baseYear,
    targetYear: target,
    window,
    scoreBands,
    paths,
    rows,
    summary,
    areaHazardRatio: hazard ? hazard[0] : null,
    areaFertilityFactor: fertilityFactor === 1 ? null : fertilityFactor,
    localFertility,
    localMortality,
    moves: byAge,
  };
}

/**
 * The net migration rates by single age from the moves of the years `from` … `before` − 1
 * (movesRates), for the places of `history` that have moves in every one of those years the
 * file holds; null when the moves have no such year. Each year's top age (the oldest published,
 * 70 up to 2021 and 99 from 2022 in SSB's file) is left out; ages without a row are no moves.
 * `population(place, year)` gives the place's grid on 1 January (both sexes are summed).
 */
function ratesFromMoves(
  moves: readonly MovesByAge[],
  history: readonly PlaceHistory[],
  from: number,
  before: number,
  population: (p: PlaceHistory, year: number) => Float64Array,
  bands: readonly AgeBand[],
): ({ years: number[] } & MovesRates) | null {
  const usable = moves.filter((m) => m.year >= from && m.year < before);
  const years = [...new Set(usable.map((m) => m.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const top = topAges(usable);
  const places: PlaceMoves[] = [];
  for (const p of history) {
    if (years.some((y) => !usable.some((m) => m.region === p.region && m.year === y))) continue;
    const ys = placeYearMoves(usable, p.region, years, top);
    const exposure = new Map(
      years.map((y) => {
        const g = population(p, y);
        return [y, Float64Array.from({ length: N_AGES }, (_, a) => g[a] + g[N_AGES + a])] as const;
      }),
    );
    places.push({ region: p.region, years: ys, exposure });
  }
  if (places.length === 0) return null;
  return { years, ...movesRates(places, bands) };
}

/**
 * The coarsest common refinement of two sets of groups that cover the same ages: the
 * groups whose edges both have. SSB's groups of 2014 on (…, 20-44, 45-66, …) and of 2012
 * and before (…, 20-66, …) give …, 20-66, ….
 *
 * @example commonBands(parseBands("0,1-5,20-44,45-66,67+"), parseBands("0,1-5,20-66,67+")).map((b) => b.label) // ["0", "1-5", "20-66", "67+"]
 */
export function commonBands(a: readonly AgeBand[], b: readonly AgeBand[]): AgeBand[] {
  const top = (x: readonly AgeBand[]) => x[x.length - 1];
  if (a[0]?.from !== b[0]?.from || top(a).to !== top(b).to || top(a).open !== top(b).open) {
    throw new InputError(
      `age groups: expected two sets of groups over the same ages, got ${a.map((x) => x.label).join(",")} and ${b.map((x) => x.label).join(",")}`,
    );
  }
  const edges = a.map((x) => x.from).filter((e) => b.some((y) => y.from === e));
  return edges.map((from, i) => {
    const next = edges[i + 1];
    if (next === undefined) return { ...top(a), label: top(a).open ? `${from}+` : `${from}-${top(a).to}`, from };
    const to = next - 1;
    return { label: from === to ? `${from}` : `${from}-${to}`, from, to, open: false };
  });
}

/**
 * Where the reconstruction of single years begins by default: 67 (or the first group edge
 * from 60 up) — old age, where cohorts are nearly closed; 0 (every age) when the groups
 * have no such edge.
 */
export function defaultReconstructFrom(bands: readonly AgeBand[]): number {
  return bands.find((b) => b.from >= 60 && b.from <= 70)?.from ?? 0;
}

/**
 * The default migration bands of a back-test: 0-5, 6-19, 20-44 and 45+ (small children
 * with their young parents, school children leaving at 16-19 with theirs, young adults, the
 * rest), using only the edges the history's bands have. The 0-5 edge was chosen by
 * leave-one-place-out cross-validation over places and base years 2016 and 2020 (five of six
 * held-out places chose it over 0-19, 20-44, 45+).
 */
export function defaultMigrationBands(bands: readonly AgeBand[]): AgeBand[] {
  const edges = [0, ...[6, 20, 45].filter((e) => bands.some((b) => b.from === e))];
  return edges.map((from, i) => {
    const next = edges[i + 1];
    return next === undefined ? { label: `${from}+`, from, to: OPEN_AGE, open: true } : { label: `${from}-${next - 1}`, from, to: next - 1, open: false };
  });
}
