import { ALTERNATIVE_0, type CoverageRow } from "../coverage/types";
import { COUNCIL_SUMMARY_KEYS, councilSummary } from "../housing/council-summary";
import type { StaircaseResult } from "../housing/types";
import { InputError } from "../errors";
import { aggregateBands, type AgeBand } from "../population/bands";
import { projectionYear, type Projection } from "../population/project";
import { rngStream } from "../random/streams";
import { constantDeviations, drawDeviations, projectDraw, type PopulationDeviations, type StochasticPopulationInput } from "./population";
import { quantileSorted } from "./quantile";
import { centralParameters, drawBandPopulation, drawParameters, evaluateOn, type ParameterSet, type UncertaintySetup } from "./run";

/**
 * One yearly series a replicate reports besides the population, as tidy keys: the part
 * (`dekningsgrader`: alternativ 0's services; `boligtrapp`: the housing profiles), the
 * variant (the coverage alternative or the profile), the item (a service id, or
 * `alle` for the sum), the measure and its unit (money in kroner of `priceYear`).
 */
export interface SeriesSpec {
  part: "dekningsgrader" | "boligtrapp";
  variant: string;
  item: string;
  measure: string;
  unit: string;
  priceYear: number | null;
}

/**
 * Everything a block of whole-run replicates needs, as plain data (structured-cloneable,
 * so it can be handed to worker threads): the stochastic population, the bands of the
 * population table and extra open groups (e.g. 67+ and 80+, whose percentiles are those
 * of the sums, not sums of percentiles), and the prepared coverage-and-housing setup
 * (null: population only).
 */
export interface ReplicateModel {
  population: StochasticPopulationInput;
  bands: AgeBand[];
  groups: AgeBand[];
  setup: UncertaintySetup | null;
}

/** Where each value lies in a replicate's row of numbers. */
export interface ReplicateLayout {
  /** Population years (base year to the population's end year) and columns (bands, then groups). */
  years: number[];
  columns: string[];
  /** Council summary keys (empty without housing), rounded as printed. */
  summaryKeys: string[];
  /** Years of the series (base year to the target year) and the series. */
  seriesYears: number[];
  series: SeriesSpec[];
  /**
   * Years of the persona's scale-up (empty without one). Its block holds the mean yearly
   * saving per year (kroner), the mean break-even year, and the variances over the
   * person-level replicates of the target year's saving (kroner²) and of the break-even year.
   */
  scaleUpYears: number[];
  /** Offsets of the four blocks and the row length. */
  summaryAt: number;
  seriesAt: number;
  scaleUpAt: number;
  stride: number;
}

/** Slots of the scale-up block after the yearly savings: break-even year, and the two within-set variances. */
export const SCALE_UP_EXTRA = 3;

/** The series a setup reports: per housing profile dwellings, årsverk and cost over all steps; per coverage service its users or places, årsverk and cost, and årsverk and cost of all services (alternativ 0). */
export function seriesSpecs(setup: UncertaintySetup): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  const h = setup.scenario.housing!;
  const priceYear = h.steps[0]?.costPerUnit.priceYear ?? null;
  for (const profile of ["today", "alternative"]) {
    out.push({ part: "boligtrapp", variant: profile, item: "alle", measure: "dwellings", unit: "units", priceYear: null });
    out.push({ part: "boligtrapp", variant: profile, item: "alle", measure: "arsverk", unit: "årsverk", priceYear: null });
    out.push({ part: "boligtrapp", variant: profile, item: "alle", measure: "cost", unit: "NOK", priceYear });
  }
  const c = setup.scenario.coverage;
  if (c) {
    for (const s of c.services) {
      out.push({ part: "dekningsgrader", variant: ALTERNATIVE_0, item: s.id, measure: s.unit, unit: s.unit, priceYear: null });
      out.push({ part: "dekningsgrader", variant: ALTERNATIVE_0, item: s.id, measure: "arsverk", unit: "årsverk", priceYear: null });
      out.push({ part: "dekningsgrader", variant: ALTERNATIVE_0, item: s.id, measure: "cost", unit: "NOK", priceYear: s.unitCost.priceYear });
    }
    out.push({ part: "dekningsgrader", variant: ALTERNATIVE_0, item: "alle", measure: "arsverk", unit: "årsverk", priceYear: null });
    out.push({
      part: "dekningsgrader",
      variant: ALTERNATIVE_0,
      item: "alle",
      measure: "cost",
      unit: "NOK",
      priceYear: c.services[0]?.unitCost.priceYear ?? null,
    });
  }
  return out;
}

