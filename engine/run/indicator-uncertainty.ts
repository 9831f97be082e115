import { quantileSorted, sortedCopy } from "../stats/quantile";
import { replicateLayout } from "../uncertainty/layout";
import { centralRow } from "../uncertainty/replicates";
import type { UncertaintySetup } from "../uncertainty/setup";
import { evaluateIndicators, type IndicatorSpec, type MeasureShape } from "./indicators";
import { replicateMeasures } from "./indicator-measures";
import { col, type ResultTable, resultTable, roundValue } from "./result-table";

/** The indicators a run hands its uncertainty part (compiled against the run's measures). */
export interface UncertainIndicators {
  specs: IndicatorSpec[];
  shape: MeasureShape;
  file: string;
}

/** An indicator's percentiles per year over the replicates (stats[k][t]: statistic k, year t), and the scenario's own values. */
export interface IndicatorPercentiles {
  name: string;
  unit: string;
  formula: string;
  years: number[];
  stats: number[][];
  central: number[];
}

/**
 * Each indicator evaluated on every replicate's own measures (a ratio's percentiles are not
 * the ratio of percentiles), then its percentiles per year (type 7), with the value at the
 * central parameters beside them.
 */
export function indicatorPercentiles(
  setup: UncertaintySetup,
  ind: UncertainIndicators,
  values: Float64Array,
  probabilities: readonly number[],
): IndicatorPercentiles[] {
  const stride = replicateLayout(setup).stride;
  const n = values.length / stride;
  const evaluate = (row: Float64Array) => evaluateIndicators(ind.specs, replicateMeasures(setup, ind.shape, row), ind.file);
  const central = evaluate(centralRow(setup));
  const draws = central.map((c) => c.years.map(() => new Float64Array(n)));
  for (let i = 0; i < n; i++) {
    evaluate(values.subarray(i * stride, (i + 1) * stride)).forEach((v, j) => {
      v.values.forEach((x, t) => (draws[j][t][i] = x));
    });
  }
  return central.map((c, j) => {
    const sorted = draws[j].map((d) => sortedCopy(d));
    return { ...c, stats: probabilities.map((p) => sorted.map((s) => quantileSorted(s, p))), central: c.values };
  });
}

/** `indikatorer-usikkerhet`: indicator, year, statistic, value, unit, seed, replicates. */
export function indicatorUncertaintyTable(
  rows: readonly IndicatorPercentiles[],
  statistics: ReadonlyArray<{ id: string }>,
  seed: number,
  replicates: number,
): ResultTable {
  return resultTable(
    "indikatorer-usikkerhet",
    [col("indicator"), col("year", "year"), col("statistic"), col("value", "value"), col("unit"), col("seed"), col("replicates")],
    rows.flatMap((r) => r.years.flatMap((year, t) => statistics.map((s, k) => [r.name, year, s.id, roundValue(r.stats[k][t]), r.unit, seed, replicates]))),
  );
}
