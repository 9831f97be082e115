import { bandPopulationFromTable, type BandPopulation } from "../coverage/population";
import { projectCoverage } from "../coverage/project";
import { ALTERNATIVE_0, type CoverageRow } from "../coverage/types";
import { COUNCIL_SUMMARY_KEYS, councilSummary, type CouncilSummaryKey } from "../housing/council-summary";
import { projectStaircase } from "../housing/staircase";
import type { StaircaseResult } from "../housing/types";
import { InputError } from "../errors";
import type { CoverageHousingScenario } from "../io/coverage-housing-scenario";
import { loadMortalityBase } from "../io/defaults";
import type { NationalAssumptions } from "../population/assumptions";
import { aggregateBands, parseBands, type AgeBand } from "../population/bands";
import type { MortalityBase, PlaceModel } from "../population/model";
import type { Projection } from "../population/project";
import type { Rng } from "../random/rng";
import { rngStream } from "../random/streams";
import { runPopulationScenario } from "../run/population";
import { betaQuantiles, drawProfile, intervalFromU, parameterStream, rateShapes, type Interval, type UncertaintySettings } from "./parameters";
import {
  bandTotals, constantDeviations, drawDeviations, inputBounds, projectDraw,
  type PopulationDeviations, type StochasticPopulationInput,
} from "./population";
import { percentiles, type Percentiles } from "./quantile";
import { betaDraw, centralZ } from "./sampling";

/** Figures a replicate reports: the council summary's keys and the coverage totals of alternativ 0. */
export const FIGURE_KEYS = [...COUNCIL_SUMMARY_KEYS, "coverage_arsverk_today", "coverage_cost_today"] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Norwegian labels and units of the two coverage figures (the council summary has its own). */
export const COVERAGE_FIGURES: Record<"coverage_arsverk_today" | "coverage_cost_today", { label: string; unit: string }> = {
  coverage_arsverk_today: { label: "Årsverk i tjenestene i målåret med dagens dekningsgrader", unit: "årsverk" },
  coverage_cost_today: { label: "Kostnad i tjenestene i målåret med dagens dekningsgrader", unit: "mill. kr" },
};

/** One full parameter set of a replicate. Absent parts are at the scenario's values. */
export interface ParameterSet {
  deviations: PopulationDeviations;
  unitCosts: Record<string, number>;
  arsverkPerUnit: Record<string, number>;
  /** service id → band → rate. */
  coverageRates: Record<string, Record<string, number>>;
  /** Today's housing profile: band → step → share (null: the scenario's). */
  todayProfile: Record<string, Record<string, number>> | null;
  /** Values of the declared alternative-profile intervals, in order. */
  alternativeShares: number[];
}

/** A scenario prepared for replicates: the calibrated place, settings and base-year populations. */
export interface UncertaintySetup {
  scenario: CoverageHousingScenario;
  settings: UncertaintySettings;
  population: StochasticPopulationInput;
  bands: AgeBand[];
  targetYear: number;
  baseYear: number;
  /** Residents per band in the base year (the counts behind rates and shares). */
  baseResidents: Record<string, number>;
  /** Today's coverage rate per service and band (from counts ÷ residents or as given). */
  rates: Record<string, Record<string, number>>;
}

/**
 * Prepares a scenario for uncertainty runs: projects (and calibrates) the population once
 * under the alternative (default the scenario's first), keeps the calibrated place, and
 * reads today's rates. Reads the population files (it lives at the edge, like
 * runCoverageHousingScenario). The target year is the housing path's (or `targetYear`).
 */
