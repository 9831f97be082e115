import type { PriceCatalogue } from "../calculator/catalogue";
import { InputError } from "../errors";
import type { PersonaFile } from "../scenario/personas";
import type { PersonaModel } from "./model";
import { pricePhase } from "./price-phase";
import { calibrateHazardRatio } from "./survival";
import { resolvePathwayTimeline } from "./timeline";

/**
 * Builds a runnable persona: places each pathway's phases on the timeline (checking gaps and
 * overlaps), prices every phase with the catalogue (or takes its published figure), and sets
 * up survival from the life table `mx` (the person's sex, death rates by age 0…ω) with the
 * file's hazard ratio, or one calibrated so that the median age at death is the timeline's.
 * Errors are InputErrors naming `file` and the field.
 */
export function compilePersona(spec: PersonaFile, file: string, catalogue: PriceCatalogue, mx: Float64Array, lifeTableLabel: string): PersonaModel {
  const ids = new Set<string>();
  const pathways = spec.pathways.map((p, i) => {
    if (ids.has(p.id)) throw new InputError(`${file}: pathways[${i}].id: expected each pathway id once, got "${p.id}" again`);
    ids.add(p.id);
    const spans = resolvePathwayTimeline(spec, p, i, file);
    const phaseIds = new Set<string>();
    const phases = p.phases.map((ph, k) => {
      if (phaseIds.has(ph.id)) throw new InputError(`${file}: pathways[${i}].phases[${k}].id: expected each phase id once in a pathway, got "${ph.id}" again`);
      phaseIds.add(ph.id);
      const price = pricePhase(catalogue, ph, `${file}: pathways[${i}].phases[${k}]`);
      return {
        id: ph.id,
        name: ph.name,
        startAge: spans[k].startAge,
        endAge: spans[k].endAge,
        ...price,
        sigma: ph.durationSigma ?? spec.monteCarlo.durationSigma,
        enterProbability: ph.enterProbability ?? 1,
      };
    });
    return { id: p.id, name: p.name, phases, investments: p.investments.map((v) => ({ label: v.label, amountNok: v.amountNok, atYears: v.atYears })) };
  });
  const hr = spec.monteCarlo.survival.hazardRatio;
  const calibrated = hr === "calibrate";
  return {
    name: spec.name,
    file,
    sex: spec.person.sex,
    condition: spec.person.condition,
    startAge: spec.person.startAge,
    deathAge: spec.person.deathAge,
    catalogue: { name: catalogue.name, priceYear: catalogue.priceYear, hoursPerFte: catalogue.hoursPerFte },
    pathways,
    monteCarlo: {
      onsetSdYears: spec.monteCarlo.onsetSdYears,
      timing: spec.monteCarlo.timing,
      survival: {
        mx,
        hazardRatio: calibrated ? calibrateHazardRatio(mx, spec.person.startAge, spec.person.deathAge) : hr,
        calibrated,
        label: lifeTableLabel,
      },
    },
  };
}
