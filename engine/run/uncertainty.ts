import { InputError } from "../errors";
import { figureInfo } from "../uncertainty/evaluate";
import { FIGURE_KEYS } from "../uncertainty/figures";
import { replicateLayout, type SeriesSpec } from "../uncertainty/layout";
import type { UncertaintySettings } from "../uncertainty/parameters";
import { inputBounds } from "../uncertainty/population";
import { runReplicates } from "../uncertainty/parallel";
import { slotQuantiles } from "../uncertainty/quantile";
import { centralRow, runReplicateBlock } from "../uncertainty/replicates";
import type { UncertaintySetup } from "../uncertainty/setup";
import { type IndicatorPercentiles, indicatorPercentiles, indicatorUncertaintyTable, type UncertainIndicators } from "./indicator-uncertainty";
import { type AssumptionRow, col, type PartOutput, type ResultColumn, type ResultTable, resultTable, roundValue } from "./result-table";
import { publishedUncertaintyTable, scaleUpUncertaintyTable, summariseScaleUp, type ScaleUpUncertainty } from "./uncertainty-scale-up";
import { runUncertaintySetup, UNCERTAINTY_GROUPS, type RunUncertaintyInput } from "./uncertainty-setup";

export { UNCERTAINTY_GROUPS, type RunUncertaintyInput };

/** A percentile the run reports: its name in the tables (`p10`) and probability. */
export interface UncertaintyStatistic {
  id: string;
  p: number;
}

/** A yearly series with its percentiles (stats[k][t], statistic k, year t) and the scenario's own values. */
export interface UncertaintySeries extends SeriesSpec {
  years: number[];
  stats: number[][];
  central: number[];
}

/** What `trappa run --uncertainty N` adds to a run: the percentiles of population, council summary and series. */
export interface RunUncertainty {
  seed: number;
  replicates: number;
  /** Level of the central interval (0.8: P10-P90). */
  level: number;
  /** The alternative the population varies around. */
  alternative: string;
  baseYear: number;
  /** Target year of the council summary and last year of the series (null: population only). */
  targetYear: number | null;
  /** Low, median and high: p10, p50, p90 at level 0.8. */
  statistics: UncertaintyStatistic[];
  /** Population per band (and the groups 67+ and 80+) and year, persons. */
  population: Array<{ year: number; band: string; stats: number[]; central: number }>;
  /** The council summary per key, rounded as printed (label and unit as in the summary). */
  summary: Array<{ key: string; label: string; unit: string; stats: number[]; central: number }>;
  series: UncertaintySeries[];
  /** The persona's scale-up (null without a personas part). */
  scaleUp: ScaleUpUncertainty | null;
  /** Warnings from the population settings (e.g. a middle path outside the low and high paths). */
  warnings: string[];
  /** The scenario's own key figures (`indicators`) per year, with percentiles. */
  indicators: IndicatorPercentiles[];
}

/** The statistic names of a level: p10, p50, p90 at 0.8 (one decimal when not whole, e.g. p2.5). */
export function uncertaintyStatistics(level: number): UncertaintyStatistic[] {
  const name = (p: number) => `p${Number((100 * p).toFixed(1))}`;
  const lo = (1 - level) / 2;
  const hi = (1 + level) / 2;
  return [
    { id: name(lo), p: lo },
    { id: name(0.5), p: 0.5 },
    { id: name(hi), p: hi },
  ];
}

/** Decimals of a council summary row as printed (årsverk and money 0.1, shares 0.0001, counts whole). */
function summaryDecimals(unit: string): number {
  if (unit === "årsverk" || unit.startsWith("mill.")) return 1;
  if (unit === "andel") return 4;
  return 0;
}

function roundTo(x: number, d: number): number {
  const r = Number(x.toFixed(d));
  return r === 0 ? 0 : r;
}

/**
 * Percentiles of a run's replicates (`values`: N rows of the setup's layout, replicate
 * order; see replicateLayout) with the scenario's own values beside them (centralRow).
 */
