import { loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { loadConditionDefaults } from "../io/persona-file";
import { periodMx } from "../pathways/life-table-mx";
import type { PersonaModel } from "../pathways/model";
import type { ScaleUpModel } from "../pathways/scale-up";
import { type BandPopulationSeries, buildScaleUpModel } from "../pathways/scale-up-build";
import { scaleUpPopulation } from "../pathways/scale-up-population";

export interface ScaleUpBuildOptions {
  firstYear: number;
  lastYear: number;
  /** Persons with the condition at the start; null: prevalence × population. */
  count: number | null;
  /** The projected population (`firstYear`…`lastYear`, the scale-up's bands): a run passes its own; else the population scenario below is projected under MMMM. */
  population?: BandPopulationSeries & { place: string };
  /** A population scenario (the `population` part of a scenario file) and the folder its paths are relative to; default the embedded Færder. */
  populationScenario?: Record<string, unknown>;
  baseDir?: string;
}

/**
 * The scale-up model of a persona for a municipality: its projected population (SSB MMMM,
 * bands 0-69 … 90+), the condition's defaults (data/pathways/dementia-defaults.json:
 * prevalence, incidence, survival after diagnosis) and SSB's life tables.
 */
export function buildScaleUp(model: PersonaModel, o: ScaleUpBuildOptions): { model: ScaleUpModel; place: string } {
  const d = loadConditionDefaults();
  const base = loadMortalityBase();
  const as = loadNationalAssumptions();
  const pop = o.population ?? scaleUpPopulation(o.firstYear, o.lastYear, o.populationScenario, o.baseDir);
  const su = buildScaleUpModel(model, pop, {
    prevalence: d.prevalence.value,
    incidence70plus: d.incidence70plus.value,
    existingCount: o.count,
    survivalMedianYears: d.survivalAfterDiagnosis.medianYears,
    survivalAtAge: d.survivalAfterDiagnosis.atAge,
    mx: { male: periodMx(base, as, "male", d.lifeTableYear).mx, female: periodMx(base, as, "female", d.lifeTableYear).mx },
  });
  return { model: su, place: pop.place };
}
