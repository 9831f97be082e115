import { z } from "zod";
import { moneySchema } from "./coverage";

const num = (what: string) => z.number({ error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` });
const share = (what: string) =>
  num(what)
    .min(0, { error: (i) => `expected a share between 0 and 1, got ${String(i.input)}` })
    .max(1, { error: (i) => `expected a share between 0 and 1, got ${String(i.input)}` });
const nonNegative = (what: string) => num(what).min(0, { error: (i) => `expected a non-negative number, got ${String(i.input)}` });

/**
 * The shift "flere brukere med omfattende hjemmetjenester": `share` of the residents on the
 * housing steps `fromSteps` (in `bands`, default all) live at home on `toStep` with
 * `hoursPerWeek` hours of home services. With `housingProfile` (default true) the shifted
 * profile is the housing staircase's alternative profile in the run. With `newStep` the
 * moved residents go to a new housing step (its årsverk per user from the hours, its cost
 * per user given) instead of `toStep`, so the housing staircase counts their heavier care.
 */
export const homeServiceShiftSchema = z.strictObject({
  name: z.string().min(1),
  share: share("a share"),
  fromSteps: z.array(z.string().min(1)).min(1),
  toStep: z.string().min(1),
  newStep: z.strictObject({ id: z.string().min(1), name: z.string().min(1), costPerUnit: moneySchema, source: z.string().optional() }).optional(),
  bands: z.array(z.string()).optional(),
  hoursPerWeek: nonNegative("hours per week"),
  housingProfile: z.boolean().default(true),
});

/**
 * A home-service analysis (`trappa hjemmetjenester FIL.json`, or the `homeServices` part
 * of a scenario): `file` is the list of decisions (CSV, relative to the file: person_id,
 * age, unit, service, hours_per_week); `directShare` the share of staff time that is
 * direct user time (default 0.6); `hoursPerArsverk` (default 1 595); `arsverk` today's
 * årsverk in total or per unit; `references` values of årsverk per 100 users to show
 * beside the municipality's; `extensiveHours` (default 15); `effortStep` the effort
 * staircase's step the decisions give a user profile to; `shift` a shift scenario.
 */
export const homeServicesSpecSchema = z.strictObject({
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  file: z.string().min(1),
  directShare: num("a share")
    .gt(0, { error: (i) => `expected a share above 0 and at most 1, got ${String(i.input)}` })
    .max(1, { error: (i) => `expected a share above 0 and at most 1, got ${String(i.input)}` })
    .optional(),
  hoursPerArsverk: num("hours per årsverk")
    .positive({ error: (i) => `expected a positive number of hours, got ${String(i.input)}` })
    .optional(),
  arsverk: z.union([nonNegative("årsverk"), z.record(z.string(), nonNegative("årsverk"))]).optional(),
  references: z.array(z.strictObject({ name: z.string().min(1), arsverkPer100Users: nonNegative("årsverk per 100 users") })).default([]),
  extensiveHours: nonNegative("hours per week").optional(),
  /** The effort staircase's step the decisions belong to (e.g. 7): in a run, its decisions and hours per week (and recipients, when the effort figures give none) come from the list. */
  effortStep: num("a step number").int().optional(),
  shift: homeServiceShiftSchema.optional(),
});

export type HomeServicesSpec = z.infer<typeof homeServicesSpecSchema>;
