import { ALTERNATIVE_0, type CoverageRow } from "../coverage/types";
import { idNamePart, PROFILE_NAMES, serviceCountName } from "../formula/measures";
import type { StepTotal } from "../housing/types";
import type { BandRow } from "../population/run";
import { replicateLayout } from "../uncertainty/layout";
import type { UncertaintySetup } from "../uncertainty/setup";
import { addMeasure, addPopulation, type MeasureSeries, type MeasureShape } from "./indicators";

/**
 * A run's measures for formulas (names: engine/formula/measures.ts), from the run's own
 * results: the population of the reported alternative per band, coverage's alternativ 0
 * summed over bands, the housing staircase's totals summed over steps.
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
  const byYear = new Map<number, Float64Array>();
  for (const r of input.population) {
    if (r.alternative !== input.alternative || r.sex !== "both") continue;
    const b = bands.findIndex((x) => x.label === r.band);
    if (b < 0) continue;
    if (!byYear.has(r.year)) byYear.set(r.year, new Float64Array(bands.length));
    byYear.get(r.year)![b] += r.population;
  }
  for (const [year, perBand] of byYear) addPopulation(m, bands, year, perBand);
  const unitOf = new Map(services.map((s) => [s.id, s.unit]));
  for (const r of input.coverage ?? []) {
    if (r.scenario !== ALTERNATIVE_0 || !unitOf.has(r.service)) continue;
    const id = idNamePart(r.service);
    if (r.measure === "arsverk" || r.measure === "cost") {
      const word = r.measure === "arsverk" ? "arsverk" : "kostnad";
      addMeasure(m, word, r.year, r.value);
      addMeasure(m, `${word}_${id}`, r.year, r.value);
    } else if (r.measure === unitOf.get(r.service)) {
      addMeasure(m, serviceCountName(r.service, r.measure), r.year, r.value);
    }
  }
  for (const t of input.housing ?? []) {
    const p = PROFILE_NAMES[t.profile];
    addMeasure(m, `boliger_${p}`, t.year, t.dwellings);
    addMeasure(m, `arsverk_bolig_${p}`, t.year, t.arsverk);
    addMeasure(m, `kostnad_bolig_${p}`, t.year, t.cost);
  }
  return m;
}

/** The same measures from one uncertainty replicate's row (see engine/uncertainty/layout.ts). */
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
