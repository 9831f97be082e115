import { readPersonaFile, personaFromSpec, readPublishedForPersona } from "../../io/persona-file";
import { publishedMethodTable } from "../../pathways/published-scale-up";
import { scaleUpSettings } from "../../scenario/scale-up";
import { scaleUpMethodFigures } from "./scale-up-methods";
import { dataPath } from "../../root";
import { deterministicTimeline } from "../../pathways/deterministic";
import { joinChunks, personaSummaryRows } from "../../pathways/persona-results";
import { runPersonaReplicates } from "../../pathways/persona-mc";
import { runScaleUpReplicates } from "../../pathways/scale-up";
import type { BandPopulationSeries } from "../../pathways/scale-up-build";
import { scaleUpRows } from "../../pathways/scale-up-results";
import type { PersonasScenario } from "../../scenario/scenario";
import { loadConditionDefaults } from "../../io/persona-file";
import { buildScaleUp } from "../personas";
import { col, type PartOutput, type ResultTable, resultTable, roundValue } from "../result-table";
import type { SavingsContext } from "../savings";

/** What the personas part of a run receives. */
export interface PersonasPartInput {
  scenarioName: string;
  personas: PersonasScenario;
  /** The personas file, absolute. */
  file: string;
  /** Master seed of the run; replicate i gets its own stream derived from (seed, i). */
  seed: number;
  replicates: number;
  /**
   * The run's own projection under the reported alternative, in the scale-up's bands,
   * `firstYear`…`lastYear` (null: no population, then no scale-up).
   */
  population: (BandPopulationSeries & { place: string }) | null;
  /** The reported alternative the population is projected under (e.g. "MMMM"). */
  alternative: string;
  /** First and last year of the scale-up (the year after the base year, and the target year). */
  firstYear: number;
  lastYear: number;
}

/** Runs the personas part of a whole run (a replaceable hook: tests may pass their own); `savings` is what the savings story needs besides the tables. */
export type PersonasRunner = (input: PersonasPartInput) => PartOutput & { savings?: SavingsContext };

const STATS = ["mean", "se", "p5", "p50", "p95"] as const;

/** The columns every Monte Carlo table ends with: statistic, value, seed, replicates. */
const MC_COLUMNS: ResultTable["columns"] = [col("statistic"), col("value", "value"), col("seed"), col("replicates")];

/**
 * The personas part: the persona's deterministic timeline (cost and staff hours per year
 * of age and pathway), its Monte Carlo summary over `replicates` simulated persons (common
 * random numbers: the same persons on every pathway) and, unless `scaleUp` is false, the
 * scale-up to the municipality with the transition scenario (new cases on the second
 * pathway, existing ones continue on the first), each row with seed and replicates.
 * Runs in the calling thread; `trappa pathways --workers` gives the same numbers.
 */
