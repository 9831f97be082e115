import type { ScaleUpScenario } from "../scenario/scale-up";
import { InputError } from "../errors";
import type { UncertainIndicators } from "./indicator-uncertainty";
import { parseCoverageHousingScenario, type CoverageHousingScenario } from "../coverage/coverage-housing";
import { loadMortalityBase } from "../io/defaults";
import { readScaleUpInputs } from "../io/scale-up-inputs";
import { loadScenarioFile, scenarioFileRefs, type LoadedScenario } from "../io/scenario-file";
import { type ResolvedScenario, resolveScenario } from "../scenario/resolve";
import type { NationalAssumptions } from "../population/assumptions";
import { parseBand, type AgeBand } from "../population/bands";
import type { MortalityBase, PlaceModel } from "../population/model";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { resolveUncertainty, type UncertaintySettings } from "../uncertainty/parameters";
import { pathwaySetup } from "../uncertainty/pathway-setup";
import { uncertaintySetup, type UncertaintySetup } from "../uncertainty/setup";
import { coverageHousingEndYear } from "./coverage-housing";
import { type PopulationJob, runPopulationScenario } from "./population";
import { coverageHousingJson } from "./parts/home-services";

/** Extra open groups whose percentiles a run's population table carries besides the bands. */
export const UNCERTAINTY_GROUPS = ["67+", "80+"];

/** What a run hands its uncertainty part: the run's own place and settings, and the replicates wanted. */
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
  /** The run's base death rates (absent: read again, the same file the run read). */
  mortality?: MortalityBase;
  alternative: string;
  /** Last year of the run's population (the population percentiles run to it). */
  endYear: number;
  /** Target year of the run's council summary (and last year of the scale-up). */
  targetYear: number;
  /** The persona file whose scale-up joins the replicates (null: none). */
  personaFile: string | null;
  /** The scenario's scale-up settings (`personas.scaleUp` as an object: the published method's persons, spread years, new cases). */
  scaleUp?: ScaleUpScenario;
  /** Share of new cases on the transition's second pathway (`personas.transitionShare`, default 1). */
  transitionShare?: number;
  seed: number;
  replicates: number;
  /** The scenario's key figures, evaluated on every replicate (main thread only; absent: none). */
  indicators?: UncertainIndicators;
}

/**
 * The setup of a run's replicates: settings from the scenario's `uncertainty` block (seed
 * and replicates come from the run), the population around the run's alternative on the
 * run's own calibrated place, the coverage-and-housing chain when the scenario has a
 * housing part, and the persona's scale-up. Reads the persona file and the condition's
 * defaults (and the mortality shape when the input does not carry it).
 */
export function runUncertaintySetup(input: RunUncertaintyInput): UncertaintySetup {
  const ch = input.coverageHousing;
  // The seed is the resolved one (engine/scenario/resolve.ts), whatever the block says.
  const settings = {
    ...resolveUncertainty(input.block, { coverage: ch?.coverage ?? null, housing: ch?.housing ?? null, declared: ch?.declared }, { file: input.file }),
    seed: input.seed,
  };
  const chain = ch?.housing ? ch : null;
  const firstYear = input.place.baseYear + 1;
  return uncertaintySetup({
    file: input.file,
    settings,
    coverageHousing: chain,
    place: input.place,
    assumptions: input.assumptions,
    mortality: input.mortality ?? loadMortalityBase(),
    alternative: input.alternative,
    endYear: chain ? Math.max(input.endYear, input.targetYear) : input.endYear,
    targetYear: input.targetYear,
    tableBands: input.bands,
    groups: UNCERTAINTY_GROUPS.map((g) => parseBand(g)),
    pathways:
      chain && input.personaFile
        ? pathwaySetup(readScaleUpInputs(input.personaFile), input.block?.pathways, {
            firstYear,
            lastYear: input.targetYear,
            seed: input.seed,
            scaleUp: input.scaleUp,
            transitionShare: input.transitionShare,
          })
        : null,
  });
}

/**
 * A scenario's coverage and housing parts prepared for replicates on their own (`trappa
 * sensitivity`, notebooks): projects (and calibrates) the population once under the
 * alternative (default the scenario's first) to the end year a whole run would use (so
 * that the place is calibrated alike; the draws do not depend on it) and builds the setup
 * around it, with the persona's scale-up when `personaFile` is given. Reads the population
 * and persona files. The target year is the housing path's (or `targetYear`).
 */
