import { InputError } from "../errors";
import type { Distribution } from "./distribution";
import { requireStep } from "./steps";

/**
 * A view of a staircase with chosen steps left out or with a step's cost replaced, e.g.
 * "without kindergartens and schools": step 1 at 140 mill. kr instead of 717 mill.
 */
export interface View {
  name: string;
  /** Steps left out of the view. */
  withoutSteps?: number[];
  /** Costs in the view (kr per year) replacing the step's, e.g. the step without a part of it. */
  stepCosts?: Array<{ step: number; costNok: number; note?: string }>;
  /** Where the view was given, for messages. */
  where?: string;
}

/** One step of a view: cost, share of the view's total and share of the whole staircase's total. */
export interface ViewStep {
  step: number;
  name: string;
  costNok: number | null;
  shareOfView: number | null;
  shareOfTotal: number | null;
  note?: string;
}

/** A view's steps and totals (kr per year). */
export interface ViewResult {
  name: string;
  steps: ViewStep[];
  /** The staircase's total less what the view leaves out. */
  totalNok: number;
  /** What the view leaves out, kr per year. */
  removedNok: number;
  /** The whole staircase's total. */
  staircaseTotalNok: number;
}

/**
 * Applies a view to a distribution (which is not changed): the steps left out are dropped,
 * replaced costs take the place of the step's cost, and each remaining step gets its share
 * of the view's total (the staircase's total less what was left out, so steps without
 * figures under a known total stay in it) and its share of the whole staircase's total (as
 * Færder publishes "step 1 without kindergartens and schools 140 mill., 6.7 %").
 * Errors (InputError): unknown steps, a step both left out and replaced, a replaced cost
 * on a step without a figure.
 *
 * @example applyView(faerder, { name: "Uten barnehager og skoler", stepCosts: [{ step: 1, costNok: 140e6 }] }).steps[0].shareOfTotal // 140 / 2 078 ≈ 0.067
 */
export function applyView(d: Distribution, view: View, index = 0): ViewResult {
  const where = view.where ?? `views[${index}]`;
  const without = new Set(view.withoutSteps ?? []);
  (view.withoutSteps ?? []).forEach((s, k) => requireStep(d.stepSet, s, `${where}, field "withoutSteps[${k}]"`));
  const replaced = new Map<number, { costNok: number; note?: string }>();
  (view.stepCosts ?? []).forEach((c, k) => {
    const at = `${where}, field "stepCosts[${k}]`;
    requireStep(d.stepSet, c.step, `${at}.step"`);
    if (without.has(c.step)) throw new InputError(`${at}.step": expected a step the view keeps, got ${c.step}, which "withoutSteps" leaves out`);
    const own = d.steps.find((s) => s.step === c.step)!;
    if (own.costNok === null) throw new InputError(`${at}.costNok": expected a step with a cost to replace, got step ${c.step}, which has no figure`);
    if (!Number.isFinite(c.costNok)) throw new InputError(`${at}.costNok": expected a cost in kr, got ${c.costNok}`);
    replaced.set(c.step, { costNok: c.costNok, note: c.note });
  });
  let removed = 0;
  const kept = d.steps.filter((s) => {
    if (without.has(s.step)) removed += s.costNok ?? 0;
    return !without.has(s.step);
  });
  const steps = kept.map((s) => {
    const r = replaced.get(s.step);
    if (r && s.costNok !== null) removed += s.costNok - r.costNok;
    return { step: s.step, name: s.name, costNok: r ? r.costNok : s.costNok, note: r?.note };
  });
  const total = d.totalCostNok - removed;
  const share = (x: number | null, t: number) => (x === null || t <= 0 ? null : x / t);
  return {
    name: view.name,
    steps: steps.map((s) => ({ ...s, shareOfView: share(s.costNok, total), shareOfTotal: share(s.costNok, d.totalCostNok) })),
    totalNok: total,
    removedNok: removed,
    staircaseTotalNok: d.totalCostNok,
  };
}