export const runPersonasPart: PersonasRunner = (input) => {
  const spec = readPersonaFile(input.file);
  const model = personaFromSpec(spec, input.file);
  const { seed, replicates } = input;
  const tables: ResultTable[] = [];

  const timeline = deterministicTimeline(model);
  tables.push(
    resultTable(
      "persona-tidslinje",
      [col("pathway"), col("age"), col("measure"), col("unit"), col("value", "value")],
      timeline.flatMap((r) => [
        [r.pathway, r.age, "cost", "kr", roundValue(r.costNok)],
        [r.pathway, r.age, "staff_hours", "timer", roundValue(r.staffHours)],
      ]),
    ),
  );

  const chunk = runPersonaReplicates(model, { seed, from: 0, to: replicates, variation: true });
  const summary = personaSummaryRows(model, joinChunks([chunk]).values, seed);
  tables.push(
    resultTable(
      "persona-monte-carlo",
      [col("pathway"), col("measure"), col("phase"), col("unit"), ...MC_COLUMNS],
      summary.flatMap((r) => STATS.map((k) => [r.pathway, r.measure, r.phase, r.unit, k, roundValue(r[k]), r.seed, r.replicates])),
    ),
  );

  const notes: string[] = [];
  const assumptions = [
    { part: "Personaforløp", item: "Persona", value: `${model.name} (${model.condition})`, source: input.personas.file },
    { part: "Personaforløp", item: "Prisliste", value: model.catalogue.name, source: "ressurskalkulatoren" },
    {
      part: "Personaforløp",
      item: "Overlevelse",
      value: `${model.monteCarlo.survival.label} × hasardratio ${model.monteCarlo.survival.hazardRatio.toFixed(3)}`,
      source: "SSB 07902 (tilpasset), se data/README.md",
    },
  ];
  const settings = scaleUpSettings(input.personas.scaleUp);
  if (settings && model.pathways.length >= 2 && input.population) {
    const su = buildScaleUp(model, { firstYear: input.firstYear, lastYear: input.lastYear, count: settings.persons ?? null, population: input.population });
    const values = runScaleUpReplicates(su.model, { seed, from: 0, to: replicates, variation: true }).values;
    const from = model.pathways[0].id;
    const to = model.pathways[1].id;
    const rows = scaleUpRows(su.model, values, {
      transition: { from, to },
      mix: null,
      hoursPerFte: model.catalogue.hoursPerFte,
      seed,
      transitionShare: input.personas.transitionShare,
    });
    tables.push(
      resultTable(
        "oppskalering",
        [col("scenario"), col("year", "year"), col("phase"), col("measure"), col("unit"), ...MC_COLUMNS],
        rows.flatMap((r) => STATS.map((k) => [r.scenario, r.year, r.phase, r.measure, r.unit, k, roundValue(r[k]), r.seed, r.replicates])),
      ),
    );
    const methods = scaleUpMethodFigures({
      ids: model.pathways.map((p) => p.id),
      transition: { from, to },
      cohortRows: rows,
      firstYear: input.firstYear,
      lastYear: input.lastYear,
      persons: su.model.existingCount,
      table: publishedMethodTable(
        model.pathways.map((p) => p.id),
        timeline,
        readPublishedForPersona(spec, input.file)?.rows ?? null,
      ),
      settings,
    });
    tables.push(methods.table);
    assumptions.push(...methods.assumptions);
    const d = loadConditionDefaults();
    assumptions.push(
      {
        part: "Personaforløp",
        item: "Forekomst per aldersgruppe",
        value: Object.entries(d.prevalence.value)
          .map(([b, v]) => `${b}: ${(100 * v).toFixed(1)} %`)
          .join(", "),
        source: d.prevalence.source,
      },
      {
        part: "Personaforløp",
        item: "Insidens 70+",
        value: `${(1000 * d.incidence70plus.value).toFixed(1)} per 1 000 personår`,
        source: d.incidence70plus.source,
      },
      {
        part: "Personaforløp",
        item: "Overlevelse etter diagnose (median)",
        value: `menn ${d.survivalAfterDiagnosis.medianYears.male} år, kvinner ${d.survivalAfterDiagnosis.medianYears.female} år`,
        source: d.survivalAfterDiagnosis.source,
      },
    );
  } else {
    notes.push("Oppskalering til kommunen er slått av for personaene (personas.scaleUp = false) eller krever minst to forløp.");
  }
  const published = readPublishedForPersona(spec, input.file);
  const savings: SavingsContext = {
    transitionShare: input.personas.transitionShare ?? 1,
    persona: model.name,
    names: Object.fromEntries(model.pathways.map((p) => [p.id, p.name])),
    priceYear: model.catalogue.priceYear ?? null,
    published: published
      ? publishedTotals(
          published.rows,
          model.pathways.map((p) => p.id),
        )
      : null,
  };
  return {
    pathwayNames: Object.fromEntries(model.pathways.map((p) => [p.id, p.name])),
    savings,
    tables,
    assumptions,
    sources: [
      { role: "personas", path: input.file },
      { role: "condition defaults", path: dataPath("pathways/dementia-defaults.json") },
    ],
    notes,
  };
};

/** Lifetime cost per pathway of a published persona table: the rows as listed (a duplicated age counted twice, as the published total) and each age once. */
function publishedTotals(rows: ReadonlyArray<{ age: number; cost: Record<string, number> }>, ids: readonly string[]): SavingsContext["published"] {
  const seen = new Set<number>();
  const once = rows.filter((r) => !seen.has(r.age) && seen.add(r.age));
  return Object.fromEntries(
    ids.map((id) => [id, { listedNok: rows.reduce((s, r) => s + (r.cost[id] ?? 0), 0), eachAgeOnceNok: once.reduce((s, r) => s + (r.cost[id] ?? 0), 0) }]),
  );
}
