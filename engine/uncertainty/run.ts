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
import { runPopulationScenario } from "../run/population";
import { betaQuantiles, drawProfile, intervalFromU, parameterStream, rateShapes, type Interval, type UncertaintySettings } from "./parameters";
import {
  bandTotals,
  constantDeviations,
  drawDeviations,
  inputBounds,
  projectDraw,
  type PopulationDeviations,
  type StochasticPopulationInput,
} from "./population";
import { betaDraw, centralZ } from "./sampling";
import { centralPathwayFactors, drawPathwayFactors, pathwayFigures, pathwayModel, type PathwayFactors, type PathwayFigures } from "./pathway-figures";
import { scaleUpSeries } from "../pathways/scale-up-population";
import { preparePathways, type PathwaySetup } from "./pathway-setup";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { coverageHousingEndYear } from "../run/coverage-housing";

/** The scale-up's figures: the transition's yearly saving in the target year and its break-even year (with a personas part). */
export const PATHWAY_FIGURE_KEYS = ["scaleup_saving_target_year", "scaleup_break_even_year"] as const;

/** Figures a replicate reports: the council summary's keys, the coverage totals of alternativ 0 and the scale-up's figures. */
export const FIGURE_KEYS = [...COUNCIL_SUMMARY_KEYS, "coverage_arsverk_today", "coverage_cost_today", ...PATHWAY_FIGURE_KEYS] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The figures a setup computes: the scale-up's only with a persona. */
export function figureKeys(setup: Pick<UncertaintySetup, "pathways">): FigureKey[] {
  return FIGURE_KEYS.filter((k) => setup.pathways || !(PATHWAY_FIGURE_KEYS as readonly string[]).includes(k));
}

/** Norwegian labels and units of the scale-up's figures. */
function pathwayFigureInfo(setup: UncertaintySetup): Record<(typeof PATHWAY_FIGURE_KEYS)[number], { label: string; unit: string }> {
  const ps = setup.pathways;
  const name = (id: string) => ps?.persona.pathways.find((x) => x.id === id)?.name ?? id;
  const t = ps ? `${name(ps.transition.to)} for nye tilfeller mot alle i ${name(ps.transition.from).toLowerCase()}` : "overgang";
  return {
    scaleup_saving_target_year: { label: `Årlig innsparing i målåret ved opptrapping (${t})`, unit: ps?.priceYear ? `mill. ${ps.priceYear}-kr` : "mill. kr" },
    scaleup_break_even_year: { label: `Balanseår for opptrappingen (${t}), forventet`, unit: "år" },
  };
}

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
  /** The scale-up's factors (null without a persona). */
  pathways: PathwayFactors | null;
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
  /** The persona's scale-up (null without a personas part). */
  pathways: PathwaySetup | null;
}

/**
 * Prepares a scenario for uncertainty runs: projects (and calibrates) the population once
 * under the alternative (default the scenario's first), keeps the calibrated place, and
 * reads today's rates. Reads the population files (it lives at the edge, like
 * runCoverageHousingScenario). The target year is the housing path's (or `targetYear`).
 */
export function prepareUncertainty(
  scenario: CoverageHousingScenario,
  settings: UncertaintySettings,
  options: { alternative?: string; targetYear?: number; personaFile?: string; pathways?: UncertaintyScenario["pathways"] } = {},
): UncertaintySetup {
  if (!scenario.housing) throw new InputError(`${scenario.file}: housing: expected a housing part for the council summary, got none`);
  const alternative = options.alternative ?? scenario.population.alternatives[0];
  const targetYear = options.targetYear ?? scenario.housing.targetYear ?? scenario.housing.path.targetYear;
  // The same end year as a whole run, so that the place is calibrated alike (the draws do not depend on it).
  const endYear = coverageHousingEndYear(scenario, targetYear);
  const job = runPopulationScenario({ ...scenario.population, alternatives: [alternative], endYear }, scenario.baseDir, `${scenario.file}: population`);
  const base = job.run.place.baseYear;
  const pathways = options.personaFile
    ? preparePathways(options.personaFile, options.pathways, { firstYear: base + 1, lastYear: targetYear, seed: settings.seed })
    : null;
  return prepareUncertaintyOn(scenario, settings, {
    place: job.run.place,
    assumptions: job.assumptions,
    mortality: loadMortalityBase(),
    alternative,
    endYear,
    targetYear,
    pathways,
  });
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
  o: {
    place: PlaceModel;
    assumptions: NationalAssumptions;
    mortality: MortalityBase;
    alternative: string;
    endYear: number;
    targetYear: number;
    pathways?: PathwaySetup | null;
  },
): UncertaintySetup {
  if (!scenario.housing) throw new InputError(`${scenario.file}: housing: expected a housing part for the council summary, got none`);
  if (!(o.endYear >= o.targetYear))
    throw new InputError(`prepareUncertaintyOn requires an end year at or after the target year ${o.targetYear}, got ${o.endYear}`);
  const bands = parseBands(scenario.population.bands, `${scenario.file}: coverage and housing bands`);
  const population: StochasticPopulationInput = {
    place: o.place,
    assumptions: o.assumptions,
    mortality: o.mortality,
    alternative: o.alternative,
    endYear: o.endYear,
    uncertainty: settings.population,
  };
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
  if (o.pathways && !(o.pathways.firstYear > baseYear && o.pathways.lastYear <= o.endYear)) {
    throw new InputError(
      `prepareUncertaintyOn requires the scale-up's years within ${baseYear + 1}–${o.endYear}, got ${o.pathways.firstYear}–${o.pathways.lastYear}`,
    );
  }
  return { scenario, settings, population, bands, targetYear: o.targetYear, baseYear, baseResidents, rates, pathways: o.pathways ?? null };
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
    pathways: setup.pathways ? centralPathwayFactors(setup.pathways) : null,
  };
}