export function prepareUncertainty(scenario: CoverageHousingScenario, settings: UncertaintySettings, options: { alternative?: string; targetYear?: number } = {}): UncertaintySetup {
  if (!scenario.housing) throw new InputError(`${scenario.file}: housing: expected a housing part for the council summary, got none`);
  const alternative = options.alternative ?? scenario.population.alternatives[0];
  const targetYear = options.targetYear ?? scenario.housing.targetYear ?? scenario.housing.path.targetYear;
  const endYear = Math.max(targetYear, scenario.housing.path.targetYear);
  const job = runPopulationScenario({ ...scenario.population, alternatives: [alternative], endYear }, scenario.baseDir, `${scenario.file}: population`);
  return prepareUncertaintyOn(scenario, settings, { place: job.run.place, assumptions: job.assumptions, mortality: loadMortalityBase(), alternative, endYear, targetYear });
}

/**
 * As prepareUncertainty, on a place already built and calibrated (e.g. by a whole run, so
 * that the replicates vary around the very place the run projected): the draws run from
 * the place's base year to `endYear` (at least the target year), around `alternative`.
 * Pure: reads no files.
 */
export function prepareUncertaintyOn(
  scenario: CoverageHousingScenario,
  settings: UncertaintySettings,
  o: { place: PlaceModel; assumptions: NationalAssumptions; mortality: MortalityBase; alternative: string; endYear: number; targetYear: number },
): UncertaintySetup {
  if (!scenario.housing) throw new InputError(`${scenario.file}: housing: expected a housing part for the council summary, got none`);
  if (!(o.endYear >= o.targetYear)) throw new InputError(`prepareUncertaintyOn requires an end year at or after the target year ${o.targetYear}, got ${o.endYear}`);
  const bands = parseBands(scenario.population.bands, `${scenario.file}: coverage and housing bands`);
  const population: StochasticPopulationInput = { place: o.place, assumptions: o.assumptions, mortality: o.mortality, alternative: o.alternative, endYear: o.endYear, uncertainty: settings.population };
  inputBounds(population); // checks the population settings once, before any replicate
  const baseYear = population.place.baseYear;
  const base = aggregateBands(population.place.base, bands, "both");
  const baseResidents: Record<string, number> = {};
  bands.forEach((b, k) => (baseResidents[b.label] = base[k]));
  const rates: Record<string, Record<string, number>> = {};
  for (const s of scenario.coverage?.services ?? []) {
    const r: Record<string, number> = {};
    if (s.counts) for (const [band, c] of Object.entries(s.counts)) r[band] = c / (baseResidents[band] ?? NaN);
    else for (const [band, v] of Object.entries(s.rates ?? {})) r[band] = v;
    rates[s.id] = r;
  }
  return { scenario, settings, population, bands, targetYear: o.targetYear, baseYear, baseResidents, rates };
}

function years(setup: UncertaintySetup): number {
  return setup.population.endYear - setup.baseYear + 1;
}

/** The scenario's own values: every deviation 0, every parameter central. */
export function centralParameters(setup: UncertaintySetup): ParameterSet {
  const s = setup.settings;
  const c = (r: Record<string, Interval>) => Object.fromEntries(Object.entries(r).map(([k, i]) => [k, i.central]));
  return {
    deviations: constantDeviations(years(setup), {}),
    unitCosts: c(s.unitCosts),
    arsverkPerUnit: c(s.arsverkPerUnit),
    coverageRates: setup.rates,
    todayProfile: null,
    alternativeShares: s.alternativeShares.map((a) => a.central),
  };
}

function residentsBehind(setup: UncertaintySetup, serviceId: string | null, band: string): number {
  if (serviceId !== null && setup.settings.coverageRates.sampleSize[serviceId] !== undefined) return setup.settings.coverageRates.sampleSize[serviceId];
  if (serviceId === null && setup.settings.profileShares.sampleSize !== undefined) return setup.settings.profileShares.sampleSize;
  return setup.baseResidents[band];
}

/**
 * One full parameter set drawn from `rng` (replicate i: rngStream(seed, i)): first the
 * population's four AR(1) deviation series (4n normals), then one uniform as the base of
 * every parameter's own sub-stream (rngStream(base, hash(id))), so a baseline and a
 * variant that share a parameter id draw the same value for it (common random numbers).
 */
