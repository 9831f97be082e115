import { z } from "zod";
import { moneySchema } from "./coverage";
import { numberWithUncertainty, shareWithUncertainty } from "./inline-uncertainty";
import { housingInvestmentSchema, registeredBaseSchema, stepInvestmentSchema } from "./registered-base";

const year = z.number().int();
const profile = z.record(z.string(), z.record(z.string(), z.number()));

/**
 * The `housing` part of a scenario file (see engine/housing/types.ts): the steps of the
 * staircase (årsverk and cost per unit, today's stock, occupancy, whether a step is one
 * of "the higher steps"), today's and the alternative profile per age band, the path to
 * the alternative, and the periods of the build need. Share sums, step references, bands
 * and years are checked when the scenario runs.
 */
export const housingScenarioSchema = z.strictObject({
  baseYear: year.optional(),
  endYear: year.optional(),
  targetYear: year.optional(),
  positionSize: z.number().optional(),
  steps: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        name: z.string(),
        arsverkPerUnit: numberWithUncertainty,
        costPerUnit: moneySchema,
        stock: z.number().nullable().optional(),
        occupancy: z.number().optional(),
        higher: z.boolean().optional(),
        /** Investment per new or converted unit, and the state grant's share (registered-base.ts). */
        investment: stepInvestmentSchema.optional(),
        source: z.string().optional(),
      }),
    )
    .min(1),
  /** Shares per band and step; a share of the alternative profile may be `{ "value", "low", "high", "absorbedBy"? }` (its uncertainty). */
  profiles: z.strictObject({ today: profile, alternative: z.record(z.string(), z.record(z.string(), shareWithUncertainty)) }),
  path: z.strictObject({
    shape: z.enum(["linear", "s-curve"]),
    targetYear: year,
    startYear: year.optional(),
    /** How far toward the alternative profile the path goes by its target year (0-1, default 1: all the way); the «Hva om?» panel's housing control. */
    share: z.number().min(0).max(1).optional(),
  }),
  normaliseShares: z.boolean().optional(),
  /** Factor on every share above the first step in both profiles (healthier ageing: below 1); the first step takes the rest. Default 1. */
  coverageFactor: z.number().positive().optional(),
  /** Yearly real growth of every step's cost per unit from the base year (real wage growth), e.g. 0.01. Default 0. */
  realWageGrowth: z.number().min(-0.1).max(0.1).optional(),
  periods: z.array(year).optional(),
  /** The registered base the staircase is calibrated to (registered-base.ts). */
  registeredBase: registeredBaseSchema.optional(),
  /** Investment per new or converted unit by step id and the state grant's share (registered-base.ts). */
  investment: housingInvestmentSchema.optional(),
});

export type HousingScenario = z.infer<typeof housingScenarioSchema>;
