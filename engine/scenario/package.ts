import { z } from "zod";

const nonNegative = (field: string) =>
  z
    .number({ error: (i) => `expected ${field} as a number, got ${JSON.stringify(i.input)}` })
    .min(0, { error: (i) => `expected a non-negative number, got ${String(i.input)}` })
    .refine(Number.isFinite, { error: (i) => `expected a finite number, got ${String(i.input)}` });

/**
 * One line of a package: a catalogue service and variant and how much of it, either
 * `quantityPerWeek` (hours, units, call-outs … per week) or `places` (per-year units).
 */
export const packageLineSchema = z.strictObject({
  service: z.string({ error: (i) => `expected a service name, got ${JSON.stringify(i.input)}` }).min(1, { error: 'expected a service name, got ""' }),
  variant: z.string({ error: (i) => `expected a variant name, got ${JSON.stringify(i.input)}` }).optional(),
  quantityPerWeek: nonNegative("the quantity per week").optional(),
  places: nonNegative("the number of places").optional(),
  /** Visits per week (ambulant services): with a travel time per visit, travel is priced as its own line. */
  visitsPerWeek: nonNegative("the number of visits per week").optional(),
  /** Travel minutes per visit for this line (default: the alternative's). Use with prices without travel time. */
  travelMinutesPerVisit: nonNegative("the travel minutes per visit").optional(),
  note: z.string().optional(),
});

/** A user's fee (egenbetaling), income for the municipality: exactly one of kr per week, per month or per year. */
export const userFeeSchema = z.strictObject({
  name: z.string().min(1),
  nokPerWeek: nonNegative("the fee in kr per week").optional(),
  nokPerMonth: nonNegative("the fee in kr per month").optional(),
  nokPerYear: nonNegative("the fee in kr per year").optional(),
});

/**
 * One alternative: a name and its lines; optionally a travel time per visit for its lines
 * with `visitsPerWeek` (priced at each line's hourly price, shown as travel lines) and the
 * user's fees (income, subtracted as their own lines so the net cost is traceable).
 */
export const packageAlternativeSchema = z.strictObject({
  name: z.string().optional(),
  lines: z.array(packageLineSchema).min(1, { error: "expected at least one line, got none" }),
  travelMinutesPerVisit: nonNegative("the travel minutes per visit").optional(),
  userFees: z.array(userFeeSchema).optional(),
});

/**
 * A package file: `{"alternatives":[{"name":"Alt. 1","lines":[{"service":…,"variant":…,"quantityPerWeek":16.5}]}]}`,
 * one to three alternatives side by side.
 */
export const packageSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  alternatives: z
    .array(packageAlternativeSchema)
    .min(1, { error: "expected one to three alternatives, got none" })
    .max(3, { error: (i) => `expected one to three alternatives, got ${(i.input as unknown[]).length}` }),
});

/** A package line as given (before pricing). */
export type PackageLine = z.infer<typeof packageLineSchema>;
/** A package alternative as given (before pricing). */
export type PackageAlternative = z.infer<typeof packageAlternativeSchema>;
/** A user's fee as given. */
export type UserFee = z.infer<typeof userFeeSchema>;
/** A package of one to three alternatives. */
export type ServicePackage = z.infer<typeof packageSchema>;