export function drawParameters(setup: UncertaintySetup, rng: Rng): ParameterSet {
  const s = setup.settings;
  const deviations = drawDeviations(rng, years(setup), s.population);
  const base = Math.floor(rng() * 4294967296);
  const one = (id: string) => parameterStream(base, id)();
  const unitCosts: Record<string, number> = {};
  for (const [id, i] of Object.entries(s.unitCosts)) unitCosts[id] = intervalFromU(i, one(`unitCost:${id}`));
  const arsverkPerUnit: Record<string, number> = {};
  for (const [id, i] of Object.entries(s.arsverkPerUnit)) arsverkPerUnit[id] = intervalFromU(i, one(`arsverk:${id}`));
  let coverageRates = setup.rates;
  if (!s.coverageRates.off) {
    coverageRates = {};
    for (const [id, bands] of Object.entries(setup.rates)) {
      const r = parameterStream(base, `rate:${id}`);
      coverageRates[id] = {};
      for (const [band, v] of Object.entries(bands)) {
        const [a, b] = rateShapes(v, residentsBehind(setup, id, band), `${setup.scenario.file}: coverage rate of "${id}" in ${band}`);
        coverageRates[id][band] = betaDraw(r, a, b);
      }
    }
  }
  const h = setup.scenario.housing!;
  const todayProfile = s.profileShares.off ? null : drawProfile(parameterStream(base, "profile:today"), h.profiles.today, h.steps.map((x) => x.id), (band) => residentsBehind(setup, null, band));
  const alternativeShares = s.alternativeShares.map((a, k) => intervalFromU(a, one(`alternativeShare:${k}:${a.band}:${a.step}`)));
  return { deviations, unitCosts, arsverkPerUnit, coverageRates, todayProfile, alternativeShares };
}

/** The alternative profile for a drawn today's profile: each band keeps its planned change (alternative − today), clamped at 0 and renormalised. */
function alternativeProfile(setup: UncertaintySetup, p: ParameterSet): Record<string, Record<string, number>> {
  const h = setup.scenario.housing!;
  const out: Record<string, Record<string, number>> = {};
  for (const [band, alt] of Object.entries(h.profiles.alternative)) {
    const row: Record<string, number> = { ...alt };
    if (p.todayProfile && h.profiles.today[band]) {
      let sum = 0;
      for (const st of h.steps) {
        const v = Math.max(0, (p.todayProfile[band][st.id] ?? 0) + (alt[st.id] ?? 0) - (h.profiles.today[band][st.id] ?? 0));
        row[st.id] = v;
        sum += v;
      }
      for (const st of h.steps) row[st.id] /= sum;
    }
    out[band] = row;
  }
  setup.settings.alternativeShares.forEach((a, k) => {
    const row = out[a.band];
    const delta = p.alternativeShares[k] - a.central;
    row[a.step] = (row[a.step] ?? 0) + delta;
    row[a.absorbedBy] = Math.max(0, (row[a.absorbedBy] ?? 0) - delta);
  });
  return out;
}

/** The scenario's coverage and housing parts with a parameter set applied. */
export function applyParameters(setup: UncertaintySetup, p: ParameterSet): CoverageHousingScenario {
  const sc = setup.scenario;
  const coverage = sc.coverage && {
    ...sc.coverage,
    endYear: setup.targetYear,
    alternatives: [],
    services: sc.coverage.services.map((s) => ({
      ...s,
      counts: undefined,
      rates: p.coverageRates[s.id],
      arsverkPerUnit: p.arsverkPerUnit[s.id] ?? s.arsverkPerUnit,
      unitCost: { ...s.unitCost, value: p.unitCosts[s.id] ?? s.unitCost.value },
    })),
  };
  const h = sc.housing!;
  const housing = {
    ...h,
    endYear: setup.targetYear,
    normaliseShares: h.normaliseShares || p.todayProfile !== null || setup.settings.alternativeShares.length > 0,
    steps: h.steps.map((s) => ({ ...s, arsverkPerUnit: p.arsverkPerUnit[s.id] ?? s.arsverkPerUnit, costPerUnit: { ...s.costPerUnit, value: p.unitCosts[s.id] ?? s.costPerUnit.value } })),
    profiles: { today: p.todayProfile ?? h.profiles.today, alternative: alternativeProfile(setup, p) },
  };
  return { ...sc, coverage, housing };
}

