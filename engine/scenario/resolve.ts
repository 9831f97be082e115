import { InputError } from "../errors";
import { masterSeed } from "../random/text-seed";
import type { InputFileSummary } from "./inputs";
import { LIMITS } from "../limits";
import { yearFieldIssues } from "./year-fields";
import type { Json } from "./merge-patch";
import { type PopulationScenario, populationScenarioSchema } from "./population";
import type { Scenario } from "./scenario";

/** Master seed of a run when neither the command line nor the scenario gives one. */
export const DEFAULT_SEED = 1;

/** Target year when neither the command line, `report.targetYear` nor the housing part gives one. */
export const DEFAULT_TARGET_YEAR = 2040;

/** Last year a run may reach (the population engine's limit). */
export const MAX_YEAR = LIMITS.lastYear;

/** A scenario file read with its `extends` chain, merged and validated (engine/io/scenario-file.ts). */
export interface LoadedScenario {
  /** The file as given. */
  file: string;
  /** Folder the scenario's file references are relative to (the file's own folder). */
  baseDir: string;
  /** The files merged, baseline first, this file last (as given or resolved). */
  chain: string[];
  /** The merged scenario as JSON (file references relative to baseDir; no `extends`). */
  resolved: Json;
  scenario: Scenario;
  /** SHA-256 of the resolved scenario's canonical JSON. */
  hash: string;
  /** What the scenario's input CSVs (`inputs`) gave, with the values still from the template; absent without `inputs`. */
  inputs?: readonly InputFileSummary[];
}

/** Choices the command line may make instead of the scenario (each optional). */
export interface ResolveOverrides {
  /** Master seed: a whole number, or a text (turned into one by seedrandom). */
  seed?: number | string;
  replicates?: number;
  /** Uncertainty replicates (`--uncertainty N`); absent: no uncertainty part. */
  uncertainty?: number;
  workers?: number;
  alternative?: string;
  targetYear?: number;
  baseYear?: number;
  /** Base year of the council summary (`trappa summary --base-year`); default the housing part's. */
  summaryBaseYear?: number;
  /** Average position size for the council summary (share of a full-time post). */
  positionSize?: number;
}

/**
 * Every run-wide choice of a scenario, decided once. Every part of a run and every command
 * reads these fields and nothing else for them, so the same scenario and flags give the
 * same figure whichever command prints it.
 */
export interface ResolvedScenario {
  readonly name: string;
  readonly title: string;
  readonly file: string;
  readonly chain: readonly string[];
  readonly hash: string;
  readonly baseDir: string;
  /** The validated scenario (frozen). */
  readonly scenario: Scenario;
  /** The merged scenario as JSON, as loaded (frozen). */
  readonly json: unknown;
  /** Whether the scenario has a population part of its own (else the embedded default place runs, if a part needs one). */
  readonly hasPopulation: boolean;
  /** The population part as the run projects it: every alternative (the reported one included) to `endYear`. */
  readonly population: PopulationScenario;
  /** Alternatives projected (SSB codes), the reported one included. */
  readonly alternatives: readonly string[];
  /** The alternative coverage, housing, the summary, the scale-up and the uncertainty run under. */
  readonly alternative: string;
  /** The base year asked for (population.baseYear or --base-year); null: the population file's first year. */
  readonly baseYear: number | null;
  /** Target year of the council summary, the scale-up and the uncertainty tables. */
  readonly targetYear: number;
  /** Last year projected: the latest of the population's end year, the target year and the housing path's target. */
  readonly endYear: number;
  /** Master seed (a text seed turned into its number: engine/random/text-seed.ts). */
  readonly seed: number;
  /** The seed as the user wrote it when it is a text, else null. */
  readonly seedText: string | null;
  /** Monte Carlo replicates of the random parts (simulated persons). */
  readonly replicates: number;
  /** Uncertainty replicates and their seed; null: no uncertainty part. */
  readonly uncertainty: { readonly replicates: number; readonly seed: number; readonly workers: number } | null;
  /** Base year of the council summary (null: the housing part's base year). */
  readonly summaryBaseYear: number | null;
  /** Average position size for the council summary (null: the housing part's default). */
  readonly positionSize: number | null;
  /** Price year of the money in the council summary (the first housing step's, else the first coverage service's; null without money). */
  readonly priceYear: number | null;
  /** What the input CSVs gave (file, values, those still template values); empty without `inputs`. */
  readonly inputs: readonly InputFileSummary[];
  /** Data files the scenario names, as written in the merged scenario (relative to baseDir or shipped names). */
  readonly files: {
    readonly population: string | null;
    readonly calibrateTo: string | null;
    readonly catalogue: string | null;
    readonly packages: readonly string[];
    readonly personas: string | null;
  };
}

