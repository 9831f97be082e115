import { readJson } from "../io/json";
import { InputError } from "../errors";
import { loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { dataPath } from "../root";
import { resolveRegion } from "../io/ssb/regions";
import { requirePlaces, type SsbImportReport } from "../io/ssb/report";
import type { SsbRow } from "../io/ssb/tidy";
import { movesCounts, type MovesRow } from "../io/ssb/moves";
import { backtest, commonBands, type BacktestResult, type PlaceHistory } from "../population/backtest";
import { addSumBand, type Score, type ScoredRow, scoreBy } from "../population/backtest-score";
import {
  type BandValues,
  type CorrectionSettings,
  blendWeight,
  chooseSettings,
  correct,
  crossValidate,
  type Drift,
  fitDrift,
  type PublishedRounds,
  type RegisteredSeries,
  type SsbError,
  ssbErrors,
  trainingErrors,
} from "../population/ssb-correction";
import { parseBand, parseBands, type AgeBand } from "../population/bands";
import type { Path } from "../population/path";

export interface BacktestRunOptions {
  historyFile: string;
  history: SsbRow[];
  /** The import report of the history (its places left out are errors when they are needed). */
  historyReport?: SsbImportReport;
  baseYear: number;
  horizon: number;
  publishedFile?: string;
  published?: SsbRow[];
  /** The import report of the published file (its places left out are errors only when they are needed). */
  publishedReport?: SsbImportReport;
  /** Regions to include (codes, also former ones: "0822" is part of 4020); default every municipality (4-digit code) in the history. */
  regions?: string[];
  window?: number;
  reconstructYears?: number;
  reconstructFrom?: number;
  areaMortality?: boolean;
  areaFertility?: boolean;
  /** Each place's own fertility, shrunk toward the county's by empirical Bayes (default true). */
  localFertility?: boolean;
  /** Each place's own mortality at 80+, shrunk toward the county's by empirical Bayes (default false). */
  localMortality?: boolean;
  /** Migration of the band holding 80+ applied also at 80+ (default true; see BacktestOptions). */
  oldAgeMigration?: boolean;
  trendDamping?: number;
  /** Coarser bands for the migration estimate, e.g. "0-19,20-44,45-79,80+". */
  migrationBands?: string;
  /**
   * Shrink each place's migration rates toward its county's (a 2-digit region of the
   * history) with this many person-years (default 10 000; 0: none).
   */
  shrinkage?: number;
  /**
   * SSB's moves by single age (readMovesByAge, on the same borders as the history): where the
   * base year allows (moves of the window's years before it), each place's net migration at
   * the ages they cover is its rate by single age from them (see BacktestOptions.moves).
   */
  moves?: readonly MovesRow[];
  /** The moves file, for notes. */
  movesFile?: string;
}

/** Band totals by region and year from tidy rows (both sexes, or men + women summed). */
function bandTotals(
  rows: SsbRow[],
  file: string,
  what: string,
): { bands: AgeBand[]; byRegion: Map<string, { name: string; totals: Map<number, Float64Array> }> } {
  const usable = rows.filter((r) => r.value !== null);
  const hasBoth = usable.some((r) => r.sex === "both");
  const use = usable.filter((r) => (hasBoth ? r.sex === "both" : true));
  const labels = [
    ...new Map(
      use.map((r) => {
        const b = parseBand(r.age, `${file}: age`);
        return [b.label, b] as const;
      }),
    ).values(),
  ]
    .sort((a, b) => a.from - b.from)
    .filter((b) => !(b.from === 0 && b.open && use.some((r) => parseBand(r.age).label !== "0+")));
  const bands = parseBands(
    labels.map((b) => b.label),
    `${file}: ${what} age groups`,
  );
  const index = new Map(bands.map((b, i) => [b.label, i]));
  const byRegion = new Map<string, { name: string; totals: Map<number, Float64Array> }>();
  for (const r of use) {
    const i = index.get(parseBand(r.age).label);
    if (i === undefined) continue;
    const e = byRegion.get(r.region) ?? { name: r.regionName, totals: new Map() };
    byRegion.set(r.region, e);
    const t = e.totals.get(r.year) ?? new Float64Array(bands.length);
    t[i] += r.value as number;
    e.totals.set(r.year, t);
  }
  return { bands, byRegion };
}

/**
 * Back-tests the engine on registered population (SSB table 07459 in tidy form) and scores
 * SSB's published round for the base year (its MMMM) alike, when given.
 */
export function runBacktest(o: BacktestRunOptions): BacktestResult & { places: string[]; notes: string[] } {
  const registered = o.history.filter((r) => r.alternative === null);
  if (registered.length === 0) {
    throw new InputError(`${o.historyFile}: expected registered population (rows without an alternative), got only projections`);
  }
  const { bands, byRegion } = bandTotals(registered, o.historyFile, "history");
  const notes: string[] = [];
  const regions = o.regions ? [...new Set(o.regions.map((r) => resolveRegion(r, "").code || r))] : [...byRegion.keys()].filter((r) => /^\d{4}$/.test(r)).sort();
  if (o.historyReport) requirePlaces(o.historyReport, o.regions ? regions : o.historyReport.ignored.flatMap((e) => e.targets).filter((t) => /^\d{4}$/.test(t)));
  regions.forEach((r) => {
    if (byRegion.has(r)) return;
    const asked = o.regions?.find((x) => (resolveRegion(x, "").code || x) === r);
    const given = asked !== undefined && asked !== r ? `--regions "${asked}", today's ${r}` : `region "${r}"`;
    throw new InputError(
      `${o.historyFile}: ${given}: expected a place of the history (${[...byRegion.keys()].join(", ")}), got a place the history has no rows for`,
    );
  });
  if (regions.length === 0)
    throw new InputError(`${o.historyFile}: expected municipalities (4-digit codes) in the history, got ${[...byRegion.keys()].join(", ") || "none"}`);
  const history: PlaceHistory[] = regions.map((r) => ({ region: r, name: byRegion.get(r)!.name, totals: byRegion.get(r)!.totals }));

  let published: Map<string, Map<number, Float64Array>> | undefined;
  let publishedInterval: { low: Map<string, Map<number, Float64Array>>; high: Map<string, Map<number, Float64Array>> } | undefined;
  let scoreBands = bands;
  if (o.published) {
    const file = o.publishedFile ?? "published";
    if (o.publishedReport) requirePlaces(o.publishedReport, regions);
    const rounds = [...new Set(o.published.filter((r) => r.alternative !== null).map((r) => r.round))];
    const mine = o.published.filter((r) => r.alternative === "MMMM" && (r.round === o.baseYear || (r.round === null && rounds.length <= 1)));
    if (mine.length === 0) {
      throw new InputError(
        `${file}: expected SSB's MMMM from the ${o.baseYear} round, got rounds ${rounds.join(", ") || "none"} and alternatives ${[...new Set(o.published.map((r) => r.alternative))].join(", ")}`,
      );
    }
    const pub = bandTotals(mine, file, "published");
    // Score in the groups both files have (SSB's rounds up to 2012 have 20-66 where the history has 20-44 and 45-66).
    scoreBands = commonBands(bands, pub.bands);
    if (scoreBands.length < bands.length) notes.push(`Aldersgruppene er slått sammen til dem begge filene har: ${scoreBands.map((b) => b.label).join(", ")}.`);
    const outside: string[] = [];
    /** One alternative of the round, by region, year and score band, for the chosen regions. */
    const alternative = (t: ReturnType<typeof bandTotals>): Map<string, Map<number, Float64Array>> => {
      const index = t.bands.map((b) => scoreBands.findIndex((x) => b.from >= x.from && b.to <= x.to));
      if (index.some((i) => i < 0)) {
        throw new InputError(
          `${file}: age groups: expected groups that can be summed to ${scoreBands.map((b) => b.label).join(",")}, got ${t.bands.map((b) => b.label).join(",")}`,
        );
      }
      const out = new Map<string, Map<number, Float64Array>>();
      for (const [region, e] of t.byRegion) {
        if (!regions.includes(region)) continue;
        const totals = new Map<number, Float64Array>();
        for (const [year, v] of e.totals) {
          const x = new Float64Array(scoreBands.length);
          v.forEach((y, i) => {
            x[index[i]] += y;
          });
          totals.set(year, x);
        }
        out.set(region, totals);
      }
      return out;
    };
    published = alternative(pub);
    for (const [region, e] of pub.byRegion) if (!regions.includes(region)) outside.push(`${region} ${e.name}`);
    const sameRound = (r: SsbRow) => r.round === mine[0].round;
    const low = o.published.filter((r) => r.alternative === "LLML" && sameRound(r));
    const high = o.published.filter((r) => r.alternative === "HHMH" && sameRound(r));
    if (low.length && high.length) {
      publishedInterval = { low: alternative(bandTotals(low, file, "published")), high: alternative(bandTotals(high, file, "published")) };
    }
    if (outside.length)
      notes.push(
        `Publisert fil: ${outside.length} ${outside.length === 1 ? "sted" : "steder"} utenfor tilbaketesten er lest og utelatt: ${outside.join(", ")}.`,
      );
    for (const e of o.publishedReport?.ignored ?? []) notes.push(`Publisert fil: utelatt ${e.note} (${e.years}).`);
    const missing = regions.filter((r) => !published!.has(r));
    if (missing.length) notes.push(`Publisert fil mangler ${missing.join(", ")}: SSB-kolonnene er tomme for disse.`);
  }
  // The area whose mortality every place shares and toward whose migration rates small
  // places are shrunk: the county of the history (a 2-digit code), else the places together.
  const county = [...byRegion.keys()].find((r) => /^\d{2}$/.test(r));
  const shrinkage = o.shrinkage ?? 10_000;
  const area: PlaceHistory = county
    ? { region: county, name: byRegion.get(county)!.name, totals: byRegion.get(county)!.totals }
    : { region: "sum", name: "stedene samlet", totals: sumTotals(history) };
  const a = loadNationalAssumptions();
  const hist = readJson(dataPath("ssb-history.json")) as {
    totalFertility: Path;
    lifeExpectancy: { male: Path; female: Path };
  };
  const result = backtest({
    bands,
    history,
    baseYear: o.baseYear,
    horizon: o.horizon,
    window: o.window,
    published,
    publishedInterval,
    scoreBands,
    file: o.historyFile,
    reconstructYears: o.reconstructYears,
    reconstructFrom: o.reconstructFrom,
    areaMortality: o.areaMortality,
    areaFertility: o.areaFertility,
    localFertility: o.localFertility,
    localMortality: o.localMortality,
    oldAgeMigration: o.oldAgeMigration,
    trendDamping: o.trendDamping,
    migrationBands: o.migrationBands ? parseBands(o.migrationBands, "migration bands") : undefined,
    area,
    shrinkage,
    moves: o.moves ? movesCounts(o.moves) : undefined,
    national: {
      lifeExpectancy: hist.lifeExpectancy,
      totalFertility: hist.totalFertility,
      mortality: loadMortalityBase(),
      sexRatioAtBirth: a.sexRatioAtBirth,
      fertilitySchedule: a.fertilitySchedule,
    },
  });
  if (o.window !== undefined && result.window < o.window) notes.push(`Historikken gir bare ${result.window} år før basisåret (valgt vindu: ${o.window}).`);
  if (o.moves) {
    const file = o.movesFile ?? "flyttefila";
    if (!result.moves) notes.push(`Flytting etter alder (${file}): ingen år før ${o.baseYear} i vinduet; nettoflyttingen er beregnet fra aldersgruppene.`);
    else {
      const without = history.filter((p) => !result.moves!.rates.has(p.region)).map((p) => `${p.region} ${p.name}`);
      if (without.length) notes.push(`Flytting etter alder (${file}) mangler for ${without.join(", ")}: nettoflyttingen der er beregnet fra aldersgruppene.`);
    }
  }
  return { ...result, places: history.map((p) => `${p.region} ${p.name}`), notes };
}

/** Band totals of several places summed, for the years all of them have. */
function sumTotals(places: PlaceHistory[]): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const [year, t] of places[0].totals) {
    if (!places.every((p) => p.totals.has(year))) continue;
    const sum = new Float64Array(t.length);
    for (const p of places)
      p.totals.get(year)!.forEach((v, i) => {
        sum[i] += v;
      });
    out.set(year, sum);
  }
  return out;
}

