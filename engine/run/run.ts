import { dirname } from "node:path";
import { calculatePackage, type PackageResult } from "../calculator/calculate";
import { councilSummary, type CouncilSummary } from "../housing/council-summary";
import { parseCoverageHousingScenario } from "../io/coverage-housing-scenario";
import { dataPath } from "../io/project-root";
import { readPackageFile } from "../io/package-file";
import { readPriceCatalogue } from "../io/price-catalogue";
import { scenarioFileRefs, type LoadedScenario } from "../io/scenario-file";
import { bandRows, type BandRow } from "../population/run";
import { populationScenarioSchema } from "../scenario/population";
import { ENGINE_VERSION } from "../version";
import { catalogueAssumptions, coverageAssumptions, housingAssumptions, populationAssumptions } from "./assumptions";
import { coverageHousingEndYear, coverageHousingFromPopulation, type CoverageHousingRun } from "./coverage-housing";
import { runPersonasPart, type PersonasRunner } from "./parts/personas";
import { runPopulationScenario } from "./population";
import { runUncertaintyPart, runUncertaintyPartAsync, type RunUncertainty, type RunUncertaintyInput } from "./uncertainty";
import { InputError } from "../errors";
import type { AssumptionRow, DataSourceRef, PartOutput, ResultTable } from "./result-table";
import { calculatorTable, coverageTable, housingTable, housingTotalsTable, populationTable, summaryTable } from "./tables";

/** Default master seed of a run when neither the scenario's report settings nor the caller give one. */
export const DEFAULT_SEED = 1;

export interface RunOptions {
  /** Master seed (default: the scenario's `report.seed`, else 1). */
  seed?: number;
  /** Monte Carlo replicates for the random parts (default: `report.replicates`, else 1). */
  replicates?: number;
  /** The personas part; default runPersonasPart (timeline, Monte Carlo, scale-up). */
  personas?: PersonasRunner;
  /**
   * Uncertainty replicates (`trappa run --uncertainty N`): N ≥ 2 adds the percentiles of
   * the population, the council summary and the service series (engine/run/uncertainty.ts),
   * replicate i drawing from stream (seed, i). Absent: no uncertainty part, nothing changes.
   */
  uncertainty?: number;
  /**
   * Worker threads for the uncertainty replicates (default 1: this thread). More than one
   * needs runScenarioAsync; the numbers are the same whatever the number.
   */
  workers?: number;
  /** Called as each part starts, with its Norwegian name, the part's number (from 1) and the number of parts. */
  onProgress?: (label: string, index: number, total: number) => void;
  /** Clock for the timings, in milliseconds (default performance.now). */
  now?: () => number;
}

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
  population: { rows: BandRow[]; bands: string[]; alternatives: string[]; names: Record<string, string>; place: string } | null;
  coverageHousing: CoverageHousingRun | null;
  summary: CouncilSummary | null;
  calculator: Array<{ name: string; result: PackageResult }>;
  /** Percentiles of the uncertainty replicates (only with `uncertainty`). */
  uncertainty?: RunUncertainty;
  tables: ResultTable[];
  assumptions: AssumptionRow[];
  sources: DataSourceRef[];
  notes: string[];
  /** Milliseconds per part: the only part of a run that differs between two runs of the same scenario and seed. */
  timings: Array<{ part: string; ms: number }>;
}

/**
 * Runs a whole scenario: population (every alternative) → coverage and housing (on the
 * report's alternative, default the population's first) → the council summary → the
 * resource calculator (prices and packages) → personas (timeline, Monte Carlo, scale-up). A part absent from
 * the scenario is skipped. Reads the data files the scenario names; writes nothing.
 *
 * @example runScenario(loadScenarioFile("scenarios/default.json")).tables.map((t) => t.id)
 *   // ["befolkning", "dekningsgrader", "boligtrapp", "boligtrapp-sum", "sammendrag", "kalkulator"]
 */
