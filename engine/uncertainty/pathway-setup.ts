import { loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { loadConditionDefaults, personaFromSpec, readPersonaFile } from "../io/persona-file";
import { periodMx } from "../pathways/life-table-mx";
import type { PersonaModel } from "../pathways/model";
import type { ScaleUpSettings } from "../pathways/scale-up-build";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { resolvePathwayUncertainty, type PathwayUncertainty } from "./pathway-settings";

/**
 * Person-level replicates of every parameter set run on streams (seed, OFFSET + j),
 * j = 0 … personReplicates − 1: the same persons for every set (common random numbers), on
 * streams apart from the parameter sets' own (seed, i).
 */
export const PERSON_STREAM_OFFSET = 1_000_000_000;

/**
 * A persona's scale-up prepared for uncertainty replicates, as plain data (sent to worker
 * threads): the persona reduced to the transition's two pathways (existing persons stay on
 * `from`, new cases get `to`), the condition's central scale-up settings (existing persons
 * from prevalence × population), the intervals, the years and the persons' seed.
 */
export interface PathwaySetup {
  persona: PersonaModel;
  transition: { from: string; to: string };
  scaleUp: ScaleUpSettings;
  settings: PathwayUncertainty;
  firstYear: number;
  lastYear: number;
  seed: number;
  /** Price year of the persona's catalogue (null when the catalogue does not say). */
  priceYear: number | null;
}

/**
 * Reads a persona file and the condition's defaults (data/pathways/dementia-defaults.json)
 * and prepares its scale-up for `firstYear`…`lastYear`: the transition from the persona's
 * first pathway to its second (as in a whole run), SSB's life tables of the defaults' year.
 * A persona with fewer than two pathways has no transition: null (a whole run skips its
 * scale-up too).
 */
export function preparePathways(
  personaFile: string,
  block: UncertaintyScenario["pathways"],
  o: { firstYear: number; lastYear: number; seed: number },
): PathwaySetup | null {
  const full = personaFromSpec(readPersonaFile(personaFile), personaFile);
  if (full.pathways.length < 2) return null;
  const transition = { from: full.pathways[0].id, to: full.pathways[1].id };
  const d = loadConditionDefaults();
  const base = loadMortalityBase();
  const as = loadNationalAssumptions();
  const persona: PersonaModel = { ...full, pathways: full.pathways.slice(0, 2) };
  return {
    persona,
    transition,
    scaleUp: {
      prevalence: d.prevalence.value,
      incidence70plus: d.incidence70plus.value,
      existingCount: null,
      survivalMedianYears: d.survivalAfterDiagnosis.medianYears,
      survivalAtAge: d.survivalAfterDiagnosis.atAge,
      mx: { male: periodMx(base, as, "male", d.lifeTableYear).mx, female: periodMx(base, as, "female", d.lifeTableYear).mx },
    },
    settings: resolvePathwayUncertainty(block, d, full, transition, "uncertainty.pathways"),
    firstYear: o.firstYear,
    lastYear: o.lastYear,
    seed: o.seed,
    priceYear: full.catalogue.priceYear ?? null,
  };
}
