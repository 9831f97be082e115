import { z } from "zod";

const phi = z.number().min(0).lt(1);
const letter = z.string().length(1, "one letter");
const interval = z.strictObject({
  low: z.number(),
  high: z.number(),
  /** Triangular (mode = the scenario's value, default) or uniform between low and high. */
  shape: z.enum(["triangular", "uniform"]).optional(),
}).refine((i) => i.low <= i.high, { message: "expected low at most high", path: ["low"] });

/**
 * The optional `uncertainty` part of a scenario (issue 8): how the stochastic population
 * and the parameter draws of `trappa sensitivity` are set up. Every key is optional; a
 * missing key takes the documented default (engine/uncertainty/settings.ts, data/README.md).
 * Ranges (low ≤ high, shares within 0…1, ids that exist) are checked when it runs.
 */
export const uncertaintyScenarioSchema = z.strictObject({
  /** Level of the central intervals: SSB's low and high paths are read as its bounds, and the output percentiles are (1 ± level) / 2. Default 0.8. */
  level: z.number().gt(0, "expected a level above 0 and below 1").lt(1, "expected a level above 0 and below 1").optional(),
  /** Number of Monte Carlo replicates (default 200). */
  replicates: z.number().int().min(2).optional(),
  /** Master seed (default report.seed, else 2040). */
  seed: z.number().int().nonnegative().optional(),
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
  /** Intervals for shares of the alternative housing profile; the change is taken from or given to `absorbedBy` (default the band's first step). */
  alternativeShares: z
    .array(
      z
        .strictObject({ band: z.string(), step: z.string(), low: z.number().min(0), high: z.number().max(1), shape: z.enum(["triangular", "uniform"]).optional(), absorbedBy: z.string().optional() })
        .refine((i) => i.low <= i.high, { message: "expected low at most high", path: ["low"] }),
    )
    .optional(),
});

export type UncertaintyScenario = z.infer<typeof uncertaintyScenarioSchema>;
