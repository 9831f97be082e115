import { z } from "zod";
import { checkFormulaSyntax } from "./formula-syntax";
import { moneyWithUncertainty, numberWithUncertainty, rateWithUncertainty } from "./inline-uncertainty";
import { registeredBaseSchema } from "./registered-base";

const bandRecord = z.record(z.string(), z.number());
const shape = z.enum(["linear", "s-curve"]);
const year = z.number().int();
/** A formula of the year `ar` for every service, or one per service id; its syntax checked when the file is read. */
const yearExpression = z.union([z.string(), z.record(z.string(), z.string())]).superRefine((x, ctx) => {
  if (typeof x === "string") checkFormulaSyntax(x, ctx);
  else for (const [id, text] of Object.entries(x)) checkFormulaSyntax(text, ctx, [id]);
});

/**
 * Money per unit and year in kroner of a price year: `{ "value": 1200000, "priceYear": 2024 }`,
 * optionally with its uncertainty (`low`, `high`, `shape`, `level`: see inline-uncertainty.ts).
 */
export const moneySchema = moneyWithUncertainty;

/**
 * The `coverage` part of a scenario file (see engine/coverage/types.ts for the meaning):
 * services with counts or rates per band, årsverk and unit cost per unit, and the
 * alternatives compared with alternativ 0 (rate paths, healthier ageing, årsverk
 * growth, transfers between services). Ranges and cross-references (bands, service ids,
 * years) are checked against the population when the scenario runs.
 */
export const coverageScenarioSchema = z.strictObject({
  baseYear: year.optional(),
  endYear: year.optional(),
  positionSize: z.number().optional(),
  services: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        name: z.string(),
        unit: z.enum(["users", "places", "hours"]),
        counts: bandRecord.optional(),
        /** Per band a rate, or `{ "value": rate, "count": users }` / `{ "value": rate, "sampleSize": residents }` (its uncertainty). */
        rates: z.record(z.string(), rateWithUncertainty).optional(),
        /** A number, or `{ "value", "low", "high" }` (its uncertainty). */
        arsverkPerUnit: numberWithUncertainty,
        unitCost: moneySchema,
        source: z.string().optional(),
      }),
    )
    .min(1),
  alternatives: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        description: z.string().optional(),
        paths: z
          .record(
            z.string(),
            z.strictObject({
              shape: z.enum(["constant", "linear", "s-curve"]),
              targetYear: year.optional(),
              startYear: year.optional(),
              targetRates: bandRecord.optional(),
              factor: z.number().optional(),
              bands: z.array(z.string()).optional(),
            }),
          )
          .optional(),
        healthierAgeing: z
          .strictObject({
            years: z.number(),
            byYear: year,
            startYear: year.optional(),
            shape: shape.optional(),
            services: z.array(z.string()).optional(),
            openBandWidth: z.number().optional(),
          })
          .optional(),
        arsverkGrowth: z.union([z.number(), z.record(z.string(), z.number())]).optional(),
        /** Factors as formulas of the year `ar`, e.g. "0.99 ^ (ar - 2024)" (engine/coverage/year-factors.ts). */
        rateFactor: yearExpression.optional(),
        arsverkFactor: yearExpression.optional(),
        unitCostFactor: yearExpression.optional(),
        transfers: z
          .array(
            z.strictObject({
              from: z.string(),
              to: z.string(),
              share: z.number(),
              byYear: year,
              startYear: year.optional(),
              shape: shape.optional(),
              bands: z.array(z.string()).optional(),
            }),
          )
          .optional(),
      }),
    )
    .default([]),
  /** The registered base alternativ 0 is calibrated to (registered-base.ts; `units` per service id, no `occupancy`). */
  registeredBase: registeredBaseSchema.optional(),
});

export type CoverageScenario = z.infer<typeof coverageScenarioSchema>;
