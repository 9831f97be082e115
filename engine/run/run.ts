import type { UncertainIndicators } from "./indicator-uncertainty";
import type { IndicatorValues } from "./indicators";
import { seedLabel } from "../scenario/seed";
import type { PackageResult } from "../calculator/calculate";
import type { PriceCatalogue } from "../calculator/catalogue";
import type { CouncilSummary } from "../housing/council-summary";
import type { CoverageHousingScenario } from "../coverage/coverage-housing";
import { scenarioFileRefs } from "../io/scenario-file";
import { scaleUpSeries } from "../pathways/scale-up-population";
import type { Json } from "../scenario/merge-patch";
import { type LoadedScenario, type ResolvedScenario, type ResolveOverrides, resolveScenario } from "../scenario/resolve";
import { ENGINE_VERSION } from "../version";
import type { CoverageHousingRun } from "./coverage-housing";
import type { WhatIfInputs } from "../housing/what-if";
import type { EffortResult } from "../effort/run";
import { runEffortPart } from "./parts/effort";
import { homeServiceProfile, homeServiceShift, runHomeServicesPart, type HomeServicesRun } from "./parts/home-services";
import { inputsPart } from "./parts/inputs";
import { runPersonasPart, type PersonasRunner } from "./parts/personas";
import { type PopulationOutput, runPopulationPart } from "./parts/population";
import { runPricesPart } from "./parts/prices";
import { runWithoutServicesPart } from "./parts/without-services";
import type { WithoutServicesSeries } from "../coverage/without-services";
import type { PopulationJob } from "./population";
import { runUncertaintyPart, runUncertaintyPartAsync, type RunUncertainty } from "./uncertainty";
import { uncertaintyInputOf } from "./uncertainty-setup";
import { InputError } from "../errors";
import { type SavingsContext, type SavingsStory, savingsSummaryRows } from "./savings";
import { savingsStory } from "./savings-story";
import { type AssumptionRow, type DataSourceRef, type PartOutput, type ResultTable, withRows } from "./result-table";
import type { BuildNeedRow } from "../housing/build-need";

export { DEFAULT_SEED } from "../scenario/resolve";

/** How a run is carried out (not what it computes: that is the resolved scenario's). */
export interface RunHooks {
  /** The personas part; default runPersonasPart (timeline, Monte Carlo, scale-up). */
  personas?: PersonasRunner;
  /** Called as each part starts, with its Norwegian name, the part's number (from 1) and the number of parts. */
  onProgress?: (label: string, index: number, total: number) => void;
  /** Clock for the timings, in milliseconds (default performance.now). */
  now?: () => number;
}

/**
 * Options of runScenario when given a loaded (not yet resolved) scenario: the command line's
 * overrides (seed, replicates, uncertainty replicates and workers, alternative, target year
 * …, see ResolveOverrides) and the hooks. With `uncertainty` N ≥ 2 the run adds the
 * percentiles of the population, the council summary and the service series, replicate i
 * drawing from stream (seed, i); more than one worker needs runScenarioAsync.
 */
export type RunOptions = ResolveOverrides & RunHooks;

/** A whole run's results: every part's tables and what the report needs to describe them. */
export interface RunResult {
  name: string;
  title: string;
  file: string;
  /** Scenario files merged, baseline first. */
  chain: string[];
  /** SHA-256 of the resolved scenario. */
  hash: string;
  engineVersion: string;
  seed: number;
  replicates: number;
  /** The resolved scenario the run followed: every run-wide choice. */
  resolved: ResolvedScenario;
  /** The population part: band rows of every alternative, the alternatives' names, the place and the population file (shown relative to the project). */
  population: PopulationOutput | null;
  coverageHousing: CoverageHousingRun | null;
  /** The scenario's own key figures (`indicators`) per year; empty without them. */
  indicators: IndicatorValues[];
  /** The price catalogue of the prices part, or null without one. */
  catalogue: PriceCatalogue | null;
  summary: CouncilSummary | null;
  /** Units to build or convert per profile, step and period, with the investment in kroner (housing part only). */
  buildNeed: BuildNeedRow[] | null;
  calculator: Array<{ name: string; result: PackageResult }>;
  /** Names of the persona's pathways by id, in order (with a personas part). */
  pathwayNames?: Record<string, string>;
  /** The effort staircase of the `effort` part, or null without one. */
  effort: EffortResult | null;
  /** The home-service analysis of the `homeServices` part (and its shift), or null without one. */
  homeServices: HomeServicesRun | null;
  /** The share of residents 80+ without services over time (the `withoutServices` part), or null without one. */
  withoutServices: WithoutServicesSeries | null;
  /** The personas' savings story (the scale-up's figures, for the report's section and the summary's rows); null without a scale-up. */
  savings?: SavingsStory | null;
  /** What the report's «Hva om?» panel recomputes from (housing, every alternative's population, the summary's years); absent without a housing part. */
  whatIf?: WhatIfInputs | null;
  /** Percentiles of the uncertainty replicates (only with `uncertainty`). */
  uncertainty?: RunUncertainty;
  tables: ResultTable[];
  /** Assumptions the parts added (personas, uncertainty, seed); report/assumptions.ts `runAssumptions` lists them all. */
  assumptions: AssumptionRow[];
  sources: DataSourceRef[];
  notes: string[];
  /** Milliseconds per part: the only part of a run that differs between two runs of the same scenario and seed. */
  timings: Array<{ part: string; ms: number }>;
}

