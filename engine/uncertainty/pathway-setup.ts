import type { ConditionDefaults } from "../scenario/personas";
import { periodMx } from "../pathways/life-table-mx";
import type { NationalAssumptions } from "../population/assumptions";
import type { MortalityBase } from "../population/model";
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

/** What a persona's scale-up reads from files (engine/io/scale-up-inputs.ts): the persona, the condition's defaults, and SSB's base death rates and national assumptions (for the condition's life tables). */
export interface ScaleUpInputs {
  persona: PersonaModel;
  condition: ConditionDefaults;
  mortality: MortalityBase;
  assumptions: NationalAssumptions;
}

/**
 * A persona's scale-up prepared for `firstYear`…`lastYear`: the transition from the
 * persona's first pathway to its second (as in a whole run), the condition's central
 * settings with SSB's life tables of the defaults' year, and the intervals (the
 * condition's, overridden by the scenario's `uncertainty.pathways`). A persona with fewer
 * than two pathways has no transition: null (a whole run skips its scale-up too). Pure.
 */
export function pathwaySetup(
  inputs: ScaleUpInputs,
  block: UncertaintyScenario["pathways"],
  o: { firstYear: number; lastYear: number; seed: number },
): PathwaySetup | null {
  const full = inputs.persona;
  if (full.pathways.length < 2) return null;
  const transition = { from: full.pathways[0].id, to: full.pathways[1].id };
  const d = inputs.condition;
  const persona: PersonaModel = { ...full, pathways: full.pathways.slice(0, 2) };
  const mx = (sex: "male" | "female") => periodMx(inputs.mortality, inputs.assumptions, sex, d.lifeTableYear).mx;
  return {
    persona,
    transition,
    scaleUp: {
      prevalence: d.prevalence.value,
      incidence70plus: d.incidence70plus.value,
      existingCount: null,
      survivalMedianYears: d.survivalAfterDiagnosis.medianYears,
      survivalAtAge: d.survivalAfterDiagnosis.atAge,
      mx: { male: mx("male"), female: mx("female") },
    },
    settings: resolvePathwayUncertainty(block, d, full, transition, "uncertainty.pathways"),
    firstYear: o.firstYear,
    lastYear: o.lastYear,
    seed: o.seed,
    priceYear: full.catalogue.priceYear ?? null,
  };
}