/**
 * The series' values (specs × years, year fastest) from a housing result and coverage
 * rows; years outside the results are an error. The same function serves the replicates
 * and the deterministic run, so that with every spread zero the two agree to the bit.
 */
export function seriesValues(
  specs: readonly SeriesSpec[],
  years: readonly number[],
  housing: StaircaseResult | null,
  coverage: readonly CoverageRow[] | null,
): Float64Array {
  const out = new Float64Array(specs.length * years.length);
  const first = years[0];
  const n = years.length;
  const index = new Map<string, number>();
  specs.forEach((s, k) => index.set(`${s.part}|${s.variant}|${s.item}|${s.measure}`, k));
  const add = (key: string, year: number, v: number) => {
    const k = index.get(key);
    const t = year - first;
    if (k !== undefined && t >= 0 && t < n) out[k * n + t] += v;
  };
  if (housing) {
    for (const t of housing.totals) {
      add(`boligtrapp|${t.profile}|alle|dwellings`, t.year, t.dwellings);
      add(`boligtrapp|${t.profile}|alle|arsverk`, t.year, t.arsverk);
      add(`boligtrapp|${t.profile}|alle|cost`, t.year, t.cost);
    }
  }
  if (coverage) {
    for (const r of coverage) {
      if (r.scenario !== ALTERNATIVE_0 || r.measure === "rate" || r.measure === "employees") continue;
      add(`dekningsgrader|${r.scenario}|${r.service}|${r.measure}`, r.year, r.value);
      if (r.measure === "arsverk" || r.measure === "cost") add(`dekningsgrader|${r.scenario}|alle|${r.measure}`, r.year, r.value);
    }
  }
  return out;
}

/** The layout of a model's replicate rows. */
export function replicateLayout(m: ReplicateModel): ReplicateLayout {
  const base = m.population.place.baseYear;
  const years: number[] = [];
  for (let y = base; y <= m.population.endYear; y++) years.push(y);
  const columns = [...m.bands, ...m.groups].map((b) => b.label);
  const summaryKeys = m.setup ? [...COUNCIL_SUMMARY_KEYS] : [];
  const seriesYears: number[] = [];
  if (m.setup) for (let y = base; y <= m.setup.targetYear; y++) seriesYears.push(y);
  const series = m.setup ? seriesSpecs(m.setup) : [];
  const scaleUpYears: number[] = [];
  const ps = m.setup?.pathways;
  if (ps) for (let y = ps.firstYear; y <= ps.lastYear; y++) scaleUpYears.push(y);
  const summaryAt = years.length * columns.length;
  const seriesAt = summaryAt + summaryKeys.length;
  const scaleUpAt = seriesAt + series.length * seriesYears.length;
  const stride = scaleUpAt + (ps ? scaleUpYears.length + SCALE_UP_EXTRA : 0);
  return { years, columns, summaryKeys, seriesYears, series, scaleUpYears, summaryAt, seriesAt, scaleUpAt, stride };
}

function writePopulation(m: ReplicateModel, l: ReplicateLayout, p: Projection, row: Float64Array): void {
  const all = [...m.bands, ...m.groups];
  const cols = all.length;
  l.years.forEach((year, t) => {
    const b = aggregateBands(projectionYear(p, year), all, "both");
    for (let k = 0; k < cols; k++) row[t * cols + k] = b[k];
  });
}