/**
 * Runs a whole scenario: one population projection (every alternative, to the resolved end
 * year) handed to every part → coverage and housing (on the reported alternative) → the
 * council summary (in the target year) → the resource calculator (prices and packages) →
 * personas (timeline, Monte Carlo, the scale-up on the same projection) → uncertainty. A
 * part absent from the scenario is skipped. Reads the data files the scenario names;
 * writes nothing. Given a loaded scenario, resolves it first with `options` as overrides.
 *
 * @example runScenario(resolveScenario(loadScenarioFile("scenarios/default.json"))).tables.map((t) => t.id)
 *   // ["befolkning", "dekningsgrader", "boligtrapp", "boligtrapp-sum", "sammendrag", "kalkulator", "persona-tidslinje", …]
 */
export function runScenario(scenario: ResolvedScenario | LoadedScenario, options: RunOptions = {}): RunResult {
  const resolved = toResolved(scenario, options);
  if ((resolved.uncertainty?.workers ?? 1) > 1) {
    throw new Error(
      `runScenario requires workers ≤ 1 (the replicates run in this thread), got ${resolved.uncertainty?.workers}; use runScenarioAsync for worker threads`,
    );
  }
  const { out, parts } = planScenario(resolved, options);
  for (const p of parts) p.run();
  return out;
}

/** As runScenario, with the uncertainty replicates split over the resolved number of worker threads (same numbers as one thread). */
export async function runScenarioAsync(scenario: ResolvedScenario | LoadedScenario, options: RunOptions = {}): Promise<RunResult> {
  const { out, parts } = planScenario(toResolved(scenario, options), options);
  for (const p of parts) await p.run();
  return out;
}

function toResolved(scenario: ResolvedScenario | LoadedScenario, overrides: ResolveOverrides): ResolvedScenario {
  return "alternatives" in scenario ? scenario : resolveScenario(scenario, overrides);
}

