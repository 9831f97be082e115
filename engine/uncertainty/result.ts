import { InputError } from "../errors";
import { rngStream } from "../random/streams";
import { centralParameters, drawParameters, type ParameterSet } from "./draws";
import { evaluate } from "./evaluate";
import { FIGURE_KEYS, figureKeys, type FigureKey } from "./figures";
import { replicateLayout } from "./layout";
import { percentiles, type Percentiles } from "./quantile";
import { runReplicateBlock } from "./replicates";
import type { UncertaintySetup } from "./setup";
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
 * The result of N replicates from their rows (runReplicateBlock over 0…N, see
 * replicateLayout): the figures per key, the parameter sets (drawn again: cheap, the same
 * streams), the percentiles at the settings' level with their Monte Carlo standard errors,
 * the central figures and the scale-up's variance split (its within-set variance of the
 * saving in (mill. kr)²).
 */
export function uncertaintyResult(setup: UncertaintySetup, seed: number, rows: Float64Array): UncertaintyResult {
  if (!setup.scenario) throw new InputError(`${setup.file}: housing: expected a housing part for the council summary, got none`);
  const l = replicateLayout(setup);
  const n = rows.length / l.stride;
  const keys = figureKeys(setup);
  const slot = (j: number, scale = 1) => Float64Array.from({ length: n }, (_, i) => rows[i * l.stride + l.figuresAt + j] / scale);
  const figures = Object.fromEntries(FIGURE_KEYS.map((k, j) => [k, slot(j)])) as Record<FigureKey, Float64Array>;
  const parameters = Array.from({ length: n }, (_, i) => drawParameters(setup, rngStream(seed, i)));
  const summary = Object.fromEntries(
    FIGURE_KEYS.map((k) => [k, keys.includes(k) ? percentiles(figures[k], setup.settings.level) : noPercentiles(n)]),
  ) as Record<FigureKey, Percentiles>;
  const K = setup.pathways?.settings.personReplicates ?? 0;
  const decomposition = setup.pathways
    ? {
        scaleup_saving_target_year: decomposeVariance(figures.scaleup_saving_target_year, slot(FIGURE_KEYS.length, 1e12), K),
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
 * person-level replicates on the setup's own streams; runReplicateBlock, the rows of
 * `trappa run --uncertainty` with the same seed), in this thread (runUncertaintyAsync
 * in engine/uncertainty/parallel.ts splits them over worker threads, with the same result).
 * The percentiles are at the settings' level (P10/P50/P90 at 0.8) with their Monte Carlo
 * standard errors (noise from N, kept apart from the spread).
 */
export function runUncertainty(setup: UncertaintySetup, options: { replicates?: number; seed?: number } = {}): UncertaintyResult {
  const n = checkUncertaintyReplicates(options.replicates ?? setup.settings.replicates);
  const seed = options.seed ?? setup.settings.seed;
  return uncertaintyResult(setup, seed, runReplicateBlock(setup, seed, 0, n));
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