export function summariseReplicates(setup: UncertaintySetup, values: Float64Array, seed: number): RunUncertainty {
  const l = replicateLayout(setup);
  const n = values.length / l.stride;
  const settings = setup.settings;
  const statistics = uncertaintyStatistics(settings.level);
  const ps = statistics.map((s) => s.p);
  // Quantiles of every block but the figures, and of the scale-up's break-even year.
  const q = slotQuantiles(values, l.stride, ps, 0, l.figuresAt);
  const breakEvenAt = l.figuresAt + FIGURE_KEYS.indexOf("scaleup_break_even_year");
  if (setup.pathways) slotQuantiles(values, l.stride, ps, breakEvenAt, breakEvenAt + 1).forEach((b, k) => (q[k][breakEvenAt] = b[breakEvenAt]));
  const pubEnd = l.publishedAt + l.publishedSlots;
  if (l.publishedSlots > 0)
    slotQuantiles(values, l.stride, ps, l.publishedAt, pubEnd).forEach((b, k) => q[k].set(b.subarray(l.publishedAt, pubEnd), l.publishedAt));
  const central = centralRow(setup);
  const at = (j: number) => statistics.map((_, k) => q[k][j]);
  const cols = l.columns.length;
  const population: RunUncertainty["population"] = [];
  l.years.forEach((year, t) =>
    l.columns.forEach((band, k) => population.push({ year, band, stats: at(t * cols + k).map(roundValue), central: roundValue(central[t * cols + k]) })),
  );
  const summary: RunUncertainty["summary"] = [];
  if (setup.scenario) {
    const info = figureInfo(setup);
    l.summaryKeys.forEach((key, k) => {
      const { label, unit } = info[key as keyof typeof info];
      const d = summaryDecimals(unit);
      summary.push({ key, label, unit, stats: at(l.summaryAt + k).map((v) => roundTo(v, d)), central: roundTo(central[l.summaryAt + k], d) });
    });
  }
  const ny = l.seriesYears.length;
  const series = l.series.map((s, k) => {
    const from = l.seriesAt + k * ny;
    return {
      ...s,
      years: l.seriesYears,
      stats: statistics.map((_, j) => Array.from(q[j].subarray(from, from + ny), roundValue)),
      central: Array.from(central.subarray(from, from + ny), roundValue),
    };
  });
  const scaleUp = setup.pathways ? summariseScaleUp(setup.pathways, l, values, central, at) : null;
  return {
    seed,
    replicates: n,
    level: settings.level,
    alternative: setup.population.alternative,
    baseYear: setup.baseYear,
    targetYear: setup.scenario ? setup.targetYear : null,
    statistics,
    population,
    summary,
    series,
    scaleUp,
    warnings: inputBounds(setup.population).warnings,
    indicators: [],
  };
}

/**
 * The run's uncertainty part: N replicates in this thread (replicate i from stream
 * (seed, i)), their percentiles, and the tables `befolkning-usikkerhet`,
 * `sammendrag-usikkerhet`, `tjenester-usikkerhet` and `oppskalering-usikkerhet` (every row
 * with statistic, seed and replicates). The same seed gives the same numbers. Reads the
 * files the setup needs (runUncertaintySetup); uncertaintyPart takes a setup instead.
 */
export function runUncertaintyPart(input: RunUncertaintyInput): { uncertainty: RunUncertainty; part: PartOutput } {
  const setup = runUncertaintySetup(checkReplicateCount(input));
  return partOf(setup, runReplicateBlock(setup, input.seed, 0, input.replicates), input.seed, input.indicators);
}

/**
 * As runUncertaintyPart, the replicates split over `workers` threads in fixed blocks
 * (engine/uncertainty/parallel.ts): the same numbers whatever the number of workers.
 */
export function runUncertaintyPartAsync(input: RunUncertaintyInput, workers: number): Promise<{ uncertainty: RunUncertainty; part: PartOutput }> {
  return uncertaintyPart(runUncertaintySetup(checkReplicateCount(input)), {
    seed: input.seed,
    replicates: input.replicates,
    workers,
    indicators: input.indicators,
  });
}

/**
 * The uncertainty part of a run from a setup already built (uncertaintySetup on the run's
 * own projection and calibrated place; no files read): N replicates on `workers` threads
 * (default 1: this thread), their percentiles and tables.
 *
 * @example await uncertaintyPart(setup, { seed: 2040, replicates: 1000, workers: 2 })
 */
export async function uncertaintyPart(
  setup: UncertaintySetup,
  o: { seed: number; replicates: number; workers?: number; indicators?: UncertainIndicators },
): Promise<{ uncertainty: RunUncertainty; part: PartOutput }> {
  checkReplicateCount(o);
  return partOf(setup, await runReplicates(setup, o.seed, o.replicates, o.workers ?? 1), o.seed, o.indicators);
}

function checkReplicateCount<T extends { replicates: number }>(input: T): T {
  if (!(Number.isInteger(input.replicates) && input.replicates >= 2))
    throw new InputError(`--uncertainty: expected a whole number of replicates of at least 2, got ${input.replicates}`);
  return input;
}