/**
 * One replicate's row from its population deviations and (with a setup) its parameter set:
 * the population per year and column, the council summary rounded as printed (so that the
 * rows add up as in the summary table), the series to the target year, and (with a
 * persona) the scale-up's yearly saving, break-even year and within-set variances.
 */
export function replicateRow(
  m: ReplicateModel,
  l: ReplicateLayout,
  deviations: PopulationDeviations,
  p: ParameterSet | null,
  row = new Float64Array(l.stride),
): Float64Array {
  const projection = projectDraw(m.population, deviations);
  writePopulation(m, l, projection, row);
  if (m.setup && p) {
    const e = evaluateOn(m.setup, p, drawBandPopulation(m.setup, projection), projection);
    const s = councilSummary(e.housing, { targetYear: m.setup.targetYear, round: true });
    l.summaryKeys.forEach((key, k) => (row[l.summaryAt + k] = s.rows.find((r) => r.key === key)!.value));
    row.set(seriesValues(l.series, l.seriesYears, e.housing, e.coverage), l.seriesAt);
    if (e.pathways) {
      const y = l.scaleUpYears.length;
      row.set(e.pathways.saving, l.scaleUpAt);
      row[l.scaleUpAt + y] = e.pathways.breakEven;
      row[l.scaleUpAt + y + 1] = e.pathways.withinVariance.saving;
      row[l.scaleUpAt + y + 2] = e.pathways.withinVariance.breakEven;
    }
  }
  return row;
}

/**
 * Replicates `from` (inclusive) to `to` (exclusive) of a model, row after row
 * ((to − from) × stride numbers). Replicate i draws from rngStream(seed, i) only: with a
 * setup its whole parameter set (drawParameters: the population's deviations first),
 * without one the population's deviations alone (the same draws). So a block's rows do
 * not depend on how the replicates are split into blocks or over threads.
 */
export function runReplicateBlock(m: ReplicateModel, seed: number, from: number, to: number): Float64Array {
  const l = replicateLayout(m);
  const n = l.years.length;
  const out = new Float64Array((to - from) * l.stride);
  for (let i = from; i < to; i++) {
    const rng = rngStream(seed, i);
    const p = m.setup ? drawParameters(m.setup, rng) : null;
    const d = p ? p.deviations : drawDeviations(rng, n, m.population.uncertainty);
    replicateRow(m, l, d, p, out.subarray((i - from) * l.stride, (i - from + 1) * l.stride));
  }
  return out;
}

/** The scenario's own row: every deviation 0 and every parameter central (the deterministic run's values). */
export function centralRow(m: ReplicateModel): Float64Array {
  const l = replicateLayout(m);
  const p = m.setup ? centralParameters(m.setup) : null;
  return replicateRow(m, l, p ? p.deviations : constantDeviations(l.years.length, {}), p);
}

/**
 * Quantiles of every slot over replicates: `values` holds n rows of `stride` numbers;
 * returns one Float64Array of `stride` per probability (type 7, R's default). A NaN is
 * a data error and throws.
 */
export function slotQuantiles(values: Float64Array, stride: number, probabilities: readonly number[]): Float64Array[] {
  if (!(stride > 0) || values.length % stride !== 0) throw new Error(`slotQuantiles requires whole rows of ${stride} values, got ${values.length} values`);
  const n = values.length / stride;
  if (n < 1) throw new InputError("slotQuantiles requires at least one replicate, got none");
  const out = probabilities.map(() => new Float64Array(stride));
  const column = new Float64Array(n);
  for (let j = 0; j < stride; j++) {
    for (let i = 0; i < n; i++) {
      const v = values[i * stride + j];
      if (Number.isNaN(v)) throw new Error(`slotQuantiles requires numbers, got NaN in replicate ${i}, slot ${j}`);
      column[i] = v;
    }
    column.sort();
    probabilities.forEach((q, k) => (out[k][j] = quantileSorted(column, q)));
  }
  return out;
}