function year(value: number, where: string, what: string, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_YEAR) {
    throw new InputError(`${where}: expected ${what}, a whole year from ${min} to ${MAX_YEAR}, got ${value}`);
  }
  return value;
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x) && !ArrayBuffer.isView(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}

/**
 * Resolves a loaded scenario into one immutable ResolvedScenario: the reported alternative,
 * base, target and end year, seed, replicates, uncertainty, price year and data files, each
 * decided once (command-line overrides first, then the scenario, then the defaults above).
 * Pure: reads no file. Throws an InputError naming the file and field for a choice that
 * cannot hold: any year field before its base year or past 2100 (year-fields.ts), a target
 * year before the base year.
 *
 * @example resolveScenario(loadScenarioFile("scenarios/default.json"), { seed: 7 }).targetYear // 2040
 */
export function resolveScenario(loaded: LoadedScenario, o: ResolveOverrides = {}): ResolvedScenario {
  const s = loaded.scenario;
  const where = loaded.file;
  const pop = s.population ?? populationScenarioSchema.parse({});
  const alternative = o.alternative ?? s.report?.alternative ?? pop.alternatives[0];
  const alternatives = pop.alternatives.includes(alternative) ? pop.alternatives : [...pop.alternatives, alternative];
  const baseYear = o.baseYear ?? pop.baseYear ?? null;
  const rawPop = (loaded.resolved as { population?: { endYear?: unknown } } | null)?.population;
  const yearIssues = yearFieldIssues(s, where, baseYear, rawPop?.endYear !== undefined);
  if (yearIssues.length > 0) throw InputError.of(yearIssues);
  // Known before any file is read: the population's base year, else the housing's or coverage's.
  const minYear = baseYear ?? s.housing?.baseYear ?? s.coverage?.baseYear ?? 1900;
  const housingTarget = s.housing?.targetYear ?? s.housing?.path.targetYear;
  const targetYear = year(
    o.targetYear ?? s.report?.targetYear ?? housingTarget ?? DEFAULT_TARGET_YEAR,
    o.targetYear !== undefined ? "--target-year" : `${where}: ${s.report?.targetYear !== undefined ? "report.targetYear" : "housing.targetYear"}`,
    "a target year (the base year or later)",
    minYear,
  );
  const endYear = Math.max(pop.endYear, targetYear, s.housing?.path.targetYear ?? 0);
  year(endYear, `${where}: population.endYear`, "an end year (the base year or later)", minYear);
  const given = o.seed ?? s.report?.seed ?? DEFAULT_SEED;
  const seed = masterSeed(given);
  const uncertainty =
    o.uncertainty === undefined ? null : { replicates: o.uncertainty, seed: masterSeed(o.seed ?? s.uncertainty?.seed ?? given), workers: o.workers ?? 1 };
  const money = [...(s.housing?.steps ?? []).map((x) => x.costPerUnit), ...(s.coverage?.services ?? []).map((x) => x.unitCost)];
  const priceYear = money.find((m) => m !== undefined)?.priceYear ?? null;
  return deepFreeze({
    name: s.name,
    title: s.report?.title ?? s.name,
    file: loaded.file,
    chain: [...loaded.chain],
    hash: loaded.hash,
    baseDir: loaded.baseDir,
    scenario: s,
    json: loaded.resolved,
    hasPopulation: s.population !== undefined,
    population: { ...pop, alternatives, endYear, ...(baseYear !== null ? { baseYear } : {}) },
    alternatives,
    alternative,
    baseYear,
    targetYear,
    endYear,
    seed,
    seedText: typeof given === "string" ? given : null,
    replicates: o.replicates ?? s.report?.replicates ?? 1,
    uncertainty,
    summaryBaseYear: o.summaryBaseYear ?? null,
    positionSize: o.positionSize ?? s.housing?.positionSize ?? null,
    priceYear,
    inputs: loaded.inputs ?? [],
    files: {
      population: pop.file ?? null,
      calibrateTo: pop.calibrateTo ?? null,
      catalogue: s.prices?.catalogue ?? null,
      packages: s.prices?.packages ?? [],
      personas: s.personas?.file ?? null,
    },
  });
}
