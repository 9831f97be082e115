import { publishedFigureRows, publishedScaleUp, type MethodFigure } from "../../pathways/published-scale-up";
import type { ScaleUpRow } from "../../pathways/scale-up-results";
import type { ScaleUpScenario } from "../../scenario/scale-up";
import { type AssumptionRow, col, type ResultTable, resultTable, roundValue } from "../result-table";

/** What the two scale-up methods are computed from in a run. */
export interface ScaleUpMethodsInput {
  /** Pathway ids, the first the reference. */
  ids: string[];
  transition: { from: string; to: string };
  /** The cohort simulation's rows (scaleUpRows). */
  cohortRows: readonly ScaleUpRow[];
  firstYear: number;
  lastYear: number;
  /** Persons with the condition at the start (the cohort's existing persons). */
  persons: number;
  /** The table the published method walks (publishedMethodTable). */
  table: { rows: Array<Record<string, number>>; source: "published" | "timeline" };
  settings: ScaleUpScenario & { method: "cohort" | "published"; spreadYears: number };
}

/**
 * The cohort simulation's figures under the published method's keys (means over the
 * replicates): steady_saving_<p>/steady_extra_<p> = everybody on the first pathway minus
 * everybody on p (total cost incl. investments) in the last year, mill. kr;
 * transition_net_cost_year_<k> = the transition's net cost in year firstYear + k − 1;
 * first_yearly_saving_year = the first k with a net saving (0: none); persons.
 */
export function cohortFigureRows(rows: readonly ScaleUpRow[], ids: readonly string[], firstYear: number, lastYear: number, persons: number): MethodFigure[] {
  const mean = (scenario: string, year: number, measure: string) =>
    rows.find((r) => r.scenario === scenario && r.year === year && r.measure === measure && r.phase === "")?.mean ?? 0;
  const out: MethodFigure[] = [];
  const ref = (y: number) => mean(`alle-${ids[0]}`, y, "total_cost_nok");
  for (const p of ids.slice(1)) {
    const d = mean(`alle-${p}`, lastYear, "total_cost_nok") - ref(lastYear);
    out.push({ key: `steady_saving_${p}`, value: -d / 1e6, unit: "mill. kr" }, { key: `steady_extra_${p}`, value: d / 1e6, unit: "mill. kr" });
  }
  let first = 0;
  for (let y = firstYear; y <= lastYear; y++) {
    const net = mean("overgang", y, "net_cost_nok");
    out.push({ key: `transition_net_cost_year_${y - firstYear + 1}`, value: net / 1e6, unit: "mill. kr" });
    if (first === 0 && net < 0) first = y - firstYear + 1;
  }
  out.push({ key: "first_yearly_saving_year", value: first, unit: "år" }, { key: "persons", value: persons, unit: "personer" });
  return out;
}

/**
 * Both scale-up methods of a run side by side: the table `oppskalering-metoder` (method,
 * key, value, unit, selected: "ja" for the method the scenario's `personas.scaleUp.method`
 * names) and the assumptions of the published method.
 */
export function scaleUpMethodFigures(input: ScaleUpMethodsInput): {
  table: ResultTable;
  assumptions: AssumptionRow[];
  published: MethodFigure[];
  cohort: MethodFigure[];
} {
  const s = input.settings;
  const persons = s.persons ?? input.persons;
  const r = publishedScaleUp({
    pathways: input.ids,
    rows: input.table.rows,
    persons,
    spreadYears: s.spreadYears,
    newCasesPerYear: s.newCasesPerYear,
    transition: input.transition,
  });
  const published = publishedFigureRows(r, input.ids);
  const cohort = cohortFigureRows(input.cohortRows, input.ids, input.firstYear, input.lastYear, input.persons);
  const row = (method: "cohort" | "published", f: MethodFigure) => [method, f.key, roundValue(f.value), f.unit, method === s.method ? "ja" : "nei"];
  const table = resultTable(
    "oppskalering-metoder",
    [col("method"), col("key"), col("value", "value"), col("unit"), col("selected")],
    [...published.map((f) => row("published", f)), ...cohort.map((f) => row("cohort", f))],
  );
  const assumptions: AssumptionRow[] = [
    {
      part: "Personaforløp",
      item: "Oppskaleringens metode i rapporten",
      value: s.method === "published" ? "konsulentenes regel (publisert metode)" : "kohortsimulering",
      source: "personas.scaleUp.method (standard: cohort)",
    },
    {
      part: "Personaforløp",
      item: "Publisert metode",
      value:
        `${persons.toFixed(0)} personer × livstidsforskjell ÷ ${String(s.spreadYears).replace(".", ",")} år (stabil tilstand); ` +
        `${r.newCasesPerYear.toFixed(1).replace(".", ",")} nye tilfeller i året går ${r.rowCount} rader (${input.table.source === "published" ? "den publiserte tabellen" : "modellens tidslinje"}); engangsinvesteringer ikke med`,
      source: "Færders presentasjon (februar 2025): 88 og 164 mill. kr, 4, 9, 13, 9 mill. kr; README, «The dementia scale-up: two methods»",
    },
  ];
  return { table, assumptions, published, cohort };
}
