import { InputError } from "../errors";
import type { Distribution, StepResult } from "./distribution";
import { requireStep } from "./steps";

/**
 * A shift scenario: move recipients (a number, or a share of the from-step's recipients)
 * from one step to another, at the steps' unit costs (cost per recipient) unless given.
 */
export interface Shift {
  name?: string;
  from: number;
  to: number;
  recipients?: number;
  share?: number;
  /** Unit cost at the from-step, kr per recipient per year (default: the step's cost per recipient). */
  unitCostFromNok?: number;
  /** Unit cost at the to-step, kr per recipient per year (default: the step's cost per recipient). */
  unitCostToNok?: number;
  /** Where the shift was given, for messages. */
  where?: string;
}

/** The effect of one shift on a distribution. Money in kr per year. */
export interface ShiftResult {
  name: string;
  from: number;
  to: number;
  recipientsMoved: number;
  unitCostFromNok: number;
  unitCostToNok: number;
  /** Change in annual cost: moved × (unit cost to − unit cost from); negative is a saving. */
  costEffectNok: number;
  totalBeforeNok: number;
  totalAfterNok: number;
  /** The steps after the shift (shares of the new total). */
  steps: StepResult[];
}

/**
 * Applies a shift to a distribution (the distribution is not changed): moves recipients
 * from one step to another and returns the cost effect per year, moved × (unit cost at
 * the to-step − unit cost at the from-step), with the steps after the move. Errors
 * (InputError): unknown steps, from = to, not exactly one of recipients and share, a
 * share outside [0, 1], more recipients than the from-step has, a unit cost that is
 * unknown (give recipients and cost for the step, or the unit cost in the shift).
 *
 * @example applyShift(asker, { from: 10, to: 7, recipients: 50 }).costEffectNok // 50 × (78 486 − 1 103 102) ≈ −51.2 mill. kr
 */
export function applyShift(d: Distribution, shift: Shift, index = 0): ShiftResult {
  const where = shift.where ?? `shifts[${index}]`;
  requireStep(d.stepSet, shift.from, `${where}, field "from"`);
  requireStep(d.stepSet, shift.to, `${where}, field "to"`);
  if (shift.from === shift.to) throw new InputError(`${where}, field "to": expected a step other than the from-step ${shift.from}, got ${shift.to}`);
  const hasN = shift.recipients !== undefined;
  const hasShare = shift.share !== undefined;
  if (hasN === hasShare) throw new InputError(`${where}: expected exactly one of "recipients" and "share", got ${hasN ? "both" : "neither"}`);
  const from = d.steps.find((s) => s.step === shift.from) as StepResult;
  const to = d.steps.find((s) => s.step === shift.to) as StepResult;
  let moved: number;
  if (hasShare) {
    const share = shift.share as number;
    if (!(share >= 0 && share <= 1)) throw new InputError(`${where}, field "share": expected a share between 0 and 1, got ${share}`);
    if (from.recipients === null)
      throw new InputError(`${where}, field "share": expected recipients at step ${from.step} to take a share of, got none (give "recipients" instead)`);
    moved = share * from.recipients;
  } else {
    moved = shift.recipients as number;
    if (!(Number.isFinite(moved) && moved >= 0)) throw new InputError(`${where}, field "recipients": expected a non-negative number, got ${moved}`);
    if (from.recipients !== null && moved > from.recipients) {
      throw new InputError(`${where}, field "recipients": expected at most the ${from.recipients} recipients of step ${from.step}, got ${moved}`);
    }
  }
  const unit = (override: number | undefined, s: StepResult, field: string): number => {
    if (override !== undefined) {
      if (!(Number.isFinite(override) && override >= 0)) throw new InputError(`${where}, field "${field}": expected a non-negative number, got ${override}`);
      return override;
    }
    if (s.costPerRecipientNok === null) {
      throw new InputError(
        `${where}, field "${field}": expected a unit cost for step ${s.step} (${s.name}), got none: the step has no cost and recipients; give "${field}"`,
      );
    }
    return s.costPerRecipientNok;
  };
  const unitFrom = unit(shift.unitCostFromNok, from, "unitCostFromNok");
  const unitTo = unit(shift.unitCostToNok, to, "unitCostToNok");
  const steps = d.steps.map((s) => ({ ...s }));
  const f = steps.find((s) => s.step === shift.from) as StepResult;
  const t = steps.find((s) => s.step === shift.to) as StepResult;
  f.costNok = (f.costNok ?? 0) - moved * unitFrom;
  if (f.recipients !== null) f.recipients -= moved;
  t.costNok = (t.costNok ?? 0) + moved * unitTo;
  if (t.recipients !== null) t.recipients += moved;
  const total = steps.reduce((sum, s) => sum + (s.costNok ?? 0), 0) + d.withoutFiguresNok;
  for (const s of steps) {
    s.share = s.costNok === null || total <= 0 ? null : s.costNok / total;
    s.costPerRecipientNok = s.costNok === null || s.recipients === null || s.recipients === 0 ? null : s.costNok / s.recipients;
  }
  return {
    name: shift.name ?? `Trinn ${shift.from} → ${shift.to}`,
    from: shift.from,
    to: shift.to,
    recipientsMoved: moved,
    unitCostFromNok: unitFrom,
    unitCostToNok: unitTo,
    costEffectNok: moved * (unitTo - unitFrom),
    totalBeforeNok: d.totalCostNok,
    totalAfterNok: total,
    steps,
  };
}
