import { loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { loadConditionDefaults } from "../io/persona-file";
import { periodMx } from "../pathways/life-table-mx";
import type { PersonaModel } from "../pathways/model";
import type { ScaleUpModel } from "../pathways/scale-up";
import { type BandPopulationSeries, buildScaleUpModel } from "../pathways/scale-up-build";
import { SCALE_UP_BANDS, scaleUpSeries } from "../pathways/scale-up-population";
import { populationScenarioSchema } from "../scenario/population";
import { runPopulationScenario } from "./population";

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

/**
 * The projected population for the scale-up: a population scenario (default: the embedded
 * Færder file under SSB's MMMM, calibrated to its later years) run to `lastYear`, in the
 * bands 0-69, 70-74, 75-79, 80-84, 85-89 and 90+, 1 January of `firstYear`…`lastYear`.
 */
export function scaleUpPopulation(
  firstYear: number,
  lastYear: number,
  scenario: Record<string, unknown> = {},
  baseDir = process.cwd(),
): BandPopulationSeries & { place: string } {
  const s = populationScenarioSchema.parse({ bands: SCALE_UP_BANDS, ...scenario, endYear: lastYear, alternatives: ["MMMM"] });
  const job = runPopulationScenario(s, baseDir);
  return { ...scaleUpSeries(job.run.projections.get("MMMM")!, firstYear, lastYear), place: job.run.place.name };
}