function partOf(
  setup: UncertaintySetup,
  values: Float64Array,
  seed: number,
  indicators?: UncertainIndicators,
): { uncertainty: RunUncertainty; part: PartOutput } {
  const uncertainty = summariseReplicates(setup, values, seed);
  if (indicators?.specs.length)
    uncertainty.indicators = indicatorPercentiles(
      setup,
      indicators,
      values,
      uncertainty.statistics.map((s) => s.p),
    );
  return { uncertainty, part: uncertaintyPartOutput(uncertainty, setup.settings) };
}

const TAIL: ResultColumn[] = [col("statistic"), col("value", "value")];
const RUN: ResultColumn[] = [col("seed"), col("replicates")];

/** The uncertainty tables, assumptions and notes of a run. */
export function uncertaintyPartOutput(u: RunUncertainty, settings: UncertaintySettings): PartOutput {
  const stats = u.statistics;
  const tables: ResultTable[] = [];
  tables.push(
    resultTable(
      "befolkning-usikkerhet",
      [col("alternative"), col("year", "year"), col("band"), col("measure"), ...TAIL, col("unit"), ...RUN],
      u.population.flatMap((r) => stats.map((s, k) => [u.alternative, r.year, r.band, "population", s.id, r.stats[k], "persons", u.seed, u.replicates])),
    ),
  );
  if (u.summary.length) {
    tables.push(
      resultTable(
        "sammendrag-usikkerhet",
        [col("key"), col("label"), ...TAIL, col("unit"), ...RUN],
        u.summary.flatMap((r) => stats.map((s, k) => [r.key, r.label, s.id, r.stats[k], r.unit, u.seed, u.replicates])),
      ),
    );
  }
  if (u.series.length) {
    tables.push(
      resultTable(
        "tjenester-usikkerhet",
        [col("part"), col("variant"), col("item"), col("year", "year"), col("measure"), ...TAIL, col("unit"), col("price_year", "year"), ...RUN],
        u.series.flatMap((s) =>
          s.years.flatMap((year, t) =>
            stats.map((st, k) => [s.part, s.variant, s.item, year, s.measure, st.id, s.stats[k][t], s.unit, s.priceYear ?? "", u.seed, u.replicates]),
          ),
        ),
      ),
    );
  }
  if (u.scaleUp) tables.push(scaleUpUncertaintyTable(u.scaleUp, stats, u.seed, u.replicates));
  if (u.indicators.length) tables.push(indicatorUncertaintyTable(u.indicators, stats, u.seed, u.replicates));
  const published = u.scaleUp ? publishedUncertaintyTable(u.scaleUp, stats, u.seed, u.replicates) : null;
  if (published) tables.push(published);
  const p = settings.population;
  const assumptions: AssumptionRow[] = [
    {
      part: "Usikkerhet",
      item: "Replikater, frø og intervall",
      value: `${u.replicates} replikater, frø ${u.seed}, ${stats.map((s) => s.id.toUpperCase()).join(", ")}`,
      source: "kommandolinjen (--uncertainty) og kjøringens frø",
    },
    {
      part: "Usikkerhet",
      item: "Befolkning",
      value: `rundt ${u.alternative}; ${p.low} og ${p.high} som P${Math.round(50 * (1 - u.level))} og P${Math.round(50 * (1 + u.level))}; φ fruktbarhet ${p.fertility.phi}, levealder ${p.lifeExpectancy.phi}, innvandring ${p.immigration.phi}, innenlands flytting ${p.internalMigration.phi} (±${Math.round(p.internalMigration.relativeSpread * 100)} %)`,
      source: "SSBs L/H som 80 %-intervall er vår antakelse; data/README.md",
    },
  ];
  if (u.summary.length) {
    assumptions.push({
      part: "Usikkerhet",
      item: "Parametere",
      value: `dekningsgrader ${settings.coverageRates.off ? "faste" : "Beta fra tellinger"}, dagens boligprofil ${settings.profileShares.off ? "fast" : "Dirichlet"}, kostnad per enhet og årsverk per enhet trekantfordelt`,
      source: "scenarioets uncertainty-del eller standardverdiene i data/README.md",
    });
  }
  if (u.scaleUp) {
    assumptions.push({
      part: "Usikkerhet",
      item: "Oppskalering (personaforløp)",
      value: `forekomst, insidens 70+ og median levetid etter diagnose log-normale rundt standardverdiene, kostnad og varighet per fase trekantfordelt; ${u.scaleUp.personReplicates} simulerte forløp per parametersett, de samme personene i alle sett`,
      source: "data/pathways/dementia-defaults.json (uncertainty) og scenarioets uncertainty.pathways; data/README.md",
    });
  }
  const notes = u.warnings.map((w) => `Usikkerhet, advarsel om befolkningsbanene: ${w}`);
  return { tables, assumptions, sources: [], notes };
}