/** Residents behind a rate (a service id) or today's profile (null) in a band: declared next to the rate, else `sampleSize`, else the band's base-year residents. */
export function residentsBehind(setup: UncertaintySetup, serviceId: string | null, band: string): number {
  const declared = serviceId === null ? undefined : setup.settings.coverageRates.bandSampleSize[serviceId]?.[band];
  if (declared !== undefined) return declared;
  if (serviceId !== null && setup.settings.coverageRates.sampleSize[serviceId] !== undefined) return setup.settings.coverageRates.sampleSize[serviceId];
  if (serviceId === null && setup.settings.profileShares.sampleSize !== undefined) return setup.settings.profileShares.sampleSize;
  return setup.baseResidents[band];
}

/**
 * One full parameter set drawn from `rng` (replicate i: rngStream(seed, i)): first the
 * population's four AR(1) deviation series (four uniforms, each seeding one series), then
 * one uniform as the base of every parameter's own sub-stream (rngStream(base, hash(id))),
 * so a baseline and a variant that share a parameter id draw the same value for it (common
 * random numbers); the scale-up's factors likewise (ids "pathway:…").
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
  const todayProfile = s.profileShares.off
    ? null
    : drawProfile(
        parameterStream(base, "profile:today"),
        h.profiles.today,
        h.steps.map((x) => x.id),
        (band) => residentsBehind(setup, null, band),
      );
  const alternativeShares = s.alternativeShares.map((a, k) => intervalFromU(a, one(`alternativeShare:${k}:${a.band}:${a.step}`)));
  const pathways = setup.pathways ? drawPathwayFactors(setup.pathways, base) : null;
  return { deviations, unitCosts, arsverkPerUnit, coverageRates, todayProfile, alternativeShares, pathways };
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
    steps: h.steps.map((s) => ({
      ...s,
      arsverkPerUnit: p.arsverkPerUnit[s.id] ?? s.arsverkPerUnit,
      costPerUnit: { ...s.costPerUnit, value: p.unitCosts[s.id] ?? s.costPerUnit.value },
    })),
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

/** What one parameter set gives: every figure, and the housing and coverage (alternativ 0) projections to the target year behind them. */
export interface Evaluation {
  figures: Record<FigureKey, number>;
  housing: StaircaseResult;
  /** Coverage rows of alternativ 0 (null without a coverage part). */
  coverage: CoverageRow[] | null;
  /** The scale-up's figures (null without a persona or without the projection). */
  pathways: PathwayFigures | null;
}

/**
 * Runs one parameter set on a population already drawn (`pop`, in the setup's bands, and
 * the `projection` it comes from): coverage (alternativ 0) → housing → council summary
 * (unrounded) in the target year → the persona's scale-up (with a projection and a persona;
 * else its figures are NaN).
 */
export function evaluateOn(setup: UncertaintySetup, p: ParameterSet, pop: BandPopulation, projection?: Projection): Evaluation {
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
  let pathways: PathwayFigures | null = null;
  if (setup.pathways && p.pathways && projection) {
    const ps = setup.pathways;
    pathways = pathwayFigures(ps, pathwayModel(ps, p.pathways, scaleUpSeries(projection, ps.firstYear, ps.lastYear)));
  }
  out.scaleup_saving_target_year = pathways ? pathways.saving[pathways.saving.length - 1] / 1e6 : NaN;
  out.scaleup_break_even_year = pathways ? pathways.breakEven : NaN;
  return { figures: out, housing, coverage, pathways };
}

/**
 * Runs one parameter set: population → coverage (alternativ 0) → housing → council
 * summary (unrounded) in the target year. Returns every figure of FIGURE_KEYS (årsverk,
 * mill. kr of the price year, units, shares as fractions).
 */
export function evaluate(setup: UncertaintySetup, p: ParameterSet): Record<FigureKey, number> {
  const projection = projectDraw(setup.population, p.deviations);
  return evaluateOn(setup, p, drawBandPopulation(setup, projection), projection).figures;
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
  const housing = projectStaircase(sc.housing!, drawBandPopulation(setup, projectDraw(setup.population, p.deviations)), `${sc.file}: housing`);
  const summary = councilSummary(housing, { targetYear: setup.targetYear, round: false });
  const out = { ...COVERAGE_FIGURES, ...pathwayFigureInfo(setup) } as Record<FigureKey, { label: string; unit: string }>;
  for (const r of summary.rows) out[r.key] = { label: r.label, unit: r.unit };
  out.coverage_cost_today = { ...COVERAGE_FIGURES.coverage_cost_today, unit: `mill. ${summary.priceYear}-kr` };
  return out;
}