export function runScenario(loaded: LoadedScenario, options: RunOptions = {}): RunResult {
  if ((options.workers ?? 1) > 1)
    throw new Error(`runScenario requires workers ≤ 1 (the replicates run in this thread), got ${options.workers}; use runScenarioAsync for worker threads`);
  const { out, parts, finish } = planScenario(loaded, options);
  for (const p of parts) p.run();
  finish();
  return out;
}

/** As runScenario, with the uncertainty replicates split over `options.workers` threads (same numbers as one thread). */
export async function runScenarioAsync(loaded: LoadedScenario, options: RunOptions = {}): Promise<RunResult> {
  const { out, parts, finish } = planScenario(loaded, options);
  for (const p of parts) await p.run();
  finish();
  return out;
}

/** The parts of a run, each timed and announced as it runs (a part may return a promise: the uncertainty replicates on worker threads). */
function planScenario(loaded: LoadedScenario, options: RunOptions): { out: RunResult; parts: Array<{ run: () => void | Promise<void> }>; finish: () => void } {
  const s = loaded.scenario;
  const now = options.now ?? (() => performance.now());
  const seed = options.seed ?? s.report?.seed ?? DEFAULT_SEED;
  const replicates = options.replicates ?? s.report?.replicates ?? 1;
  const where = loaded.file;
  const out: RunResult = {
    name: s.name,
    title: s.report?.title ?? s.name,
    file: loaded.file,
    chain: loaded.chain,
    hash: loaded.hash,
    engineVersion: ENGINE_VERSION,
    seed,
    replicates,
    population: null,
    coverageHousing: null,
    summary: null,
    calculator: [],
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
  };
  const parts: Array<{ label: string; run: () => void | Promise<void> }> = [];
  const hasCH = s.coverage !== undefined || s.housing !== undefined;
  let uncertaintyInput: Omit<RunUncertaintyInput, "seed" | "replicates" | "personaFile"> | null = null;

  if (s.population || hasCH) {
    parts.push({
      label: "befolkning, dekningsgrader og boligtrapp",
      run: () => {
        const pop = s.population ?? populationScenarioSchema.parse({});
        const ch = hasCH ? parseCoverageHousingScenario(loaded.resolved, where, loaded.baseDir) : null;
        const alternative = s.report?.alternative ?? pop.alternatives[0];
        const alternatives = pop.alternatives.includes(alternative) ? pop.alternatives : [...pop.alternatives, alternative];
        const endYear = Math.max(ch ? coverageHousingEndYear(ch, s.report?.targetYear) : pop.endYear, s.report?.targetYear ?? 0);
        const job = runPopulationScenario({ ...pop, alternatives, endYear }, loaded.baseDir, `${where}: population`);
        const bands = job.bands.map((b) => b.label);
        const rows = bandRows(job.run, job.bands);
        out.population = { rows, bands, alternatives, names: job.assumptions.alternatives, place: job.run.place.name };
        uncertaintyInput = {
          file: where,
          block: s.uncertainty,
          coverageHousing: ch,
          place: job.run.place,
          assumptions: job.assumptions,
          bands: job.bands,
          alternative,
          endYear,
          targetYear: s.report?.targetYear ?? ch?.housing?.targetYear ?? ch?.housing?.path.targetYear ?? endYear,
        };
        add({
          tables: [populationTable(rows)],
          assumptions: populationAssumptions({ ...pop, alternatives, endYear }, displayPath(job.file), job.assumptions.alternatives),
          sources: [
            { role: "population", path: job.file },
            { role: "national assumptions", path: dataPath("ssb-2024-assumptions.json") },
            { role: "mortality shape", path: dataPath("mortality-shape-norway.json") },
          ],
          notes: [],
        });
        if (ch) {
          const run = coverageHousingFromPopulation(ch, job, alternative);
          out.coverageHousing = run;
          const tables: ResultTable[] = [];
          const assumptions: AssumptionRow[] = [];
          if (run.coverage && ch.coverage) {
            tables.push(coverageTable(run.coverage));
            assumptions.push(...coverageAssumptions(ch.coverage));
          }
          if (run.housing && ch.housing) {
            tables.push(housingTable(run.housing), housingTotalsTable(run.housing));
            out.summary = councilSummary(run.housing, { targetYear: s.report?.targetYear ?? ch.housing.targetYear });
            tables.push(summaryTable(out.summary));
            assumptions.push(...housingAssumptions(ch.housing));
          }
          add({ tables, assumptions, sources: [], notes: [] });
        }
      },
    });
  }

  const refs = scenarioFileRefs(loaded);
  const refOf = (path: string) => refs.find((r) => r.path.join(".") === path)!.absolute;
  if (s.prices) {
    const prices = s.prices;
    parts.push({
      label: "ressurskalkulator",
      run: () => {
        const catFile = refOf("prices.catalogue");
        const catalogue = readPriceCatalogue(catFile);
        prices.packages.forEach((p, i) => {
          const file = refOf(`prices.packages.${i}`);
          const pkg = readPackageFile(file);
          out.calculator.push({ name: pkg.name ?? p, result: calculatePackage(catalogue, pkg, p) });
        });
        add({
          tables: out.calculator.length ? [calculatorTable(out.calculator)] : [],
          assumptions: catalogueAssumptions(catalogue, prices.packages),
          sources: [
            { role: "price catalogue", path: catFile },
            ...prices.packages.map((_, i) => ({ role: "service package", path: refOf(`prices.packages.${i}`) })),
          ],
          notes: [],
        });
      },
    });
  }

  if (s.personas) {
    const personas = s.personas;
    parts.push({
      label: "personaforløp",
      run: () => {
        const base = out.population ? Math.min(...out.population.rows.map((r) => r.year)) : 2024;
        add(
          (options.personas ?? runPersonasPart)({
            scenarioName: s.name,
            personas,
            file: refOf("personas.file"),
            seed,
            replicates,
            population: out.coverageHousing?.population ?? null,
            populationScenario: (loaded.resolved as { population?: Record<string, unknown> }).population ?? null,
            baseDir: loaded.baseDir,
            firstYear: base + 1,
            lastYear: s.report?.targetYear ?? 2040,
          }),
        );
      },
    });
  }

  if (options.uncertainty !== undefined) {
    const n = options.uncertainty;
    // The uncertainty seed: --seed, else uncertainty.seed, else the run's (as `trappa sensitivity`, whose last default is 2040).
    const useed = options.seed ?? s.uncertainty?.seed ?? seed;
    const workers = options.workers ?? 1;
    parts.push({
      label: "usikkerhet",
      run: () => {
        if (!uncertaintyInput) throw new InputError(`${where}: --uncertainty: expected a scenario with a population part to vary, got none`);
        const personaFile = s.personas && s.personas.scaleUp !== false ? refOf("personas.file") : null;
        const input = { ...uncertaintyInput, personaFile, seed: useed, replicates: n };
        const apply = (r: { uncertainty: RunUncertainty; part: PartOutput }) => {
          out.uncertainty = r.uncertainty;
          add(r.part);
        };
        if (workers <= 1) return apply(runUncertaintyPart(input));
        return runUncertaintyPartAsync(input, workers).then(apply);
      },
    });
  }

  const timed = parts.map((p, i) => ({
    run: (): void | Promise<void> => {
      options.onProgress?.(p.label, i + 1, parts.length);
      const t0 = now();
      const r = p.run();
      const done = () => {
        out.timings.push({ part: p.label, ms: now() - t0 });
      };
      if (r instanceof Promise) return r.then(done);
      done();
    },
  }));
  const finish = () => {
    out.assumptions.push({
      part: "Kjøring",
      item: "Frø og replikater",
      value: `frø ${seed}, ${replicates} replikater`,
      source: "scenarioet eller kommandolinjen",
    });
  };
  return { out, parts: timed, finish };
}

function displayPath(p: string): string {
  const root = dirname(dataPath("x"));
  const rootDir = dirname(root);
  return p.startsWith(`${rootDir}/`) ? p.slice(rootDir.length + 1) : p;
}
