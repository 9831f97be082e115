import { z } from "zod";
import { packageLineSchema } from "./package";

const num = (what: string) => z.number({ error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` });
const nonNegative = (what: string) =>
  num(what).refine((x) => Number.isFinite(x) && x >= 0, { error: (i) => `expected ${what} (not negative), got ${String(i.input)}` });
const probability = (what: string) => num(what).refine((x) => x >= 0 && x <= 1, { error: (i) => `expected ${what} between 0 and 1, got ${String(i.input)}` });

/**
 * A published annual figure carried directly by a phase where it does not decompose into
 * catalogue prices (e.g. the Johs reactive pathway at 75): cost and staff hours per year and
 * where they come from. Marked as published in every output.
 */
export const publishedFigureSchema = z.strictObject({
  annualCostNok: nonNegative("an annual cost in kroner"),
  annualStaffHours: nonNegative("annual staff hours"),
  source: z.string().min(1, { error: 'expected a source for the published figure, got ""' }),
});

/**
 * One phase of a pathway: a service package priced with the calculator (`lines`, possibly
 * none) or a published annual figure (`published`), with when it starts and how long it
 * lasts. Start: `startAge` (an age) or `startAfterYears` (years after the previous phase
 * started); without either it starts where the previous one ends. Duration: `durationYears`
 * or, for all but the last phase, up to the next phase's start; the last phase lasts until
 * death. Monte Carlo: `durationSigma` (log-scale sd of the duration, default the file's) and
 * `enterProbability` (chance the phase happens at all; otherwise its time stays with the
 * phase before).
 */
export const phaseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_-]+$/, { error: (i) => `expected an id of a-z, 0-9, _ and -, got ${JSON.stringify(i.input)}` }),
  name: z.string().min(1),
  description: z.string().optional(),
  startAge: nonNegative("an age in years").optional(),
  startAfterYears: nonNegative("years after the previous phase started").optional(),
  durationYears: nonNegative("a duration in years").optional(),
  lines: z.array(packageLineSchema).optional(),
  published: publishedFigureSchema.optional(),
  durationSigma: nonNegative("a log-scale standard deviation").optional(),
  enterProbability: probability("a probability").optional(),
});

/** A one-off investment, kept apart from yearly costs: amount and when (years after the start). */
export const investmentSchema = z.strictObject({
  label: z.string().min(1),
  amountNok: nonNegative("an amount in kroner"),
  atYears: nonNegative("years after the start").default(0),
  source: z.string().optional(),
});

export const pathwaySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_-]+$/, { error: (i) => `expected an id of a-z, 0-9, _ and -, got ${JSON.stringify(i.input)}` }),
  name: z.string().min(1),
  description: z.string().optional(),
  investments: z.array(investmentSchema).default([]),
  phases: z.array(phaseSchema).min(1, { error: "expected at least one phase, got none" }),
});

/**
 * Monte Carlo settings. Every random quantity is drawn by inversion of its distribution
 * function from one uniform, and every location parameter is the deterministic timeline's
 * value at the median draw, so that with the variation off (every uniform 0.5) Monte Carlo
 * equals the deterministic timeline.
 * - `onsetSdYears`: sd of a normal onset age around the person's start age.
 * - `durationSigma`: default log-scale sd of a phase's duration (log-normal, median = the timeline's).
 * - `timing`: "scaled" (the phases fill the drawn survival in proportion to their drawn
 *   lengths: a shorter life moves faster through the phases) or "absolute" (phases last
 *   their drawn years; death cuts the pathway short; the last phase lasts until death).
 * - `survival.hazardRatio`: multiplier on the life table's death rates, or "calibrate" to
 *   solve it so that the median age at death equals the timeline's death age.
 * - `survival.lifeTableYear`: year whose period life table (SSB's MMMM e0) is used.
 */
export const monteCarloSchema = z.strictObject({
  onsetSdYears: nonNegative("a standard deviation in years").default(0),
  durationSigma: nonNegative("a log-scale standard deviation").default(0),
  timing: z.enum(["scaled", "absolute"]).default("scaled"),
  survival: z
    .strictObject({
      hazardRatio: z
        .union([
          z.literal("calibrate"),
          num("a positive hazard ratio").refine((x) => x > 0, { error: (i) => `expected a positive hazard ratio, got ${String(i.input)}` }),
        ])
        .default("calibrate"),
      lifeTableYear: z.number().int().min(2023).max(2100).default(2024),
    })
    .default({ hazardRatio: "calibrate", lifeTableYear: 2024 }),
});

/**
 * A persona file (scenarios/personas/*.json): who (sex, start age, condition, the age at
 * death of the published timeline), the price catalogue, and the pathway variants with their
 * phases in order. Paths are relative to the file.
 */
export const personaFileSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  source: z.string().optional(),
  person: z.strictObject({
    sex: z.enum(["male", "female"]),
    startAge: nonNegative("an age in years"),
    deathAge: nonNegative("an age in years"),
    condition: z.string().min(1),
  }),
  prices: z.string().min(1),
  pathways: z.array(pathwaySchema).min(1, { error: "expected at least one pathway, got none" }),
  monteCarlo: monteCarloSchema.default({ onsetSdYears: 0, durationSigma: 0, timing: "scaled", survival: { hazardRatio: "calibrate", lifeTableYear: 2024 } }),
  /** Published yearly figures to compare with (optional): a CSV like ../shared/domain/persona_johs.csv. */
  published: z.string().optional(),
});

export type PersonaFile = z.infer<typeof personaFileSchema>;
export type PhaseSpec = z.infer<typeof phaseSchema>;
export type PathwaySpec = z.infer<typeof pathwaySchema>;
export type MonteCarloSpec = z.infer<typeof monteCarloSchema>;

const shareRecord = z.record(z.string(), z.number().min(0).max(1));

/** The dementia defaults (data/pathways/dementia-defaults.json): prevalence, incidence, survival; each with its source. */
export const conditionDefaultsSchema = z
  .object({
    condition: z.string(),
    prevalence: z.object({ value: shareRecord, source: z.string() }),
    incidence70plus: z.object({ value: z.number().min(0).max(1), source: z.string() }),
    survivalAfterDiagnosis: z.object({
      medianYears: z.object({ male: z.number().positive(), female: z.number().positive() }),
      atAge: z.number(),
      source: z.string(),
    }),
    lifeTableYear: z.number().int(),
  })
  .passthrough();

export type ConditionDefaults = z.infer<typeof conditionDefaultsSchema>;
