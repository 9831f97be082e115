import { InputError, type Issue } from "../errors";
import { compileFormula, type Formula, isFormulaProblem } from "../formula/formula";
import { idNamePart, PROFILE_NAMES, populationNames, serviceCountName } from "../formula/measures";
import { formulaProblemText } from "../scenario/formula-syntax";
import type { Indicators } from "../scenario/indicators";
import { col, type ResultTable, resultTable, roundValue } from "./result-table";

/** A run's measures by name and year (see engine/formula/measures.ts for the names). */
export type MeasureSeries = Map<string, Map<number, number>>;

/** What a run has to offer to formulas: its bands, its services, whether it has a housing staircase. */
export interface MeasureShape {
  bands: ReadonlyArray<{ label: string; from: number }>;
  services: ReadonlyArray<{ id: string; unit: string }>;
  housing: boolean;
}

/** A user's key figure, checked and compiled. */
export interface IndicatorSpec {
  name: string;
  formula: Formula;
  unit: string;
  /** Decimals shown in the report (the tables keep the value as computed). */
  decimals: number;
}

/** Every name a formula may read in a run of this shape, in the order the README lists them. */
export function measureNames(shape: MeasureShape): string[] {
  const names = ["ar", ...populationNames(shape.bands).map((p) => p.name)];
  if (shape.services.length) {
    names.push("arsverk", "kostnad");
    for (const s of shape.services) names.push(`arsverk_${idNamePart(s.id)}`, `kostnad_${idNamePart(s.id)}`, serviceCountName(s.id, s.unit));
  }
  if (shape.housing) {
    for (const p of Object.values(PROFILE_NAMES)) names.push(`boliger_${p}`, `arsverk_bolig_${p}`, `kostnad_bolig_${p}`);
  }
  return names;
}

/**
 * The scenario's `indicators` checked against the names of the run: a syntax error, a
 * construct formulas may not use or an unknown name is an InputError naming the file, the
 * field, the position in the formula and (for a name) the names available.
 */
export function compileIndicators(defs: Indicators, shape: MeasureShape, file: string): IndicatorSpec[] {
  const available = measureNames(shape);
  const issues: Issue[] = [];
  const specs: IndicatorSpec[] = [];
  for (const [name, def] of Object.entries(defs)) {
    const text = typeof def === "string" ? def : def.formula;
    const f = compileFormula(text, available);
    if (isFormulaProblem(f)) {
      issues.push({ file, path: typeof def === "string" ? ["indicators", name] : ["indicators", name, "formula"], ...formulaProblemText(f, text) });
      continue;
    }
    specs.push({ name, formula: f, unit: typeof def === "string" ? "" : (def.unit ?? ""), decimals: typeof def === "string" ? 1 : (def.decimals ?? 1) });
  }
  if (issues.length) throw InputError.of(issues);
  return specs;
}

/** Adds value to measure `name` in `year` (a Map, not an arquero rollup: it is called per replicate, see replicateMeasures). */
export function addMeasure(m: MeasureSeries, name: string, year: number, value: number): void {
  let byYear = m.get(name);
  if (!byYear) m.set(name, (byYear = new Map()));
  byYear.set(year, (byYear.get(year) ?? 0) + value);
}

/** The population names of a year from its values per band (in the bands' order). */
export function addPopulation(m: MeasureSeries, bands: MeasureShape["bands"], year: number, perBand: ArrayLike<number>): void {
  for (const p of populationNames(bands)) {
    let v = 0;
    for (const i of p.bands) v += perBand[i];
    addMeasure(m, p.name, year, v);
  }
  addMeasure(m, "ar", year, year);
}

/** One indicator's value per year of the run (the years in which every name it reads has a value). */
export interface IndicatorValues {
  name: string;
  unit: string;
  /** Decimals shown in the report. */
  decimals: number;
  formula: string;
  years: number[];
  values: number[];
}

/**
 * The indicators' values in every year where all their measures exist. A value that is not
 * finite (a division by zero) is an InputError naming the indicator, the year and the
 * measures it read.
 */
export function evaluateIndicators(specs: readonly IndicatorSpec[], m: MeasureSeries, file: string): IndicatorValues[] {
  return specs.map((s) => {
    const reads = s.formula.names.length ? s.formula.names : ["ar"];
    const years = [...(m.get(reads[0])?.keys() ?? [])].filter((y) => reads.every((n) => m.get(n)?.has(y))).sort((a, b) => a - b);
    const values = years.map((year) => {
      const scope = Object.fromEntries(s.formula.names.map((n) => [n, m.get(n)!.get(year)!]));
      const v = s.formula.evaluate(scope);
      if (!Number.isFinite(v)) {
        const given = Object.entries(scope)
          .map(([k, x]) => `${k} = ${x}`)
          .join(", ");
        throw new InputError(`${file}: indicators["${s.name}"]: expected a finite value in ${year}, got ${v} from "${s.formula.text}" with ${given}`);
      }
      return v;
    });
    return { name: s.name, unit: s.unit, decimals: s.decimals, formula: s.formula.text, years, values };
  });
}

/** The indicators as a tidy table: `indikatorer` (indicator, formula, year, value, unit). */
export function indicatorTable(values: readonly IndicatorValues[]): ResultTable {
  return resultTable(
    "indikatorer",
    [col("indicator"), col("formula"), col("year", "year"), col("value", "value"), col("unit")],
    values.flatMap((v) => v.years.map((year, t) => [v.name, v.formula, year, roundValue(v.values[t]), v.unit])),
  );
}
