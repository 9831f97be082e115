import type { CoverageHousingScenario } from "../io/coverage-housing-scenario";
import { loadMortalityBase } from "../io/defaults";
import { InputError } from "../errors";
import type { NationalAssumptions } from "../population/assumptions";
import { parseBand, type AgeBand } from "../population/bands";
import type { PlaceModel } from "../population/model";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { resolveUncertainty, type UncertaintySettings } from "../uncertainty/parameters";
import { inputBounds } from "../uncertainty/population";
import {
  centralRow,
  replicateLayout,
  runReplicateBlock,
  slotQuantiles,
  type ReplicateLayout,
  type ReplicateModel,
  type SeriesSpec,
} from "../uncertainty/replicates";
import { figureInfo, prepareUncertaintyOn } from "../uncertainty/run";
import { preparePathways } from "../uncertainty/pathway-setup";
import { runReplicates } from "../uncertainty/parallel";
import { scaleUpUncertaintyTable, summariseScaleUp, type ScaleUpUncertainty } from "./uncertainty-scale-up";
import { roundValue, type AssumptionRow, type PartOutput, type ResultColumn, type ResultTable } from "./result-table";

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
}

/** Input of the run's uncertainty part: the run's own place and settings, and the replicates wanted. */
export interface RunUncertaintyInput {
  /** The scenario file (for messages). */
  file: string;
  /** The scenario's `uncertainty` block (level, spreads, intervals; its seed and replicates are not used). */
  block: UncertaintyScenario | undefined;
  /** Coverage and housing parts (null: population only). */
  coverageHousing: CoverageHousingScenario | null;
  /** The run's calibrated place, its national assumptions and the bands of its population table. */
  place: PlaceModel;
  assumptions: NationalAssumptions;
  bands: AgeBand[];
  alternative: string;
  /** Last year of the run's population (the population percentiles run to it). */
  endYear: number;
  /** Target year of the run's council summary (and last year of the scale-up). */
  targetYear: number;
  /** The persona file whose scale-up joins the replicates (null: none). */
  personaFile: string | null;
  seed: number;
  replicates: number;
}

/** Extra open groups whose percentiles the population table carries besides the bands. */
export const UNCERTAINTY_GROUPS = ["67+", "80+"];

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
 * Builds the model of a run's replicates: settings from the scenario's `uncertainty` block
 * (seed and replicates come from the run), the population around the run's alternative on
 * the run's own calibrated place, and the coverage-and-housing setup when the scenario has
 * a housing part. Reads the mortality shape (the same file the run read).
 */
export function runUncertaintyModel(input: RunUncertaintyInput): { model: ReplicateModel; settings: UncertaintySettings } {
  const ch = input.coverageHousing;
  const settings = resolveUncertainty(
    input.block,
    { coverage: ch?.coverage ?? null, housing: ch?.housing ?? null, declared: ch?.declared },
    { file: input.file, reportSeed: input.seed },
  );
  const mortality = loadMortalityBase();
  const groups = UNCERTAINTY_GROUPS.map((g) => parseBand(g));
  if (ch?.housing) {
    const pathways = input.personaFile
      ? preparePathways(input.personaFile, input.block?.pathways, { firstYear: input.place.baseYear + 1, lastYear: input.targetYear, seed: input.seed })
      : null;
    const setup = prepareUncertaintyOn(ch, settings, {
      place: input.place,
      assumptions: input.assumptions,
      mortality,
      alternative: input.alternative,
      endYear: Math.max(input.endYear, input.targetYear),
      targetYear: input.targetYear,
      pathways,
    });
    return { model: { population: setup.population, bands: input.bands, groups, setup }, settings };
  }
  const population = {
    place: input.place,
    assumptions: input.assumptions,
    mortality,
    alternative: input.alternative,
    endYear: input.endYear,
    uncertainty: settings.population,
  };
  inputBounds(population);
  return { model: { population, bands: input.bands, groups, setup: null }, settings };
}

/**
 * Percentiles of a run's replicates (`values`: N rows of the layout's stride, replicate
 * order) with the scenario's own values beside them.
 */
