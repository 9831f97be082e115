import { ALTERNATIVE_0 } from "../coverage/types";
import { COUNCIL_SUMMARY_KEYS } from "../housing/council-summary";
import type { AgeBand } from "../population/bands";
import { FIGURE_KEYS } from "./figures";
import type { UncertaintySetup } from "./setup";

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
 * Where each value lies in a replicate's row of numbers: the population, the council
 * summary rounded as printed, the series, the yearly saving and the figures, in that
 * order. One row serves `trappa run --uncertainty` (which reads every block) and `trappa
 * sensitivity` (the figures): both read the same evaluation of the same draws.
 */
export interface ReplicateLayout {
  /** Population block at 0: years (base year to the population's end year) × columns (the table's bands, then the groups), persons. */
  years: number[];
  columns: string[];
  columnBands: AgeBand[];
  /**
   * Figures block (with housing): every key of FIGURE_KEYS unrounded (the council
   * summary's, the coverage totals of alternativ 0 in the target year, the scale-up's
   * saving in the target year in mill. kr and its expected break-even year; NaN where the
   * setup has no persona), then the variances over the person-level replicates of the
   * target year's saving (kroner²) and of the break-even year (0 without a persona).
   */
  figuresAt: number;
  /** The council summary's keys, each rounded as printed (empty without housing). */
  summaryKeys: string[];
  summaryAt: number;
  /** Years of the series (base year to the target year) and the series, year fastest. */
  seriesYears: number[];
  series: SeriesSpec[];
  seriesAt: number;
  /** Years of the persona's scale-up (empty without one) and its mean yearly saving (kroner) in each. */
  scaleUpYears: number[];
  scaleUpAt: number;
  /**
   * The published method's block (with a persona, after the figures): the steady-state
   * yearly saving of everybody on the transition's second pathway (kroner), the first year
   * with a yearly saving (1 = the first; years + 1 when none), and the transition's net
   * cost in years 1 … scaleUpYears.length (kroner). 0 slots without a persona.
   */
  publishedAt: number;
  publishedSlots: number;
  stride: number;
}

/** Numbers of the figures block: every key of FIGURE_KEYS, then the two within-set variances. */
export const FIGURE_SLOTS = FIGURE_KEYS.length + 2;

/** The series a setup reports: per housing profile dwellings, årsverk and cost over all steps; per coverage service its users or places, årsverk and cost, and årsverk and cost of all services (alternativ 0). */
export function seriesSpecs(setup: UncertaintySetup): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  const h = setup.scenario?.housing;
  if (!h) return out;
  const priceYear = h.steps[0]?.costPerUnit.priceYear ?? null;
  for (const profile of ["today", "alternative"]) {
    out.push({ part: "boligtrapp", variant: profile, item: "alle", measure: "dwellings", unit: "units", priceYear: null });
    out.push({ part: "boligtrapp", variant: profile, item: "alle", measure: "arsverk", unit: "årsverk", priceYear: null });
    out.push({ part: "boligtrapp", variant: profile, item: "alle", measure: "cost", unit: "NOK", priceYear });
  }
  const c = setup.scenario?.coverage;
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

const layouts = new WeakMap<UncertaintySetup, ReplicateLayout>();

/** The layout of a setup's replicate rows (built once per setup object). */
export function replicateLayout(setup: UncertaintySetup): ReplicateLayout {
  const cached = layouts.get(setup);
  if (cached) return cached;
  const base = setup.baseYear;
  const years: number[] = [];
  for (let y = base; y <= setup.population.endYear; y++) years.push(y);
  const columnBands = [...setup.tableBands, ...setup.groups];
  const chain = setup.scenario !== null;
  const summaryKeys = chain ? [...COUNCIL_SUMMARY_KEYS] : [];
  const seriesYears: number[] = [];
  if (chain) for (let y = base; y <= setup.targetYear; y++) seriesYears.push(y);
  const series = seriesSpecs(setup);
  const scaleUpYears: number[] = [];
  const ps = setup.pathways;
  if (ps) for (let y = ps.firstYear; y <= ps.lastYear; y++) scaleUpYears.push(y);
  const summaryAt = years.length * columnBands.length;
  const seriesAt = summaryAt + summaryKeys.length;
  const scaleUpAt = seriesAt + series.length * seriesYears.length;
  const figuresAt = scaleUpAt + scaleUpYears.length;
  const publishedAt = figuresAt + (chain ? FIGURE_SLOTS : 0);
  const publishedSlots = chain && ps ? 2 + scaleUpYears.length : 0;
  const stride = publishedAt + publishedSlots;
  const l: ReplicateLayout = {
    years,
    columns: columnBands.map((b) => b.label),
    columnBands,
    figuresAt,
    summaryKeys,
    summaryAt,
    seriesYears,
    series,
    seriesAt,
    scaleUpYears,
    scaleUpAt,
    publishedAt,
    publishedSlots,
    stride,
  };
  layouts.set(setup, l);
  return l;
}
