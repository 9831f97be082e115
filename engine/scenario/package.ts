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
  note: z.string().optional(),
});

/** One alternative: a name and its lines. */
export const packageAlternativeSchema = z.strictObject({
  name: z.string().optional(),
  lines: z.array(packageLineSchema).min(1, { error: "expected at least one line, got none" }),
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
/** A package of one to three alternatives. */
export type ServicePackage = z.infer<typeof packageSchema>;
