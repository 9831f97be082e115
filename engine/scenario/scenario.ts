import { z } from "zod";
import { seedSchema } from "./seed";
import { coverageScenarioSchema } from "./coverage";
import { effortSpecSchema } from "./effort";
import { homeServicesSpecSchema } from "./home-services";
import { withoutServicesSpecSchema } from "./without-services";
import { housingScenarioSchema } from "./housing";
import { indicatorsSchema } from "./indicators";
import { inputsScenarioSchema } from "./inputs";
import { populationScenarioSchema } from "./population";
import { scaleUpScenarioSchema } from "./scale-up";
import { uncertaintyScenarioSchema } from "./uncertainty";

/**
 * The `prices` part: a price catalogue (a path relative to the scenario file, or the name
 * of a shipped one in data/prices, e.g. "oslo-nordstrand-2023-11") and service packages
 * (JSON files, see `trappa calc`) priced with it in the run.
 */
export const pricesScenarioSchema = z.strictObject({
  catalogue: z.string().min(1),
  packages: z.array(z.string().min(1)).default([]),
});

/**
 * The `personas` part: a file with a persona and its pathway models (relative to the
 * scenario file). A run gives the persona's timeline, its Monte Carlo over the run's
 * replicates and, unless `scaleUp` is false, the scale-up to the municipality on the run's
 * own projection (engine/run/parts/personas.ts).
 */
export const personasScenarioSchema = z.strictObject({
  file: z.string().min(1),
  /** Scale the persona pathways up to the municipality (default true); or the scale-up's settings (scaleUpScenarioSchema). */
  scaleUp: z.union([z.boolean(), scaleUpScenarioSchema]).optional(),
  /** Share of new cases that take the second pathway in the transition (0-1, default 1; the rest stay on the first): the «Hva om?» panel's proactive share. */
  transitionShare: z.number().min(0).max(1).optional(),
});

/**
 * Report settings: title, the population alternative coverage and housing run under
 * (default the population's first), the council summary's target year (default the
 * housing path's), and the Monte Carlo seed and number of replicates (command-line
 * flags override them).
 */
export const reportSettingsSchema = z.strictObject({
  title: z.string().min(1).optional(),
  alternative: z.string().optional(),
  targetYear: z.number().int().optional(),
  seed: seedSchema.optional(),
  replicates: z.number().int().min(1).optional(),
});

/**
 * A whole scenario file: one JSON object composing the parts of a run. Every part is
 * optional; a part absent from the scenario is skipped by the run. `extends` names a
 * baseline scenario file (relative to this one) that this file patches (JSON merge patch,
 * RFC 7396: objects are merged key by key, arrays and values replace, `null` removes).
 * The schema is closed: unknown keys are errors.
 */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  extends: z.string().min(1).optional(),
  population: populationScenarioSchema.optional(),
  coverage: coverageScenarioSchema.optional(),
  housing: housingScenarioSchema.optional(),
  prices: pricesScenarioSchema.optional(),
  personas: personasScenarioSchema.optional(),
  /** The effort staircase (innsatstrapp, engine/scenario/effort.ts); optional. */
  effort: effortSpecSchema.optional(),
  /** The home-service analysis (engine/scenario/home-services.ts); its shift may feed the housing staircase's alternative profile. */
  homeServices: homeServicesSpecSchema.optional(),
  /** The share of residents 80+ without care services over time against comparison regions (engine/scenario/without-services.ts). */
  withoutServices: withoutServicesSpecSchema.optional(),
  report: reportSettingsSchema.optional(),
  /** Uncertainty and sensitivity settings (issue 8, engine/uncertainty); optional. */
  uncertainty: uncertaintyScenarioSchema.optional(),
  /** A user's own key figures: formulas over the run's measures (engine/scenario/indicators.ts). */
  indicators: indicatorsSchema.optional(),
  /** The municipality's inputs as CSV files (rates, staffing and costs, today's housing profile), see scenario/inputs.ts. */
  inputs: inputsScenarioSchema.optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type PricesScenario = z.infer<typeof pricesScenarioSchema>;
export type PersonasScenario = z.infer<typeof personasScenarioSchema>;
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
