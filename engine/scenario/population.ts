import { z } from "zod";

const path = z.record(z.string().regex(/^\d{4}$/, "a four-digit year"), z.number());

/**
 * The population part of a scenario file. Paths are relative to the scenario file.
 * - `file`: population CSV (region,year,age,population[,sex]); default: the embedded Færder file.
 * - `calibrate`: fit the place to the file's later years under MMMM (default true when present).
 * - `calibrateTo`: an SSB projection file instead of `file`: its first year is the base, its
 *   MMMM in `calibrateYears` (default: the next year and every fifth) the targets; its places
 *   on the municipal borders of `borderYear` (default the newest), `region` in any era's code.
 * - `assumptions`: patches on the national assumptions: extra or replaced letters for
 *   fertility (TFR paths), life expectancy, immigration, internal migration, and
 *   alternatives (code → name), e.g. a lower fertility path "X" and alternative "XMMM".
 * - `outMigration`: out-migration rates by age band (with `flows` as in-migration, gross
 *   flows can be given separately).
 * - `moves`: SSB's moves by single age (År;Region;Alder;Utflytting;Innflytting;Nettoflytting):
 *   the place's net migration rate by single age from the ten years before the base year,
 *   its own migration before calibration (see runPopulationScenario).
 * - `flows`: extra migration, e.g. older in-movers drawn by a housing development:
 *   `{ "label": "Omsorg+ Tjøme", "ages": "67-89", "perYear": { "2027": 0, "2028": 40 } }`.
 */
export const populationScenarioSchema = z.strictObject({
  file: z.string().optional(),
  region: z
    .string()
    .regex(/^0$|^\d{2}$|^\d{4}$/, "a region number as text: 4 digits (municipality), 2 (county) or 0 (the country)")
    .optional(),
  name: z.string().optional(),
  baseYear: z.number().int().optional(),
  calibrate: z.boolean().default(true),
  /** An SSB projection file (any format import-ssb reads) to take the place from and fit to its MMMM. */
  calibrateTo: z.string().optional(),
  /** Municipal borders of which year the calibrateTo file's places are put on (default the newest, 2024): merged places summed, old codes mapped. */
  borderYear: z.number().int().optional(),
  /** SSB's moves by single age (a file relative to the scenario): the place's migration by single age before calibration. */
  moves: z.string().optional(),
  /** Years to fit (default with calibrateTo: the year after the base and every fifth year). */
  calibrateYears: z.array(z.number().int()).optional(),
  alternatives: z.array(z.string()).min(1).default(["MMMM"]),
  endYear: z.number().int().default(2040),
  bands: z.union([z.string(), z.array(z.string())]).default("plan"),
  assumptions: z
    .strictObject({
      fertility: z.record(z.string().length(1), path).optional(),
      lifeExpectancy: z.strictObject({ male: z.record(z.string().length(1), path), female: z.record(z.string().length(1), path) }).optional(),
      immigration: z.record(z.string().length(1), path).optional(),
      internalMigration: z.record(z.string().length(1), z.number().nonnegative()).optional(),
      alternatives: z.record(z.string().regex(/^[A-Za-z0-9]{4}$/), z.string()).optional(),
      fertilitySchedule: z
        .union([
          z.strictObject({ meanAge: z.number().min(20).max(40), sd: z.number().positive().max(12) }),
          z.strictObject({ weights: z.record(z.string(), z.number().nonnegative()) }),
        ])
        .optional(),
      sexRatioAtBirth: z.number().min(0.9).max(1.2).optional(),
    })
    .optional(),
  /**
   * Gross out-migration as rates (persons leaving per person and year, by age at the end of
   * the year), applied after calibration together with `flows` (gross in-migration), so that
   * in- and out-migration can be given separately: `{ "ages": "18-24", "rate": 0.08 }`.
   */
  outMigration: z.array(z.strictObject({ ages: z.string(), rate: z.number().min(0).max(1) })).default([]),
  flows: z
    .array(
      z.strictObject({
        label: z.string(),
        ages: z.string(),
        maleShare: z.number().min(0).max(1).default(0.5),
        perYear: path,
      }),
    )
    .default([]),
});

export type PopulationScenario = z.infer<typeof populationScenarioSchema>;