/** A published SSB file for back-tests: its rows and import report. */
export interface PublishedFile {
  file: string;
  rows: SsbRow[];
  report?: SsbImportReport;
}

export interface BacktestsRunOptions extends Omit<BacktestRunOptions, "baseYear" | "horizon" | "publishedFile" | "published" | "publishedReport"> {
  /** Base years, each back-tested on its own (e.g. 2016 and 2020). */
  baseYears: number[];
  /** Years ahead (the same for every base year); default: to the newest registered year. */
  horizon?: number;
  /** SSB's rounds as published: each base year's round (MMMM) is scored beside the engine. */
  published?: PublishedFile[];
  /**
   * Correct each base year's round by SSB's past errors learned from the earlier rounds
   * among `published` (default true when there are such rounds): the engine's forecast is
   * then the corrected round, the cohort-component projection is reported as `cc`.
   */
  learn?: boolean;
  /**
   * How the correction's settings are chosen from their cross-validated errors: "one-se" (the
   * default) keeps SSB's round unless a correction is more than one standard error better;
   * "min" takes the smallest error.
   */
  correctionRule?: "one-se" | "min";
}

/** What the correction of one base year's round learned, per band. */
export interface CorrectionRun {
  /** The earlier rounds it learned from. */
  rounds: number[];
  bands: Record<
    string,
    {
      settings: CorrectionSettings;
      /** Cross-validated MAPE of the chosen settings (fractions) over the folds known in the base year, and their number of cells. */
      cvMape: number;
      cvCells: number;
      /** The same folds forecast by SSB's rounds unchanged. */
      cvMapeSsb: number;
      /** The smallest cross-validated MAPE of any setting and its standard error (clustered by place and round): a setting is chosen over SSB's round only if it beats SSB's by more than that. */
      cvMapeBest: number;
      cvSe: number;
      /** Drift per year of horizon, pooled over every place (a place's own may differ with the pooling chosen). */
      drift: Drift;
      /** Weight of the cohort-component projection in the blend, pooled over every place (with blend "variance" a place's own may differ with the pooling chosen). */
      blendWeight: number;
    }
  >;
}

