import type { ScaleUpInputs } from "../uncertainty/pathway-setup";
import { loadMortalityBase, loadNationalAssumptions } from "./defaults";
import { loadConditionDefaults, personaFromSpec, readPersonaFile, readPublishedForPersona } from "./persona-file";

/**
 * Reads what a persona's scale-up in the uncertainty replicates needs: the persona file
 * (with its price catalogue), the condition's defaults (data/pathways/dementia-defaults.json)
 * and SSB's base death rates and national assumptions (for the condition's life tables).
 *
 * @example pathwaySetup(readScaleUpInputs("scenarios/personas/johs.json"), undefined, { firstYear: 2025, lastYear: 2040, seed: 2040 })
 */
export function readScaleUpInputs(personaFile: string): ScaleUpInputs {
  const spec = readPersonaFile(personaFile);
  return {
    persona: personaFromSpec(spec, personaFile),
    published: readPublishedForPersona(spec, personaFile)?.rows ?? null,
    condition: loadConditionDefaults(),
    mortality: loadMortalityBase(),
    assumptions: loadNationalAssumptions(),
  };
}