export function summariseReplicates(model: ReplicateModel, settings: UncertaintySettings, values: Float64Array, seed: number): RunUncertainty {
  const l: ReplicateLayout = replicateLayout(model);
  const n = values.length / l.stride;
  const statistics = uncertaintyStatistics(settings.level);
  const q = slotQuantiles(
    values,
    l.stride,
    statistics.map((s) => s.p),
  );
  const central = centralRow(model);
  const at = (j: number) => statistics.map((_, k) => q[k][j]);
  const cols = l.columns.length;
  const population: RunUncertainty["population"] = [];
  l.years.forEach((year, t) =>
    l.columns.forEach((band, k) => population.push({ year, band, stats: at(t * cols + k).map(roundValue), central: roundValue(central[t * cols + k]) })),
  );
  const summary: RunUncertainty["summary"] = [];
  if (model.setup) {
    const info = figureInfo(model.setup) as Record<string, { label: string; unit: string }>;
    l.summaryKeys.forEach((key, k) => {
      const { label, unit } = info[key];
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
  const ps = model.setup?.pathways;
  const scaleUp = ps ? summariseScaleUp(ps, l, values, central, at) : null;
  return {
    seed,
    replicates: n,
    level: settings.level,
    alternative: model.population.alternative,
    baseYear: model.population.place.baseYear,
    targetYear: model.setup ? model.setup.targetYear : null,
    statistics,
    population,
    summary,
    series,
    scaleUp,
    warnings: inputBounds(model.population).warnings,
  };
}

/**
 * The run's uncertainty part: N replicates in this thread (replicate i from stream
 * (seed, i)), their percentiles, and the tables `befolkning-usikkerhet`,
 * `sammendrag-usikkerhet` and `tjenester-usikkerhet` (every row with statistic, seed and
 * replicates). The same seed gives the same numbers.
 */
export function runUncertaintyPart(input: RunUncertaintyInput): { uncertainty: RunUncertainty; part: PartOutput } {
  const { model, settings } = runUncertaintyModel(checkReplicateCount(input));
  return partOf(model, settings, runReplicateBlock(model, input.seed, 0, input.replicates), input.seed);
}

/**
 * As runUncertaintyPart, the replicates split over `workers` threads in fixed blocks
 * (engine/uncertainty/parallel.ts): the same numbers whatever the number of workers.
 */
export async function runUncertaintyPartAsync(input: RunUncertaintyInput, workers: number): Promise<{ uncertainty: RunUncertainty; part: PartOutput }> {
  const { model, settings } = runUncertaintyModel(checkReplicateCount(input));
  return partOf(model, settings, await runReplicates(model, input.seed, input.replicates, workers), input.seed);
}

function checkReplicateCount(input: RunUncertaintyInput): RunUncertaintyInput {
  if (!(Number.isInteger(input.replicates) && input.replicates >= 2))
    throw new InputError(`--uncertainty: expected a whole number of replicates of at least 2, got ${input.replicates}`);
  return input;
}

function partOf(model: ReplicateModel, settings: UncertaintySettings, values: Float64Array, seed: number): { uncertainty: RunUncertainty; part: PartOutput } {
  const uncertainty = summariseReplicates(model, settings, values, seed);
  return { uncertainty, part: uncertaintyPartOutput(uncertainty, settings) };
}

const col = (key: string, label: string, kind: ResultColumn["kind"] = "text"): ResultColumn => ({ key, label, kind });
const TAIL: ResultColumn[] = [col("statistic", "persentil"), col("value", "verdi", "value")];
const RUN: ResultColumn[] = [col("seed", "frø"), col("replicates", "replikater")];

/** The uncertainty tables, assumptions and notes of a run. */
export function uncertaintyPartOutput(u: RunUncertainty, settings: UncertaintySettings): PartOutput {
  const stats = u.statistics;
  const tables: ResultTable[] = [];
  const pct = `${Math.round(u.level * 100)} %`;
  tables.push({
    id: "befolkning-usikkerhet",
    title: "Befolkning, usikkerhet",
    description: `Persentiler for befolkningen 1. januar per år og aldersgruppe over ${u.replicates} replikater rundt ${u.alternative} (${pct}-intervall); 67+ og 80+ er persentiler av summene.`,
    columns: [
      col("alternative", "alternativ"),
      col("year", "år", "year"),
      col("band", "aldersgruppe"),
      col("measure", "mål"),
      ...TAIL,
      col("unit", "enhet"),
      ...RUN,
    ],
    rows: u.population.flatMap((r) => stats.map((s, k) => [u.alternative, r.year, r.band, "population", s.id, r.stats[k], "persons", u.seed, u.replicates])),
  });
  if (u.summary.length) {
    tables.push({
      id: "sammendrag-usikkerhet",
      title: "Sammendrag, usikkerhet",
      description: `Persentiler for hver rad i sammendraget for kommunestyret (${u.baseYear}–${u.targetYear}) over ${u.replicates} replikater; hver replikat avrundet som i sammendraget.`,
      columns: [col("key", "nøkkel"), col("label", "rad"), ...TAIL, col("unit", "enhet"), ...RUN],
      rows: u.summary.flatMap((r) => stats.map((s, k) => [r.key, r.label, s.id, r.stats[k], r.unit, u.seed, u.replicates])),
    });
  }
  if (u.series.length) {
    tables.push({
      id: "tjenester-usikkerhet",
      title: "Tjenester og bolig, usikkerhet",
      description: `Persentiler per år til ${u.targetYear} for boliger, årsverk og kostnad per boligprofil (alle trinn) og for brukere eller plasser, årsverk og kostnad per tjeneste i alternativ 0.`,
      columns: [
        col("part", "del"),
        col("variant", "alternativ eller profil"),
        col("item", "tjeneste eller trinn"),
        col("year", "år", "year"),
        col("measure", "mål"),
        ...TAIL,
        col("unit", "enhet"),
        col("price_year", "prisår", "year"),
        ...RUN,
      ],
      rows: u.series.flatMap((s) =>
        s.years.flatMap((year, t) =>
          stats.map((st, k) => [s.part, s.variant, s.item, year, s.measure, st.id, s.stats[k][t], s.unit, s.priceYear ?? "", u.seed, u.replicates]),
        ),
      ),
    });
  }
  if (u.scaleUp) tables.push(scaleUpUncertaintyTable(u.scaleUp, stats, u.seed, u.replicates));
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
