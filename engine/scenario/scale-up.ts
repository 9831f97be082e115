import { z } from "zod";

/**
 * Years the published method spreads a pathway's lifetime cost difference over in its
 * steady state. Fitted: the consultants' sheet is not public, and 15.2 is the one value
 * (15.19-15.22) that gives both published figures, 88 and 164 mill. kr, to the whole
 * million from Johs's published totals and 684 persons (= 19 rows × 0.8 = 684 ÷ 45). See
 * README, "The dementia scale-up: two methods".
 */
export const PUBLISHED_SPREAD_YEARS = 15.2;

const positive = (what: string) =>
  z.number({ error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` }).refine((x) => Number.isFinite(x) && x > 0, {
    error: (i) => `expected ${what} above 0, got ${String(i.input)}`,
  });

/**
 * The scale-up's settings in the `personas` part (`personas.scaleUp` as an object; `true`
 * is `{}`): the method whose figures the report's council figures show, and the inputs of
 * the published method. Both methods are always computed and shown side by side.
 * - `method`: "cohort" (default: the simulation of existing persons and new cases from
 *   incidence on the run's projection) or "published" (the consultants' rule).
 * - `persons`: persons with the condition at the start (e.g. 684); default prevalence ×
 *   population in the first year (the cohort method's existing persons).
 * - `spreadYears`: the published steady state's divisor (default 15.2).
 * - `newCasesPerYear`: the published transition's new cases a year (default persons ÷ the
 *   table's rows).
 */
export const scaleUpScenarioSchema = z.strictObject({
  method: z.enum(["cohort", "published"], { error: (i) => `expected "cohort" or "published", got ${JSON.stringify(i.input)}` }).optional(),
  persons: positive("a number of persons").optional(),
  spreadYears: positive("a number of years").optional(),
  newCasesPerYear: positive("a number of new cases a year").optional(),
});

export type ScaleUpScenario = z.infer<typeof scaleUpScenarioSchema>;

/** The scale-up settings of a `personas.scaleUp` value (undefined and true: the defaults; false: null, no scale-up). */
export function scaleUpSettings(
  v: boolean | ScaleUpScenario | undefined,
): (Required<Pick<ScaleUpScenario, "method" | "spreadYears">> & ScaleUpScenario) | null {
  if (v === false) return null;
  const o = v === true || v === undefined ? {} : v;
  return { ...o, method: o.method ?? "cohort", spreadYears: o.spreadYears ?? PUBLISHED_SPREAD_YEARS };
}