export function prepareUncertainty(
  scenario: CoverageHousingScenario,
  settings: UncertaintySettings,
  options: { alternative?: string; targetYear?: number; personaFile?: string; pathways?: UncertaintyScenario["pathways"] } = {},
): UncertaintySetup {
  if (!scenario.housing) throw new InputError(`${scenario.file}: housing: expected a housing part for the council summary, got none`);
  const alternative = options.alternative ?? scenario.population.alternatives[0];
  const targetYear = options.targetYear ?? scenario.housing.targetYear ?? scenario.housing.path.targetYear;
  const endYear = coverageHousingEndYear(scenario, targetYear);
  const job = runPopulationScenario({ ...scenario.population, alternatives: [alternative], endYear }, scenario.baseDir, `${scenario.file}: population`);
  const firstYear = job.run.place.baseYear + 1;
  return uncertaintySetup({
    file: scenario.file,
    settings,
    coverageHousing: scenario,
    place: job.run.place,
    assumptions: job.assumptions,
    mortality: loadMortalityBase(),
    alternative,
    endYear,
    targetYear,
    pathways: options.personaFile
      ? pathwaySetup(readScaleUpInputs(options.personaFile), options.pathways, { firstYear, lastYear: targetYear, seed: settings.seed })
      : null,
  });
}

/** The persona file of a loaded scenario (absolute), or null without a `personas` part or with `personas.scaleUp` false. */
export function scenarioPersonaFile(loaded: LoadedScenario): string | null {
  if (!loaded.scenario.personas || loaded.scenario.personas.scaleUp === false) return null;
  const ref = scenarioFileRefs(loaded).find((r) => r.path.join(".") === "personas.file");
  return ref ? ref.absolute : null;
}

/**
 * A scenario file (or a loaded scenario) prepared for `trappa sensitivity` and notebooks,
 * resolved as `trappa run` resolves it (the alternative, target and end year, and the
 * uncertainty seed: `seed`, else `uncertainty.seed`, else `report.seed`, else 1): the
 * population projected and calibrated once as the run does, the resolved `uncertainty`
 * settings and the setup, the persona's scale-up included when the scenario has a
 * `personas` part. Reads the files it names.
 *
 * @example prepareScenarioUncertainty("scenarios/default.json").setup.pathways?.transition // { from: "normal", to: "proactive" }
 */
export function prepareScenarioUncertainty(
  scenario: string | LoadedScenario,
  options: { seed?: number | string; alternative?: string } = {},
): { loaded: LoadedScenario; settings: UncertaintySettings; setup: UncertaintySetup } {
  const loaded = typeof scenario === "string" ? loadScenarioFile(scenario) : scenario;
  const r = resolveScenario(loaded, { seed: options.seed, alternative: options.alternative, uncertainty: 2 });
  const parts = parseCoverageHousingScenario(coverageHousingJson(r), r.file, r.baseDir);
  if (!parts.housing) throw new InputError(`${r.file}: housing: expected a housing part for the council summary, got none`);
  const job = runPopulationScenario(r.population, r.baseDir, `${r.file}: population`);
  const setup = runUncertaintySetup(uncertaintyInputOf(r, job, parts, scenarioPersonaFile(loaded)));
  return { loaded, settings: setup.settings, setup };
}

/**
 * The uncertainty input of a resolved scenario (with `uncertainty` resolved) on the run's
 * own projection job: the calibrated place, assumptions, death rates and bands, the
 * reported alternative, end and target year, and the resolved seed and replicates.
 */
export function uncertaintyInputOf(
  r: ResolvedScenario,
  job: PopulationJob,
  ch: CoverageHousingScenario | null,
  personaFile: string | null,
): RunUncertaintyInput {
  if (!r.uncertainty) throw new Error(`uncertaintyInputOf requires a scenario resolved with uncertainty replicates, got none (${r.file})`);
  return {
    file: r.file,
    block: r.scenario.uncertainty,
    coverageHousing: ch,
    place: job.run.place,
    assumptions: job.assumptions,
    mortality: job.mortality,
    bands: job.bands,
    alternative: r.alternative,
    endYear: r.endYear,
    targetYear: r.targetYear,
    personaFile,
    scaleUp: typeof r.scenario.personas?.scaleUp === "object" ? r.scenario.personas.scaleUp : undefined,
    transitionShare: r.scenario.personas?.transitionShare,
    seed: r.uncertainty.seed,
    replicates: r.uncertainty.replicates,
  };
}