/** Band totals of a projected draw in the coverage-and-housing bands, as a BandPopulation. */
export function drawBandPopulation(setup: UncertaintySetup, projection: Projection): BandPopulation {
  const totals = bandTotals(projection, setup.bands);
  const table: Record<number, Record<string, number>> = {};
  totals.forEach((row, t) => {
    table[setup.baseYear + t] = Object.fromEntries(setup.bands.map((b, k) => [b.label, row[k]]));
  });
  return bandPopulationFromTable(table);
}

function bandPopulation(setup: UncertaintySetup, p: ParameterSet): BandPopulation {
  return drawBandPopulation(setup, projectDraw(setup.population, p.deviations));
}

/** What one parameter set gives: every figure, and the housing and coverage (alternativ 0) projections to the target year behind them. */
export interface Evaluation {
  figures: Record<FigureKey, number>;
  housing: StaircaseResult;
  /** Coverage rows of alternativ 0 (null without a coverage part). */
  coverage: CoverageRow[] | null;
}

/**
 * Runs one parameter set on a population already drawn (`pop`, in the setup's bands):
 * coverage (alternativ 0) → housing → council summary (unrounded) in the target year.
 */
export function evaluateOn(setup: UncertaintySetup, p: ParameterSet, pop: BandPopulation): Evaluation {
  const sc = applyParameters(setup, p);
  const out = {} as Record<FigureKey, number>;
  const housing = projectStaircase(sc.housing!, pop, `${sc.file}: housing`);
  const summary = councilSummary(housing, { targetYear: setup.targetYear, round: false });
  for (const r of summary.rows) out[r.key as CouncilSummaryKey] = r.value;
  let arsverk = 0;
  let cost = 0;
  let coverage: CoverageRow[] | null = null;
  if (sc.coverage) {
    coverage = projectCoverage(sc.coverage, pop, `${sc.file}: coverage`);
    for (const r of coverage) {
      if (r.scenario !== ALTERNATIVE_0 || r.year !== setup.targetYear) continue;
      if (r.measure === "arsverk") arsverk += r.value;
      else if (r.measure === "cost") cost += r.value / 1e6;
    }
  }
  out.coverage_arsverk_today = arsverk;
  out.coverage_cost_today = cost;
  return { figures: out, housing, coverage };
}

/**
 * Runs one parameter set: population → coverage (alternativ 0) → housing → council
 * summary (unrounded) in the target year. Returns every figure of FIGURE_KEYS (årsverk,
 * mill. kr of the price year, units, shares as fractions).
 */
export function evaluate(setup: UncertaintySetup, p: ParameterSet): Record<FigureKey, number> {
  return evaluateOn(setup, p, bandPopulation(setup, p)).figures;
}

/** Replicates of a scenario: every figure per replicate and its percentiles with Monte Carlo standard errors. */
export interface UncertaintyResult {
  seed: number;
  replicates: number;
  level: number;
  targetYear: number;
  /** figures[key][i]: replicate i's value. */
  figures: Record<FigureKey, Float64Array>;
  parameters: ParameterSet[];
  summary: Record<FigureKey, Percentiles>;
  /** The scenario's own values (every input central). */
  central: Record<FigureKey, number>;
}