/** One base year of runBacktests. */
export interface BacktestRun {
  baseYear: number;
  targetYear: number;
  window: number;
  areaHazardRatio: number | null;
  areaFertilityFactor: number | null;
  /** The file whose round was scored, null without one. */
  publishedFile: string | null;
  places: string[];
  notes: string[];
  /** The correction by SSB's past errors, null when there was none to learn (or no learning). */
  correction: CorrectionRun | null;
  /**
   * What Trappa's figures (`engine`) are: SSB's round corrected by its past errors
   * ("corrected"); SSB's round unchanged when no earlier round's errors were known by the
   * base year ("ssb": nothing to correct by, so the round stands); or the cohort-component
   * projection ("cc": no round of the base year among the files, or `learn: false`).
   */
  forecast: "corrected" | "ssb" | "cc";
  /** The moves by single age read (years and the ages 1 … top − 1 covered), null when none were used. */
  moves: { years: number[]; top: number } | null;
}

export interface BacktestsResult {
  runs: BacktestRun[];
  /** Every place, band and base year (the history's groups as scored, 0-5 and Total). */
  rows: ScoredRow[];
  /** Scores per base year and band, over places. */
  byBand: Array<{ baseYear: number; targetYear: number; band: string } & Score>;
  /** Scores per base year and place, over the age groups (not 0-5 and Total). */
  byPlace: Array<{ baseYear: number; targetYear: number; region: string; name: string } & Score>;
}

