import { aq } from "../table/arquero";
import { ALTERNATIVE_0, type CoverageRow } from "../coverage/types";
import { idNamePart, PROFILE_NAMES, serviceCountName } from "../formula/measures";
import type { StepTotal } from "../housing/types";
import type { BandRow } from "../population/run";
import { replicateLayout } from "../uncertainty/layout";
import type { UncertaintySetup } from "../uncertainty/setup";
import { addMeasure, addPopulation, type MeasureSeries, type MeasureShape } from "./indicators";

/**
 * A run's measures for formulas (names: engine/formula/measures.ts), from the run's own
 * results as arquero rollups: the population of the reported alternative per year and band
 * (a pivot), coverage's alternativ 0 per year, service and measure and over all services,
 * the housing staircase's totals per profile and year.
 */
export function runMeasures(input: {
  shape: MeasureShape;
  alternative: string;
  population: readonly BandRow[];
  coverage: readonly CoverageRow[] | null;
  housing: readonly StepTotal[] | null;
}): MeasureSeries {
  const m: MeasureSeries = new Map();
  const { bands, services } = input.shape;
  const population = aq
    .from(input.population)
    .params({ alternative: input.alternative })
    .filter((d: BandRow, $: { alternative: string }) => d.alternative === $.alternative && d.sex === "both")
    .groupby("year")
    .pivot("band", { population: (d: BandRow) => aq.op.sum(d.population) });
  for (const r of population.objects() as Array<Record<string, number>>)
    addPopulation(
      m,
      bands,
      r.year,
      bands.map((b) => r[b.label] ?? 0),
    );
  const unitOf = new Map(services.map((s) => [s.id, s.unit]));
  const coverageRows = (input.coverage ?? []).filter((r) => r.scenario === ALTERNATIVE_0 && unitOf.has(r.service));
  if (coverageRows.length) addCoverage(m, coverageRows, unitOf);
  if (input.housing?.length) addHousing(m, input.housing);
  return m;
}

/** Coverage's alternativ 0 per year, service and measure, and årsverk and cost over all services. */
function addCoverage(m: MeasureSeries, rows: readonly CoverageRow[], unitOf: ReadonlyMap<string, string>): void {
  const coverage = aq
    .from(rows)
    .groupby("year", "service", "measure")
    .rollup({ value: aq.op.sum("value") });
  for (const r of coverage.objects() as Array<{ year: number; service: string; measure: string; value: number }>) {
    const id = idNamePart(r.service);
    if (r.measure === "arsverk") addMeasure(m, `arsverk_${id}`, r.year, r.value);
    else if (r.measure === "cost") addMeasure(m, `kostnad_${id}`, r.year, r.value);
    else if (r.measure === unitOf.get(r.service)) addMeasure(m, serviceCountName(r.service, r.measure), r.year, r.value);
  }
  const all = coverage
    .params({ measures: ["arsverk", "cost"] })
    .filter((d: { measure: string }, $: { measures: string[] }) => aq.op.includes($.measures, d.measure))
    .groupby("year", "measure")
    .rollup({ value: aq.op.sum("value") });
  for (const r of all.objects() as Array<{ year: number; measure: string; value: number }>)
    addMeasure(m, r.measure === "arsverk" ? "arsverk" : "kostnad", r.year, r.value);
}

/** The housing staircase's dwellings, årsverk and cost per profile and year, over the steps. */
function addHousing(m: MeasureSeries, totals: readonly StepTotal[]): void {
  const housing = aq
    .from(totals)
    .groupby("profile", "year")
    .rollup({ dwellings: aq.op.sum("dwellings"), arsverk: aq.op.sum("arsverk"), cost: aq.op.sum("cost") });
  for (const t of housing.objects() as Array<{ profile: "today" | "alternative"; year: number; dwellings: number; arsverk: number; cost: number }>) {
    const p = PROFILE_NAMES[t.profile];
    addMeasure(m, `boliger_${p}`, t.year, t.dwellings);
    addMeasure(m, `arsverk_bolig_${p}`, t.year, t.arsverk);
    addMeasure(m, `kostnad_bolig_${p}`, t.year, t.cost);
  }
}

/**
 * The same measures from one uncertainty replicate's row (see engine/uncertainty/layout.ts).
 * Plain loops into a Map on purpose, not arquero: this runs once per replicate (1 000 in
 * `--uncertainty 1000`), and building an arquero table and rolling it up costs about 180 µs
 * for one such sum against 3 µs for the loop (measured 4 December 2026), some 0.5-1 s on a
 * 3 s uncertainty part; the run's own measures (runMeasures, once a run) are arquero rollups.
 */
export function replicateMeasures(setup: UncertaintySetup, shape: MeasureShape, row: Float64Array): MeasureSeries {
  const m: MeasureSeries = new Map();
  const l = replicateLayout(setup);
  const cols = l.columns.length;
  const B = shape.bands.length;
  l.years.forEach((year, t) => addPopulation(m, shape.bands, year, row.subarray(t * cols, t * cols + B)));
  const ny = l.seriesYears.length;
  const unitOf = new Map(shape.services.map((s) => [s.id, s.unit]));
  l.series.forEach((s, k) => {
    const at = l.seriesAt + k * ny;
    let name: string | null = null;
    if (s.part === "boligtrapp") {
      const p = PROFILE_NAMES[s.variant as "today" | "alternative"];
      name = s.measure === "dwellings" ? `boliger_${p}` : s.measure === "arsverk" ? `arsverk_bolig_${p}` : `kostnad_bolig_${p}`;
    } else if (s.item === "alle") {
      name = s.measure === "arsverk" ? "arsverk" : "kostnad";
    } else if (unitOf.has(s.item)) {
      const id = idNamePart(s.item);
      name = s.measure === "arsverk" ? `arsverk_${id}` : s.measure === "cost" ? `kostnad_${id}` : serviceCountName(s.item, s.measure);
    }
    if (name === null) return;
    for (let t = 0; t < ny; t++) addMeasure(m, name, l.seriesYears[t], row[at + t]);
  });
  return m;
}