/**
 * N replicates, replicate i drawing its whole parameter set from rngStream(seed, i) and
 * running population → coverage → housing → council summary. Single-threaded: the result
 * depends only on (seed, i). The percentiles are at the settings' level (P10/P50/P90 at
 * 0.8) with their Monte Carlo standard errors (noise from N, kept apart from the spread).
 */
export function runUncertainty(setup: UncertaintySetup, options: { replicates?: number; seed?: number } = {}): UncertaintyResult {
  const n = options.replicates ?? setup.settings.replicates;
  const seed = options.seed ?? setup.settings.seed;
  if (!(Number.isInteger(n) && n >= 2)) throw new InputError(`uncertainty.replicates: expected a whole number of at least 2, got ${n}`);
  const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, new Float64Array(n)])) as Record<FigureKey, Float64Array>;
  const parameters: ParameterSet[] = [];
  for (let i = 0; i < n; i++) {
    const p = drawParameters(setup, rngStream(seed, i));
    parameters.push(p);
    const f = evaluate(setup, p);
    for (const k of FIGURE_KEYS) figures[k][i] = f[k];
  }
  const summary = Object.fromEntries(FIGURE_KEYS.map((k) => [k, percentiles(figures[k], setup.settings.level)])) as Record<FigureKey, Percentiles>;
  return { seed, replicates: n, level: setup.settings.level, targetYear: setup.targetYear, figures, parameters, summary, central: evaluate(setup, centralParameters(setup)) };
}

/**
 * Differences variant − baseline per replicate and their percentiles. With common random
 * numbers (the default) both use the same seed, so replicate i of each shares its draws;
 * `independentSeed` gives the variant its own seed instead (for comparison).
 */
export function compareUncertainty(baseline: UncertaintyResult, variant: UncertaintyResult): Record<FigureKey, Percentiles> {
  if (baseline.replicates !== variant.replicates) throw new InputError(`compareUncertainty requires the same number of replicates, got ${baseline.replicates} and ${variant.replicates}`);
  const out = {} as Record<FigureKey, Percentiles>;
  for (const k of FIGURE_KEYS) {
    const d = new Float64Array(baseline.replicates);
    for (let i = 0; i < d.length; i++) d[i] = variant.figures[k][i] - baseline.figures[k][i];
    out[k] = percentiles(d, baseline.level);
  }
  return out;
}

/** The low and high value (the (1 ∓ level)/2 quantiles) of an interval, by inversion. */
export function intervalBounds(i: Interval, level: number): [number, number] {
  return [intervalFromU(i, (1 - level) / 2), intervalFromU(i, (1 + level) / 2)];
}

/** Low and high rates of a Beta posterior (empirical quantiles at (1 ∓ level)/2). */
export function rateBounds(rate: number, n: number, level: number): [number, number] {
  const [a, b] = rateShapes(rate, n, "rate");
  const [lo, hi] = betaQuantiles(a, b, [(1 - level) / 2, (1 + level) / 2]);
  return [lo, hi];
}

/** z of the level: the population's deviations at the tornado's low and high are ∓ z. */
export function levelZ(level: number): number {
  return centralZ(level);
}

/** Norwegian label and unit of every figure (the council summary's own for its keys). */
export function figureInfo(setup: UncertaintySetup): Record<FigureKey, { label: string; unit: string }> {
  const p = centralParameters(setup);
  const sc = applyParameters(setup, p);
  const housing = projectStaircase(sc.housing!, bandPopulation(setup, p), `${sc.file}: housing`);
  const summary = councilSummary(housing, { targetYear: setup.targetYear, round: false });
  const out = { ...COVERAGE_FIGURES } as Record<FigureKey, { label: string; unit: string }>;
  for (const r of summary.rows) out[r.key] = { label: r.label, unit: r.unit };
  out.coverage_cost_today = { ...COVERAGE_FIGURES.coverage_cost_today, unit: `mill. ${summary.priceYear}-kr` };
  return out;
}