/**
 * Back-tests several base years in one go (runBacktest for each), every base year scored
 * against the newest registered year unless a horizon is given, SSB's round of each base year
 * taken from the published files given (a base year without one is scored without SSB),
 * and scores per band (with 0-5 = 0 + 1-5 where the groups allow) and per place.
 *
 * @example runBacktests({ historyFile, history, baseYears: [2016, 2020], published: [r2016, r2020] }).byBand
 */
export function runBacktests(o: BacktestsRunOptions): BacktestsResult {
  const lastRegistered = Math.max(...o.history.filter((r) => r.alternative === null && r.value !== null).map((r) => r.year));
  const runs: BacktestRun[] = [];
  let rows: ScoredRow[] = [];
  const learning = o.learn === false || !o.published?.length ? null : learningData(o, Math.max(...o.baseYears));
  for (const baseYear of o.baseYears) {
    const horizon = o.horizon ?? lastRegistered - baseYear;
    const pub = o.published?.find((f) => f.rows.some((r) => r.alternative === "MMMM" && r.round === baseYear));
    const r = runBacktest({ ...o, baseYear, horizon, publishedFile: pub?.file, published: pub?.rows, publishedReport: pub?.report });
    const notes = r.notes.slice();
    if (o.published?.length && !pub) notes.unshift(`Ingen av de publiserte filene har SSBs runde fra ${baseYear}: bare Trappa er tilbaketestet.`);
    const run: BacktestRun = {
      baseYear,
      targetYear: r.targetYear,
      window: r.window,
      areaHazardRatio: r.areaHazardRatio,
      areaFertilityFactor: r.areaFertilityFactor,
      publishedFile: pub?.file ?? null,
      places: r.places,
      notes,
      correction: null,
      forecast: "cc",
      moves: r.moves ? { years: r.moves.years, top: r.moves.top } : null,
    };
    runs.push(run);
    let mine: ScoredRow[] = r.rows.map((x) => ({
      baseYear,
      targetYear: r.targetYear,
      region: x.region,
      name: x.name,
      band: x.band,
      observed: x.observed,
      engine: x.engine,
      engineLow: null,
      engineHigh: null,
      cc: x.engine,
      ssb: x.ssb,
      ssbLow: x.ssbLow,
      ssbHigh: x.ssbHigh,
    }));
    let young = addSumBand(mine, "0-5", ["0", "1-5"]);
    if (learning && pub) {
      const c = correctRound(learning, baseYear, r.targetYear, mine.concat(young), o.correctionRule);
      if (c) {
        run.correction = c.run;
        run.forecast = "corrected";
        mine = mine.map(c.apply);
        young = young.map(c.apply);
      } else {
        // No earlier round's errors known by the base year: nothing to correct by, so SSB's round stands (KK beside it).
        run.forecast = "ssb";
        const asSsb = (x: ScoredRow): ScoredRow => (x.ssb === null ? x : { ...x, engine: x.ssb });
        mine = mine.map(asSsb);
        young = young.map(asSsb);
        notes.push(
          `Ingen tidligere SSB-runde med registrert utfall før ${baseYear} blant filene, så ingen tidligere avvik å rette etter: Trappas tall er SSBs runde uendret, med KK ved siden av (gi SSBs tidligere runder med --published for å lære av avvikene deres).`,
        );
      }
    }
    // per place: its age groups, then 0-5, then the total
    for (const place of r.places.map((p) => p.split(" ")[0])) {
      const of = (xs: ScoredRow[]) => xs.filter((x) => x.region === place);
      rows = rows.concat(
        of(mine).filter((x) => x.band !== "Total"),
        of(young),
        of(mine).filter((x) => x.band === "Total"),
      );
    }
  }
  const byBand = scoreBy(rows, (r) => `${r.baseYear}|${r.band}`).map(({ key, ...s }) => {
    const [b, band] = key.split("|");
    const run = runs.find((x) => x.baseYear === Number(b))!;
    return { baseYear: run.baseYear, targetYear: run.targetYear, band, ...s };
  });
  const ages = rows.filter((r) => r.band !== "Total" && r.band !== "0-5");
  const byPlace = scoreBy(ages, (r) => `${r.baseYear}|${r.region}`).map(({ key, ...s }) => {
    const [b, region] = key.split("|");
    const run = runs.find((x) => x.baseYear === Number(b))!;
    return { baseYear: run.baseYear, targetYear: run.targetYear, region, name: ages.find((r) => r.region === region)!.name, ...s };
  });
  return { runs, rows, byBand, byPlace };
}

