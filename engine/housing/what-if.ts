import { bandMatrix, bandPopulationFromTable } from "../coverage/population";
import { fail } from "../coverage/rates";
import { type CouncilSummary, councilSummary } from "./council-summary";
import { staircaseNumbers, staircasePlan, staircaseSums } from "./staircase";
import type { HousingInput, StaircaseSums } from "./types";

/** What the «Hva om?» panel recomputes from: the run's housing part, its population per alternative (in the housing bands) and the summary's years. */
export interface WhatIfInputs {
  housing: HousingInput;
  /** Alternative → year → band → residents on 1 January (persons). */
  populations: Record<string, Record<string, Record<string, number>>>;
  /** The run's reported alternative (the panel's starting point). */
  alternative: string;
  summary: { baseYear: number; targetYear: number; positionSize: number };
}

/** The panel's controls: each maps to a scenario field (see whatIfPatch). */
export interface WhatIfControls {
  /** SSB alternative (report.alternative). */
  alternative: string;
  /** Share of the way to the alternative housing profile, 0-1 (housing.path.share). */
  share: number;
  /** Year the (share of the) alternative profile is reached (housing.path.targetYear). */
  pathTargetYear: number;
  /** Factor on every step's cost per unit, e.g. 1.1 for +10 % (housing.steps[i].costPerUnit.value, rounded to whole kroner). */
  costFactor: number;
  /** Factor on the shares above the first step, reached in pathTargetYear, e.g. 0.9 for 10 % lower coverage (healthier ageing) (housing.coverageFactor). */
  coverageFactor: number;
  /** Yearly real growth of the costs per unit (housing.realWageGrowth). */
  realWageGrowth: number;
}

/** The controls at the run's own values. */
export function runControls(inputs: WhatIfInputs): WhatIfControls {
  const h = inputs.housing;
  return {
    alternative: inputs.alternative,
    share: h.path.share ?? 1,
    pathTargetYear: h.path.targetYear,
    costFactor: 1,
    coverageFactor: h.coverageFactor ?? 1,
    realWageGrowth: h.realWageGrowth ?? 0,
  };
}

/** The housing part with the controls applied (costs per unit rounded to whole kroner, as a scenario file would hold them). */
export function whatIfHousing(housing: HousingInput, c: WhatIfControls): HousingInput {
  return {
    ...housing,
    ...(c.coverageFactor !== (housing.coverageFactor ?? 1) ? { coverageFactor: c.coverageFactor } : {}),
    ...(c.realWageGrowth !== (housing.realWageGrowth ?? 0) ? { realWageGrowth: c.realWageGrowth } : {}),
    path: { ...housing.path, targetYear: c.pathTargetYear, ...(c.share !== (housing.path.share ?? 1) ? { share: c.share } : {}) },
    steps: housing.steps.map((s) =>
      c.costFactor === 1 ? s : { ...s, costPerUnit: { ...s.costPerUnit, value: Math.round(s.costPerUnit.value * c.costFactor) } },
    ),
  };
}

/**
 * The council summary and the staircase totals under the controls, with the same engine
 * functions as `trappa run` (staircasePlan, staircaseNumbers, staircaseSums, councilSummary).
 * Pure; runs in the report page as well as in Node.
 *
 * @example whatIf(inputs, { ...runControls(inputs), share: 0.5 }).summary.rows[2].value // the change with half the alternative profile
 */
export function whatIf(inputs: WhatIfInputs, c: WhatIfControls): { housing: HousingInput; sums: StaircaseSums; summary: CouncilSummary } {
  const table = inputs.populations[c.alternative];
  if (!table) fail("Hva om? alternative", `an alternative of the run (${Object.keys(inputs.populations).join(", ")})`, c.alternative);
  const pop = bandPopulationFromTable(table, `population ${c.alternative}`);
  const housing = whatIfHousing(inputs.housing, c);
  const plan = staircasePlan(housing, pop);
  const sums = staircaseSums(plan, staircaseNumbers(plan, housing.steps, housing.profiles), bandMatrix(pop, plan.baseYear, plan.endYear));
  return { housing, sums, summary: councilSummary(sums, inputs.summary) };
}

/** Total årsverk or cost (kr) per year of a profile (0 today's, 1 the alternative), summed over steps: the panel's chart. */
export function profileSeries(s: StaircaseSums, profile: 0 | 1, measure: "arsverk" | "cost"): number[] {
  const Y = s.endYear - s.baseYear + 1;
  const S = s.steps.length;
  const m = measure === "arsverk" ? 2 : 3;
  return Array.from({ length: Y }, (_, y) => {
    let t = 0;
    for (let k = 0; k < S; k++) t += s.sums[((profile * Y + y) * S + k) * 4 + m];
    return t;
  });
}

/**
 * The scenario variant that reproduces the controls: `extends` the run's scenario and holds
 * only the values that differ from the run (report.alternative, housing.path.targetYear and
 * share, housing.coverageFactor and realWageGrowth, and housing.steps with their costs when the cost factor is not 1: a JSON merge patch
 * replaces arrays whole).
 */
export function whatIfPatch(inputs: WhatIfInputs, c: WhatIfControls, base: { extends: string; name: string }): Record<string, unknown> {
  const run = runControls(inputs);
  const out: Record<string, unknown> = { extends: base.extends, name: `${base.name} – Hva om?` };
  if (c.alternative !== run.alternative) out.report = { alternative: c.alternative };
  const housing: Record<string, unknown> = {};
  const path: Record<string, unknown> = {};
  if (c.pathTargetYear !== run.pathTargetYear) path.targetYear = c.pathTargetYear;
  if (c.share !== run.share) path.share = c.share;
  if (Object.keys(path).length) housing.path = path;
  if (c.coverageFactor !== run.coverageFactor) housing.coverageFactor = c.coverageFactor;
  if (c.realWageGrowth !== run.realWageGrowth) housing.realWageGrowth = c.realWageGrowth;
  if (c.costFactor !== 1) housing.steps = whatIfHousing(inputs.housing, c).steps;
  if (Object.keys(housing).length) out.housing = housing;
  return out;
}
