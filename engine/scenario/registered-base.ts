import { z } from "zod";

const nonNegative = (what: string) =>
  z.number({ error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` }).refine((x) => Number.isFinite(x) && x >= 0, {
    error: (i) => `expected ${what} (not negative), got ${String(i.input)}`,
  });
const positive = (what: string) =>
  z.number({ error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` }).refine((x) => Number.isFinite(x) && x > 0, {
    error: (i) => `expected ${what} above 0, got ${String(i.input)}`,
  });

/**
 * A registered base (`housing.registeredBase`, `coverage.registeredBase`): what the
 * municipality has registered in a year, which the part calibrates to (optional fields):
 * `arsverk` (total årsverk, e.g. Færder's 855 in 2023), `cost` (total cost a year, kroner of
 * `priceYear`), `units` (units per step or service id: dwellings, places or users), `occupancy`
 * (residents per unit per step; housing only) and where the figures come from.
 */
export const registeredBaseSchema = z.strictObject({
  year: z.number().int({ error: (i) => `expected a year, got ${JSON.stringify(i.input)}` }),
  arsverk: positive("a number of årsverk").optional(),
  cost: z.strictObject({ value: positive("a cost in kroner a year"), priceYear: z.number().int() }).optional(),
  units: z.record(z.string(), nonNegative("a number of units")).optional(),
  occupancy: z.record(z.string(), positive("residents per unit")).optional(),
  source: z.string().optional(),
});

export type RegisteredBaseSpec = z.infer<typeof registeredBaseSchema>;

/** An investment per new or converted unit of a step (`housing.steps[i].investment`): kroner of a price year, and the state grant's share (e.g. Husbanken's investment grant). */
export const stepInvestmentSchema = z.strictObject({
  perUnit: nonNegative("an investment in kroner per unit"),
  priceYear: z.number().int(),
  grantShare: nonNegative("a share")
    .refine((x) => x <= 1, { error: (i) => `expected a share between 0 and 1, got ${String(i.input)}` })
    .optional(),
  source: z.string().optional(),
});

export type StepInvestment = z.infer<typeof stepInvestmentSchema>;

/**
 * Investment per new or converted unit for several steps at once (`housing.investment`):
 * kroner of `priceYear` per unit by step id, and the state grant's share of it (e.g.
 * Husbanken's investment grant; default 0). A step's own `investment` takes precedence.
 */
export const housingInvestmentSchema = z.strictObject({
  priceYear: z.number().int(),
  perUnit: z.record(z.string(), nonNegative("an investment in kroner per unit")),
  grantShare: nonNegative("a share")
    .refine((x) => x <= 1, { error: (i) => `expected a share between 0 and 1, got ${String(i.input)}` })
    .optional(),
  source: z.string().optional(),
});

export type HousingInvestment = z.infer<typeof housingInvestmentSchema>;