/** Registered figures and SSB's rounds by band label, for learning SSB's errors. */
export interface Learning {
  registered: RegisteredSeries;
  rounds: PublishedRounds;
  /** The cohort-component projection from each round's base year (the same method and options), by band label. */
  cc: PublishedRounds;
}

/** Values of the labels that can be formed from the groups (a label's ends must be group ends). */
function valuesByLabel(groups: readonly AgeBand[], v: ArrayLike<number>, labels: ReadonlyArray<{ label: string; band: AgeBand }>): BandValues {
  const out = new Map<string, number>();
  for (const { label, band } of labels) {
    const inside = groups.map((g, i) => (g.from >= band.from && g.to <= band.to ? i : -1)).filter((i) => i >= 0);
    const covered = inside.reduce((n, i) => n + (groups[i].to - groups[i].from + 1), 0);
    if (inside.length === 0 || covered !== band.to - band.from + 1) continue;
    out.set(
      label,
      inside.reduce((x, i) => x + v[i], 0),
    );
  }
  return out;
}

/** The history's places and every published round's MMMM for them, by band label (the history's groups, 0-5, Total). */
/**
 * What runBacktests learns SSB's errors from: the history's places registered and every
 * published round's MMMM for them, and the cohort-component projection from each of those
 * rounds' base years before `before` (each knowing only its own base year), all by band label
 * (the history's groups, 0-5, 20-66, Total).
 */
