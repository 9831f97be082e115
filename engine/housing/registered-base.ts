import { fail, fieldKey } from "../coverage/rates";
import type { RegisteredBaseSpec } from "../scenario/registered-base";
import type { HousingRow, RegisteredCalibration } from "./types";

/** A registered base checked against a staircase: the year it is matched in and the steps it names. */
export interface RegisteredPlan {
  spec: RegisteredBaseSpec;
  calibrationYear: number;
}

/**
 * Checks a registered base against a staircase (its steps, years and price year): the year
 * at most the last projected year (before the base year: matched in the base year, growth
 * between the two not modelled), units and occupancy only for existing steps, the cost in
 * the steps' price year. Bad input throws an InputError naming the field.
 */
export function registeredPlan(
  spec: RegisteredBaseSpec | undefined,
  o: { baseYear: number; endYear: number; stepIds: readonly string[]; priceYear: number; where: string },
): RegisteredPlan | null {
  if (!spec) return null;
  const w = `${o.where}.registeredBase`;
  if (spec.year > o.endYear) fail(`${w}.year`, `a year up to the projection's last year ${o.endYear}`, spec.year);
  for (const key of ["units", "occupancy"] as const) {
    for (const id of Object.keys(spec[key] ?? {})) {
      if (!o.stepIds.includes(id)) fail(`${w}.${key}${fieldKey(id)}`, `a step id (${o.stepIds.join(", ")})`, id);
    }
  }
  if (spec.cost && spec.cost.priceYear !== o.priceYear) fail(`${w}.cost.priceYear`, `the steps' price year ${o.priceYear}`, spec.cost.priceYear);
  return { spec, calibrationYear: Math.max(spec.year, o.baseYear) };
}

/**
 * Calibrates a staircase's sums (layout of StaircaseSums.sums: profile, year, step, measure
 * residents/dwellings/årsverk/cost) to a registered base, in place: per step with registered
 * units, dwellings, årsverk and cost × (units ÷ the modelled dwellings of today's profile in
 * the calibration year); then all årsverk × (registered ÷ modelled) and all cost likewise.
 * Residents are people and stay. `rows` (tidy rows of the same sums) are scaled alike.
 * Growth from the base therefore follows the profiles exactly. Throws when a step with
 * registered units has no modelled residents in that year (nothing to scale).
 */
export function calibrateToRegistered(
  sums: Float64Array,
  o: { baseYear: number; years: number; stepIds: readonly string[]; where: string },
  plan: RegisteredPlan,
  rows?: HousingRow[],
): RegisteredCalibration {
  const S = o.stepIds.length;
  const Y = o.years;
  const yc = plan.calibrationYear - o.baseYear;
  const at = (pr: number, y: number, s: number) => ((pr * Y + y) * S + s) * 4;
  const spec = plan.spec;
  const stepFactors: Record<string, number> = {};
  o.stepIds.forEach((id, s) => {
    const units = spec.units?.[id];
    let f = 1;
    if (units !== undefined) {
      const modelled = sums[at(0, yc, s) + 1];
      if (!(modelled > 0)) {
        if (units > 0) fail(`${o.where}.registeredBase.units${fieldKey(id)}`, `a step with modelled residents in ${plan.calibrationYear} to calibrate`, units);
      } else f = units / modelled;
    }
    stepFactors[id] = f;
    if (f !== 1) for (let pr = 0; pr < 2; pr++) for (let y = 0; y < Y; y++) for (let m = 1; m < 4; m++) sums[at(pr, y, s) + m] *= f;
  });
  const total = (m: number) => {
    let t = 0;
    for (let s = 0; s < S; s++) t += sums[at(0, yc, s) + m];
    return t;
  };
  const factor = (registered: number | undefined, m: number, what: string) => {
    if (registered === undefined) return 1;
    const modelled = total(m);
    if (!(modelled > 0)) fail(`${o.where}.registeredBase.${what}`, `a staircase with modelled ${what} in ${plan.calibrationYear} to calibrate`, registered);
    return registered / modelled;
  };
  const arsverkFactor = factor(spec.arsverk, 2, "arsverk");
  const costFactor = factor(spec.cost?.value, 3, "cost");
  for (let pr = 0; pr < 2; pr++)
    for (let y = 0; y < Y; y++)
      for (let s = 0; s < S; s++) {
        sums[at(pr, y, s) + 2] *= arsverkFactor;
        sums[at(pr, y, s) + 3] *= costFactor;
      }
  if (rows) {
    for (const r of rows) {
      const f = stepFactors[r.step];
      if (r.measure === "dwellings") r.value *= f;
      else if (r.measure === "arsverk") r.value *= f * arsverkFactor;
      else if (r.measure === "cost") r.value *= f * costFactor;
    }
  }
  return {
    year: spec.year,
    calibrationYear: plan.calibrationYear,
    arsverk: spec.arsverk ?? null,
    cost: spec.cost?.value ?? null,
    units: { ...(spec.units ?? {}) },
    occupancy: { ...(spec.occupancy ?? {}) },
    stepFactors,
    arsverkFactor,
    costFactor,
    source: spec.source ?? null,
  };
}