/** The parts of a run, each timed and announced as it runs (a part may return a promise: the uncertainty replicates on worker threads). */
function planScenario(r: ResolvedScenario, hooks: RunHooks): { out: RunResult; parts: Array<{ run: () => void | Promise<void> }> } {
  const s = r.scenario;
  const now = hooks.now ?? (() => performance.now());
  const where = r.file;
  const out: RunResult = {
    name: r.name,
    title: r.title,
    file: r.file,
    chain: [...r.chain],
    hash: r.hash,
    engineVersion: ENGINE_VERSION,
    seed: r.seed,
    replicates: r.replicates,
    resolved: r,
    population: null,
    coverageHousing: null,
    indicators: [],
    catalogue: null,
    summary: null,
    buildNeed: null,
    calculator: [],
    effort: null,
    homeServices: null,
    withoutServices: null,
    tables: [],
    assumptions: [],
    sources: [],
    notes: [],
    timings: [],
  };
  const add = (p: PartOutput) => {
    out.tables.push(...p.tables);
    out.assumptions.push(...p.assumptions);
    out.sources.push(...p.sources);
    out.notes.push(...p.notes);
    if (p.pathwayNames) out.pathwayNames = p.pathwayNames;
  };
  // The municipality's input CSVs: their sources, and a note while they hold template values.
  add(inputsPart(r.inputs));
  const parts: Array<{ label: string; run: () => void | Promise<void> }> = [];
  const hasCH = s.coverage !== undefined || s.housing !== undefined;
  const scaleUp = s.personas !== undefined && s.personas.scaleUp !== false;
  // The one projection of the run: every part that needs a population reads this one.
  let job: PopulationJob | null = null;
  let ch: CoverageHousingScenario | null = null;
  let indicators: UncertainIndicators | undefined;
  // The home services' shift, when it asks, is the housing staircase's alternative profile.
  const homeShift = homeServiceShift(s, where);

  if (r.hasPopulation || hasCH || scaleUp || r.uncertainty || s.indicators) {
    parts.push({
      label: "befolkning, dekningsgrader og boligtrapp",
      run: () => {
        const p = runPopulationPart(r, !r.hasPopulation && !hasCH && !s.indicators);
        job = p.job;
        ch = p.ch;
        indicators = p.uncertainIndicators;
        Object.assign(out, {
          population: p.population,
          coverageHousing: p.coverageHousing,
          buildNeed: p.buildNeed,
          summary: p.summary,
          indicators: p.indicators,
          ...(p.whatIf ? { whatIf: p.whatIf } : {}),
        });
        add(p.part);
      },
    });
  }

  const refs = scenarioFileRefs({ resolved: r.json as Json, baseDir: r.baseDir });
  const refOf = (path: string) => refs.find((x) => x.path.join(".") === path)!.absolute;
  if (s.prices) {
    const prices = s.prices;
    parts.push({
      label: "ressurskalkulator",
      run: () => {
        const { catalogue, calculator, part } = runPricesPart(prices, refOf);
        out.catalogue = catalogue;
        out.calculator = calculator;
        add(part);
      },
    });
  }

  if (s.effort) {
    const effort = s.effort;
    parts.push({
      label: "innsatstrapp",
      run: () => {
        const named = ["effort.steps", "effort.figures", "effort.accounts", "effort.keys"].flatMap((k) =>
          refs.filter((x) => x.path.join(".") === k).map((x) => x.absolute),
        );
        const files = [...new Set(named)];
        const { result, part } = runEffortPart(effort, where, r.baseDir, files, homeServiceProfile(s.homeServices, where, r.baseDir));
        out.effort = result;
        add(part);
      },
    });
  }

  if (s.withoutServices) {
    const spec = s.withoutServices;
    parts.push({
      label: "innbyggere 80+ uten tjenester",
      run: () => {
        const { series, part } = runWithoutServicesPart(spec, refOf("withoutServices.file"));
        out.withoutServices = series;
        add(part);
      },
    });
  }

  if (s.homeServices) {
    const spec = s.homeServices;
    parts.push({
      label: "hjemmetjenester",
      run: () => {
        const { run, part } = runHomeServicesPart(spec, where, r.baseDir, refOf("homeServices.file"), homeShift);
        out.homeServices = run;
        add(part);
      },
    });
  }

  if (s.personas) {
    const personas = s.personas;
    parts.push({
      label: "personaforløp",
      run: () => {
        const base = job ? job.run.place.baseYear : null;
        const firstYear = (base ?? r.targetYear - 1) + 1;
        const part = (hooks.personas ?? runPersonasPart)({
          scenarioName: s.name,
          personas,
          file: refOf("personas.file"),
          seed: r.seed,
          replicates: r.replicates,
          population: job ? { ...scaleUpSeries(job.run.projections.get(r.alternative)!, firstYear, r.targetYear), place: job.run.place.name } : null,
          alternative: r.alternative,
          firstYear,
          lastYear: r.targetYear,
        });
        add(part);
        addSavings(out, part);
      },
    });
  }

  if (r.uncertainty) {
    const { workers } = r.uncertainty;
    parts.push({
      label: "usikkerhet",
      run: () => {
        if (!job) throw new InputError(`${where}: --uncertainty: expected a scenario with a population part to vary, got none`);
        const personaFile = scaleUp ? refOf("personas.file") : null;
        const input = { ...uncertaintyInputOf(r, job, ch, personaFile), indicators };
        const apply = (u: { uncertainty: RunUncertainty; part: PartOutput }) => {
          out.uncertainty = u.uncertainty;
          add(u.part);
        };
        if (workers <= 1) return apply(runUncertaintyPart(input));
        return runUncertaintyPartAsync(input, workers).then(apply);
      },
    });
  }

  const timed = parts.map((p, i) => ({
    run: (): void | Promise<void> => {
      hooks.onProgress?.(p.label, i + 1, parts.length);
      const t0 = now();
      const x = p.run();
      const done = () => {
        out.timings.push({ part: p.label, ms: now() - t0 });
      };
      if (x instanceof Promise) return x.then(done);
      done();
    },
  }));
  timed.push({
    run: () => {
      out.assumptions.push({
        part: "Kjøring",
        item: "Frø og replikater",
        value: `frø ${seedLabel(r)}, ${r.replicates} replikater`,
        source: "scenarioet eller kommandolinjen",
      });
    },
  });
  return { out, parts: timed };
}

/** The savings story of the personas part, and its headline rows appended to the council summary table (`sammendrag`) when the run has one. */
function addSavings(out: RunResult, part: PartOutput & { savings?: SavingsContext }): void {
  out.savings = part.savings ? savingsStory(part.tables, part.savings) : null;
  const i = out.tables.findIndex((t) => t.id === "sammendrag");
  if (out.savings && i >= 0)
    out.tables[i] = withRows(
      out.tables[i],
      savingsSummaryRows(out.savings).map((row) => [row.key, row.label, row.value, row.unit]),
    );
}