export function learningData(o: BacktestsRunOptions, before: number): Learning {
  const registered = o.history.filter((r) => r.alternative === null);
  const hist = bandTotals(registered, o.historyFile, "history");
  const regions = o.regions ? [...new Set(o.regions.map((r) => resolveRegion(r, "").code || r))] : [...hist.byRegion.keys()].filter((r) => /^\d{4}$/.test(r));
  const labels = [
    ...hist.bands.map((b) => ({ label: b.label, band: b })),
    { label: "0-5", band: parseBand("0-5") },
    { label: "20-66", band: parseBand("20-66") },
    { label: "Total", band: parseBand("0+") },
  ];
  const series = new Map<string, Map<number, BandValues>>();
  for (const region of regions) {
    const e = hist.byRegion.get(region);
    if (!e) continue;
    series.set(region, new Map([...e.totals].map(([y, v]) => [y, valuesByLabel(hist.bands, v, labels)])));
  }
  const rounds = new Map<number, Map<string, Map<number, BandValues>>>();
  for (const f of o.published ?? []) {
    for (const round of new Set(f.rows.filter((r) => r.alternative === "MMMM" && r.round !== null).map((r) => r.round as number))) {
      if (rounds.has(round)) continue;
      const t = bandTotals(
        f.rows.filter((r) => r.alternative === "MMMM" && r.round === round),
        f.file,
        "published",
      );
      const places = new Map<string, Map<number, BandValues>>();
      for (const region of regions) {
        const e = t.byRegion.get(region);
        if (e) places.set(region, new Map([...e.totals].map(([y, v]) => [y, valuesByLabel(t.bands, v, labels)])));
      }
      rounds.set(round, places);
    }
  }
  const firstYear = Math.min(...registered.map((r) => r.year));
  const cc = new Map<number, Map<string, Map<number, BandValues>>>();
  for (const round of rounds.keys()) {
    if (round >= before || round - 1 < firstYear) continue;
    const r = runBacktest({ ...o, baseYear: round, horizon: before - round, published: undefined, publishedFile: undefined, publishedReport: undefined });
    const places = new Map<string, Map<number, BandValues>>();
    for (const [region, path] of r.paths) places.set(region, new Map([...path].map(([y, v]) => [y, valuesByLabel(r.scoreBands, v, labels)])));
    cc.set(round, places);
  }
  return { registered: series, rounds, cc };
}

/**
 * SSB's round of `baseYear` corrected by SSB's errors known in that year (earlier rounds
 * against registered figures up to the base year), with settings chosen by leave-one-out
 * cross-validation over places and rounds on the same knowledge; null when no earlier round
 * has a registered outcome.
 */
function correctRound(
  l: Learning,
  baseYear: number,
  targetYear: number,
  rows: readonly ScoredRow[],
  rule: "one-se" | "min" = "one-se",
): { run: CorrectionRun; apply: (r: ScoredRow) => ScoredRow } | null {
  const known = ssbErrors(l.registered, l.rounds, baseYear, l.cc);
  if (known.length === 0) return null;
  const bands = [...new Set(rows.map((r) => r.band))];
  const chosen = chooseSettings(l.registered, l.rounds, baseYear, bands, l.cc, rule);
  const horizon = targetYear - baseYear;
  const perBand: CorrectionRun["bands"] = {};
  const ssbOnly: CorrectionSettings = { damping: 0, pooling: "all", recentRounds: null, blend: 0 };
  const knownAt = new Map<number, SsbError[]>();
  for (const r of new Set(known.map((e) => e.round))) knownAt.set(r, ssbErrors(l.registered, l.rounds, r, l.cc));
  for (const band of bands) {
    const c = chosen.get(band)!;
    const needCc = known.some((e) => e.band === band && e.ccError !== undefined);
    const pooled = trainingErrors(known, band, "", 0, { ...c.settings, pooling: "all" });
    const drift = fitDrift(pooled, c.settings.damping);
    perBand[band] = {
      settings: c.settings,
      cvMape: c.mape,
      cvCells: c.n,
      cvMapeSsb: crossValidate(known, knownAt, band, ssbOnly, needCc).mape,
      cvMapeBest: c.bestMape,
      cvSe: c.bestSe,
      drift,
      blendWeight: blendWeight(pooled, drift.perYear, c.settings),
    };
  }
  const apply = (r: ScoredRow): ScoredRow => {
    if (r.ssb === null) return r;
    const s = chosen.get(r.band)!.settings;
    const size = l.registered.get(r.region)?.get(baseYear)?.get("Total") ?? 0;
    const c = correct(r.ssb, r.cc, horizon, trainingErrors(known, r.band, r.region, size, s), s);
    return { ...r, engine: c.value, engineLow: c.low, engineHigh: c.high };
  };
  return {
    run: { rounds: [...new Set(known.map((e) => e.round))].sort((a, b) => a - b), bands: perBand },
    apply,
  };
}
