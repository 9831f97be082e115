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
 * An effort-staircase file (JSON). Paths are relative to the file; a name instead of a
 * path means a staircase shipped in data/effort (`asker-2020`, or just `asker`).
 * - `steps`: the step set: a staircase CSV, a shipped name, or an inline list.
 * - `figures`: per-step figures: a staircase CSV, a shipped name, or an inline list.
 * - `accounts`, `keys`: cost-centre amounts and allocation keys (CSV); costs then come from them.
 * - `userGroups`: the allowed user groups; `shifts`: shift scenarios.
 */
export const effortSpecSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  priceYear: num("a year").int().optional(),
  steps: z.union([z.string(), z.array(stepSpecSchema).min(1)]),
  figures: z.union([z.string(), z.array(figureSpecSchema)]).optional(),
  accounts: z.string().optional(),
  keys: z.string().optional(),
  userGroups: z.array(z.string()).optional(),
  shifts: z.array(shiftSpecSchema).default([]),
});
