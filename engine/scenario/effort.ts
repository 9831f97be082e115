import { z } from "zod";

const num = (what: string) => z.number({ error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` });
const nonNegative = (what: string) => num(what).min(0, { error: (i) => `expected a non-negative number, got ${String(i.input)}` });
const stepNumber = num("a step number").int({ error: (i) => `expected a whole step number, got ${String(i.input)}` });

/** A step given inline in an effort file. */
export const stepSpecSchema = z.strictObject({
  step: stepNumber,
  name: z.string().min(1),
  description: z.string().default(""),
  category: z.string().default(""),
  recipientUnit: z.string().optional(),
});

/** A per-step figure given inline: recipients, cost (kr per year) and/or price per recipient (kr per year). */
export const figureSpecSchema = z.strictObject({
  step: stepNumber,
  userGroup: z.string().optional(),
  recipients: nonNegative("a number of recipients").optional(),
  costNok: num("a cost in kr").optional(),
  pricePerRecipientNok: nonNegative("a price per recipient in kr").optional(),
  arsverk: nonNegative("a number of årsverk").optional(),
  decisions: nonNegative("a number of decisions").optional(),
  hoursPerWeek: nonNegative("hours per week").optional(),
});

/** A view of the staircase: steps left out, or a step's cost replaced (e.g. step 1 without kindergartens and schools). */
export const viewSpecSchema = z.strictObject({
  name: z.string().min(1),
  withoutSteps: z.array(stepNumber).optional(),
  stepCosts: z.array(z.strictObject({ step: stepNumber, costNok: num("a cost in kr"), note: z.string().optional() })).optional(),
});

/** A shift scenario: move `recipients` (or a `share` of them) from one step to another. */
export const shiftSpecSchema = z.strictObject({
  name: z.string().optional(),
  from: stepNumber,
  to: stepNumber,
  recipients: nonNegative("a number of recipients").optional(),
  share: num("a share")
    .min(0, { error: (i) => `expected a share between 0 and 1, got ${String(i.input)}` })
    .max(1, { error: (i) => `expected a share between 0 and 1, got ${String(i.input)}` })
    .optional(),
  unitCostFromNok: nonNegative("a unit cost in kr").optional(),
  unitCostToNok: nonNegative("a unit cost in kr").optional(),
});

/**
 * An effort staircase (innsatstrapp): an effort file (JSON, `trappa effort`) or the
 * `effort` part of a scenario. Paths are relative to the file; a name instead of a path
 * means a staircase shipped in data/effort (`asker-2020`, or just `asker`).
 * - `steps`: the step set: a staircase CSV, a shipped name, or an inline list.
 * - `figures`: per-step figures (recipients, cost, price, årsverk, decisions, hours per
 *   week): a staircase CSV, a shipped name, or an inline list.
 * - `accounts`, `keys`: cost-centre amounts and allocation keys (CSV); costs then come from them.
 * - `totalNok`: the staircase's known total (kr per year) including steps without figures;
 *   shares are of it (default: the staircase CSV's `# total_nok:`, else the sum of the steps).
 * - `userGroups`: the allowed user groups; `shifts`: shift scenarios; `views`: views with
 *   chosen steps left out or replaced.
 */
export const effortSpecSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  priceYear: num("a year").int().optional(),
  steps: z.union([z.string(), z.array(stepSpecSchema).min(1)]),
  figures: z.union([z.string(), z.array(figureSpecSchema)]).optional(),
  accounts: z.string().optional(),
  keys: z.string().optional(),
  totalNok: nonNegative("a total in kr").optional(),
  userGroups: z.array(z.string()).optional(),
  shifts: z.array(shiftSpecSchema).default([]),
  views: z.array(viewSpecSchema).default([]),
});

export type EffortSpec = z.infer<typeof effortSpecSchema>;
