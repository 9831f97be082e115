import { z } from "zod";
import { InputError } from "../errors";
import type { PersonaModel } from "../pathways/model";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { intervalSchema } from "../scenario/uncertainty";
import type { Interval } from "./parameters";

/**
 * The uncertain inputs of a persona's municipal scale-up, as factors on the condition's
 * defaults (central 1): one on every band's prevalence, one on the incidence 70+, one on the
 * median survival after diagnosis (men and women together; the hazard ratio is solved from
 * it), one on the annual cost and one on the length of each phase (by phase id, shared
 * between pathways). `personReplicates` persons-level Monte Carlo replicates run per
 * parameter set. `base` holds the values the factors multiply (for display).
 */
export interface PathwayUncertainty {
  off: boolean;
  personReplicates: number;
  prevalence: Interval;
  incidence: Interval;
  survival: Interval;
  prices: Record<string, Interval>;
  durations: Record<string, Interval>;
  base: { prevalence70plus: number; incidence70plus: number; survivalMedianYears: { male: number; female: number } };
}

const sourcedValue = z.strictObject({ value: z.number(), source: z.string() });

/** The `uncertainty` part of a condition's defaults file (data/pathways/dementia-defaults.json). */
export const conditionUncertaintySchema = z.strictObject({
  description: z.string().optional(),
  prevalence70plus: intervalSchema.and(z.object({ source: z.string() })),
  incidence70plus: intervalSchema.and(z.object({ source: z.string() })),
  survivalFactor: intervalSchema.and(z.object({ source: z.string() })),
  phasePriceRelative: sourcedValue,
  phaseDurationRelative: sourcedValue,
  personReplicates: sourcedValue,
});

/** What the settings need from the condition's defaults (loadConditionDefaults: its `prevalence70plus` and `uncertainty` parts ride along unchecked). */
export interface ConditionValues {
  incidence70plus: { value: number };
  survivalAfterDiagnosis: { medianYears: { male: number; female: number } };
  [key: string]: unknown;
}

const extraSchema = z.object({ prevalence70plus: z.object({ value: z.number().gt(0).lt(1) }), uncertainty: conditionUncertaintySchema });

type IntervalSpec = z.infer<typeof intervalSchema>;

const fail = (where: string, expected: string, found: unknown): never => {
  throw new InputError(`${where}: expected ${expected}, got ${typeof found === "string" ? JSON.stringify(found) : String(found)}`);
};

/** An interval given in the value's own units, as a factor interval around 1. */
function factorInterval(spec: IntervalSpec, value: number, where: string): Interval {
  if (!(spec.low <= spec.high)) fail(`${where}.low`, `a low bound at most the high bound ${spec.high}`, spec.low);
  if (!(spec.low <= value && value <= spec.high)) fail(where, `an interval around the value ${value}`, `${spec.low}–${spec.high}`);
  if (spec.shape === "lognormal" && !(spec.low > 0)) fail(`${where}.low`, "a positive low bound for a log-normal interval", spec.low);
  if (!(spec.low >= 0)) fail(`${where}.low`, "a non-negative low bound", spec.low);
  return { low: spec.low / value, central: 1, high: spec.high / value, shape: spec.shape ?? "triangular", level: spec.level };
}

/** Factor intervals per phase id: ± defaultRelative (triangular) unless given (as factors around 1). */
function phaseIntervals(ids: string[], rel: number, given: Record<string, IntervalSpec> | undefined, where: string): Record<string, Interval> {
  if (!(rel >= 0 && rel < 1)) fail(`${where}.defaultRelative`, "a relative half-width from 0 up to (not including) 1", rel);
  const out: Record<string, Interval> = {};
  for (const id of ids) out[id] = { low: 1 - rel, central: 1, high: 1 + rel, shape: "triangular" };
  for (const [id, spec] of Object.entries(given ?? {})) {
    if (!ids.includes(id)) fail(`${where}.intervals["${id}"]`, `a phase id of the transition's pathways (${ids.join(", ")})`, id);
    out[id] = factorInterval(spec, 1, `${where}.intervals["${id}"]`);
  }
  return out;
}

/**
 * Resolves the scale-up's uncertainty: the condition's defaults (their `uncertainty` part)
 * overridden by the scenario's `uncertainty.pathways`. Prices vary for the phases with a
 * cost, lengths for the phases with a length, of the two pathways of the transition
 * (`from`, `to`). Errors name the field and what was expected.
 */
export function resolvePathwayUncertainty(
  block: UncertaintyScenario["pathways"],
  condition: ConditionValues,
  persona: PersonaModel,
  transition: { from: string; to: string },
  where = "uncertainty.pathways",
): PathwayUncertainty {
  const parsed = extraSchema.safeParse(condition);
  if (!parsed.success)
    throw new InputError(
      `condition defaults: expected prevalence70plus and the uncertainty intervals of data/pathways/dementia-defaults.json, got ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const d = parsed.data.uncertainty;
  const b = block ?? {};
  const pathways = persona.pathways.filter((p) => p.id === transition.from || p.id === transition.to);
  const phases = pathways.flatMap((p) => p.phases);
  const unique = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) === i);
  const priced = unique(phases.filter((ph) => ph.annualCostNok > 0).map((ph) => ph.id));
  const timed = unique(phases.filter((ph) => ph.endAge > ph.startAge).map((ph) => ph.id));
  const n = b.personReplicates ?? d.personReplicates.value;
  if (!(Number.isInteger(n) && n >= 2)) fail(`${where}.personReplicates`, "a whole number of at least 2", n);
  const prev = parsed.data.prevalence70plus.value;
  const inc = condition.incidence70plus.value;
  return {
    off: b.off ?? false,
    personReplicates: n,
    prevalence: factorInterval(b.prevalence70plus ?? d.prevalence70plus, prev, `${where}.prevalence70plus`),
    incidence: factorInterval(b.incidence70plus ?? d.incidence70plus, inc, `${where}.incidence70plus`),
    survival: factorInterval(b.survivalFactor ?? d.survivalFactor, 1, `${where}.survivalFactor`),
    prices: phaseIntervals(priced, b.phasePrices?.defaultRelative ?? d.phasePriceRelative.value, b.phasePrices?.intervals, `${where}.phasePrices`),
    durations: phaseIntervals(
      timed,
      b.phaseDurations?.defaultRelative ?? d.phaseDurationRelative.value,
      b.phaseDurations?.intervals,
      `${where}.phaseDurations`,
    ),
    base: { prevalence70plus: prev, incidence70plus: inc, survivalMedianYears: condition.survivalAfterDiagnosis.medianYears },
  };
}
