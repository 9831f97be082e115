import { z } from "zod";
import { seedSchema } from "./seed";

const phi = z.number().min(0).lt(1);
const letter = z.string().length(1, "one letter");
const level = z.number().gt(0, "expected a level above 0 and below 1").lt(1, "expected a level above 0 and below 1");

/**
 * An interval around a value: triangular (mode = the value, default; low and high the
 * ends), uniform, or lognormal (a split log-normal: median = the value, low-high exactly
 * its central interval at `level`, default 0.95, as a published confidence interval).
 */
export const intervalSchema = z
  .strictObject({
    low: z.number(),
    high: z.number(),
    shape: z.enum(["triangular", "uniform", "lognormal"]).optional(),
    level: level.optional(),
  })
  .refine((i) => i.low <= i.high, { message: "expected low at most high", path: ["low"] })
  .refine((i) => i.level === undefined || i.shape === "lognormal", { message: 'expected level only with shape "lognormal"', path: ["level"] });

const interval = intervalSchema;

/**
 * The optional `uncertainty` part of a scenario (issue 8): how the stochastic population
 * and the parameter draws of `trappa sensitivity` are set up. Every key is optional; a
 * missing key takes the documented default (engine/uncertainty/settings.ts, data/README.md).
 * Ranges (low ≤ high, shares within 0…1, ids that exist) are checked when it runs.
 */
export const uncertaintyScenarioSchema = z.strictObject({
  /** Level of the central intervals: SSB's low and high paths are read as its bounds, and the output percentiles are (1 ± level) / 2. Default 0.8. */
  level: level.optional(),
  /** Number of Monte Carlo replicates (default 200). */
  replicates: z.number().int().min(2).optional(),
  /** Master seed (default report.seed, else 2040). */
  seed: seedSchema.optional(),
  population: z
    .strictObject({
      /** Letters of the paths read as the low and high bounds (default "L" and "H"). */
      low: letter.optional(),
      high: letter.optional(),
      fertility: z.strictObject({ phi: phi.optional(), spread: z.number().min(0).optional() }).optional(),
      lifeExpectancy: z.strictObject({ phi: phi.optional(), spread: z.number().min(0).optional() }).optional(),
      immigration: z.strictObject({ phi: phi.optional(), spread: z.number().min(0).optional() }).optional(),
      internalMigration: z.strictObject({ phi: phi.optional(), relativeSpread: z.number().min(0).optional() }).optional(),
    })
    .optional(),
  /** Coverage rates as Beta posteriors (Jeffreys prior) from base-year counts; `sampleSize` per service id replaces the base-year band population for services given as rates. */
  coverageRates: z.strictObject({ off: z.boolean().optional(), sampleSize: z.record(z.string(), z.number().positive()).optional() }).optional(),
  /** Today's housing profile as Dirichlet posteriors per band; `sampleSize` replaces the base-year band population. */
  profileShares: z.strictObject({ off: z.boolean().optional(), sampleSize: z.number().positive().optional() }).optional(),
  /** Cost per unit and year (kroner) per step or service id; ids not named get ±`defaultRelative` (default 0.2). */
  unitCosts: z.strictObject({ defaultRelative: z.number().min(0).lt(1).optional(), intervals: z.record(z.string(), interval).optional() }).optional(),
  /** Årsverk per unit per step or service id; ids not named get ±`defaultRelative` (default 0.1). */
  arsverkPerUnit: z.strictObject({ defaultRelative: z.number().min(0).lt(1).optional(), intervals: z.record(z.string(), interval).optional() }).optional(),
  /**
   * The persona's municipal scale-up in each replicate (defaults and sources in
   * data/pathways/dementia-defaults.json, "uncertainty"): prevalence and incidence 70+ in
   * their own units around the defaults, the median survival after diagnosis as a factor,
   * and factors on each phase's annual cost and length (per phase id).
   */
  pathways: z
    .strictObject({
      off: z.boolean().optional(),
      /** Person-level Monte Carlo replicates per parameter set (default 8). */
      personReplicates: z.number().int().min(2).optional(),
      prevalence70plus: interval.optional(),
      incidence70plus: interval.optional(),
      survivalFactor: interval.optional(),
      phasePrices: z.strictObject({ defaultRelative: z.number().min(0).lt(1).optional(), intervals: z.record(z.string(), interval).optional() }).optional(),
      phaseDurations: z.strictObject({ defaultRelative: z.number().min(0).lt(1).optional(), intervals: z.record(z.string(), interval).optional() }).optional(),
    })
    .optional(),
  /** Intervals for shares of the alternative housing profile; the change is taken from or given to `absorbedBy` (default the band's first step). */
  alternativeShares: z
    .array(
      z
        .strictObject({
          band: z.string(),
          step: z.string(),
          low: z.number().min(0),
          high: z.number().max(1),
          shape: z.enum(["triangular", "uniform", "lognormal"]).optional(),
          level: level.optional(),
          absorbedBy: z.string().optional(),
        })
        .refine((i) => i.low <= i.high, { message: "expected low at most high", path: ["low"] }),
    )
    .optional(),
});

export type UncertaintyScenario = z.infer<typeof uncertaintyScenarioSchema>;
