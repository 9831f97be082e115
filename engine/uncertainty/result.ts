import { InputError } from "../errors";
import { projectDraw } from "./population";
import { rngStream } from "../random/streams";
import { percentiles, type Percentiles } from "./quantile";
import {
  FIGURE_KEYS,
  centralParameters,
  drawBandPopulation,
  drawParameters,
  evaluate,
  evaluateOn,
  figureKeys,
  type FigureKey,
  type ParameterSet,
  type UncertaintySetup,
} from "./run";
import { decomposeVariance, type VarianceParts } from "./variance";

/** Replicates of a scenario: every figure per replicate and its percentiles with Monte Carlo standard errors. */
export interface UncertaintyResult {
  seed: number;
  replicates: number;
  level: number;
  targetYear: number;
  /** The figures computed (figureKeys(setup)); the others are NaN. */
  keys: FigureKey[];
  /** figures[key][i]: replicate i's value. */
  figures: Record<FigureKey, Float64Array>;
  parameters: ParameterSet[];
  summary: Record<FigureKey, Percentiles>;
  /** The scenario's own values (every input central). */
  central: Record<FigureKey, number>;
  /** The scale-up's figures split into parameter uncertainty and person-level Monte Carlo variation (null without a persona). */
  decomposition: { scaleup_saving_target_year: VarianceParts; scaleup_break_even_year: VarianceParts } | null;
}

/** Numbers per replicate in a figure block: every key of FIGURE_KEYS, then the scale-up's two within-set variances. */
export const FIGURE_STRIDE = FIGURE_KEYS.length + 2;

/**
 * The figures of replicates `from` (inclusive) to `to` (exclusive), FIGURE_STRIDE numbers
 * each (NaN for a figure the setup does not compute; the within-set variances of the
 * target year's saving, in (mill. kr)², and of the break-even year, 0 without a persona).
 * Replicate i draws from rngStream(seed, i) only, so blocks can run anywhere.
 */
export function figureBlock(setup: UncertaintySetup, seed: number, from: number, to: number): Float64Array {
  const keys = figureKeys(setup);
  const out = new Float64Array((to - from) * FIGURE_STRIDE).fill(NaN);
  for (let i = from; i < to; i++) {
    const p = drawParameters(setup, rngStream(seed, i));
    const projection = projectDraw(setup.population, p.deviations);
    const e = evaluateOn(setup, p, drawBandPopulation(setup, projection), projection);
    const row = (i - from) * FIGURE_STRIDE;
    FIGURE_KEYS.forEach((k, j) => {
      if (keys.includes(k)) out[row + j] = e.figures[k];
    });
    out[row + FIGURE_KEYS.length] = e.pathways ? e.pathways.withinVariance.saving / 1e12 : 0;
    out[row + FIGURE_KEYS.length + 1] = e.pathways ? e.pathways.withinVariance.breakEven : 0;
  }
  return out;
}

/** The percentiles of a figure a setup does not compute: NaN. */
function noPercentiles(n: number): Percentiles {
  return { low: NaN, median: NaN, high: NaN, mean: NaN, sd: NaN, seLow: NaN, seMedian: NaN, seHigh: NaN, n };
}

/** Checks a number of replicates (a whole number ≥ 2). */
export function checkUncertaintyReplicates(n: number): number {
  if (!(Number.isInteger(n) && n >= 2)) throw new InputError(`uncertainty.replicates: expected a whole number of at least 2, got ${n}`);
  return n;
}

/**
 * The result of N replicates from their figure rows (figureBlock over 0…N): the figures per
 * key, the parameter sets (drawn again: cheap, the same streams), the percentiles at the
 * settings' level with their Monte Carlo standard errors, the central figures and the
 * scale-up's variance split.
 */
export function uncertaintyResult(setup: UncertaintySetup, seed: number, rows: Float64Array): UncertaintyResult {
  const n = rows.length / FIGURE_STRIDE;
  const keys = figureKeys(setup);
  const slot = (j: number) => Float64Array.from({ length: n }, (_, i) => rows[i * FIGURE_STRIDE + j]);
  const figures = Object.fromEntries(FIGURE_KEYS.map((k, j) => [k, slot(j)])) as Record<FigureKey, Float64Array>;
  const parameters = Array.from({ length: n }, (_, i) => drawParameters(setup, rngStream(seed, i)));
  const summary = Object.fromEntries(
    FIGURE_KEYS.map((k) => [k, keys.includes(k) ? percentiles(figures[k], setup.settings.level) : noPercentiles(n)]),
  ) as Record<FigureKey, Percentiles>;
  const K = setup.pathways?.settings.personReplicates ?? 0;
  const decomposition = setup.pathways
    ? {
        scaleup_saving_target_year: decomposeVariance(figures.scaleup_saving_target_year, slot(FIGURE_KEYS.length), K),
        scaleup_break_even_year: decomposeVariance(figures.scaleup_break_even_year, slot(FIGURE_KEYS.length + 1), K),
      }
    : null;
  return {
    seed,
    replicates: n,
    level: setup.settings.level,
    targetYear: setup.targetYear,
    keys,
    figures,
    parameters,
    summary,
    central: evaluate(setup, centralParameters(setup)),
    decomposition,
  };
}

/**
 * N replicates, replicate i drawing its whole parameter set from rngStream(seed, i) and
 * running population → coverage → housing → council summary → the persona's scale-up (its
 * person-level replicates on the setup's own streams), in this thread (runUncertaintyAsync
 * in engine/uncertainty/parallel.ts splits them over worker threads, with the same result).
 * The percentiles are at the settings' level (P10/P50/P90 at 0.8) with their Monte Carlo
 * standard errors (noise from N, kept apart from the spread).
 */
export function runUncertainty(setup: UncertaintySetup, options: { replicates?: number; seed?: number } = {}): UncertaintyResult {
  const n = checkUncertaintyReplicates(options.replicates ?? setup.settings.replicates);
  const seed = options.seed ?? setup.settings.seed;
  return uncertaintyResult(setup, seed, figureBlock(setup, seed, 0, n));
}

/**
 * Differences variant − baseline per replicate and their percentiles (NaN for a figure one
 * of them does not compute). With common random numbers (the default) both use the same
 * seed, so replicate i of each shares its draws.
 */
export function compareUncertainty(baseline: UncertaintyResult, variant: UncertaintyResult): Record<FigureKey, Percentiles> {
  if (baseline.replicates !== variant.replicates)
    throw new InputError(`compareUncertainty requires the same number of replicates, got ${baseline.replicates} and ${variant.replicates}`);
  const out = {} as Record<FigureKey, Percentiles>;
  for (const k of FIGURE_KEYS) {
    if (!(baseline.keys.includes(k) && variant.keys.includes(k))) {
      out[k] = noPercentiles(baseline.replicates);
      continue;
    }
    const a = baseline.figures[k];
    const b = variant.figures[k];
    const d = new Float64Array(baseline.replicates);
    for (let i = 0; i < d.length; i++) d[i] = b[i] - a[i];
    out[k] = percentiles(d, baseline.level);
  }
  return out;
}
