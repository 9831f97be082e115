import { InputError } from "../errors";
import type { UnallocatedAmount } from "./accounts";
import type { Cell } from "./figures";
import type { StepSet } from "./steps";

/** One step of a distribution. Money in kr per year (the distribution's price year). */
export interface StepResult {
  step: number;
  name: string;
  category: string;
  recipientUnit?: string;
  /** Cost, kr per year; null when no figure is known for the step. */
  costNok: number | null;
  /** Cost ÷ the total of the known step costs; null when the cost is unknown or the total is not positive. */
  share: number | null;
  recipients: number | null;
  /**
   * Cost ÷ recipients, kr per recipient per year; null when either is unknown, recipients
   * are 0, or some user group's cost on the step has no recipient count.
   */
  costPerRecipientNok: number | null;
  /** Årsverk on the step; null when no figure gives them. */
  arsverk: number | null;
  /** Decisions (vedtak) on the step; null when unknown. */
  decisions: number | null;
  /** Hours decided per week on the step (all recipients); null when unknown. */
  hoursPerWeek: number | null;
}

/** One user group's totals across steps. */
export interface GroupResult {
  userGroup: string;
  costNok: number;
  share: number | null;
  /** Recipients summed over the steps where they are known (a person on two steps counts twice). */
  recipients: number | null;
  /** Cost ÷ recipients; null unless every step where the group has a cost has a recipient count. */
  costPerRecipientNok: number | null;
}

/** A staircase's cost distribution by step and user group, with what could not be allocated. */
export interface Distribution {
  name: string;
  priceYear?: number;
  stepSet: StepSet;
  steps: StepResult[];
  userGroups: GroupResult[];
  cells: Cell[];
  /**
   * The staircase's total, kr per year: the known total when one is given (then the steps
   * without figures share `withoutFiguresNok`), else the sum of the known step costs.
   * Shares are of this total.
   */
  totalCostNok: number;
  /** The known total less the step costs given: what the steps without figures cost together (0 without a known total). */
  withoutFiguresNok: number;
  /** Whether the total was given (true) or is the sum of the steps (false). */
  totalGiven: boolean;
  /** Amounts of the accounts that reached no step (empty for figure-based distributions). */
  unallocated: UnallocatedAmount[];
  unallocatedNok: number;
  warnings: string[];
}

const add = (a: number | null, b: number | null): number | null => (b === null ? a : (a ?? 0) + b);
const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

/** Merges cells of the same step and user group (costs and recipients added; unknown stays null). */
export function mergeCells(cells: readonly Cell[]): Cell[] {
  const map = new Map<string, Cell>();
  for (const c of cells) {
    const id = `${c.step}\u0000${c.userGroup}`;
    const m = map.get(id);
    if (!m) map.set(id, { ...c });
    else {
      m.costNok = add(m.costNok, c.costNok);
      m.recipients = add(m.recipients, c.recipients);
      m.arsverk = add(m.arsverk ?? null, c.arsverk ?? null);
      m.decisions = add(m.decisions ?? null, c.decisions ?? null);
      m.hoursPerWeek = add(m.hoursPerWeek ?? null, c.hoursPerWeek ?? null);
    }
  }
  return Array.from(map.values()).sort((a, b) => a.step - b.step || a.userGroup.localeCompare(b.userGroup, "nb"));
}

/**
 * Sums cells (step × user group) into a distribution: per step cost, share of the total,
 * recipients, cost per recipient, årsverk, decisions and hours per week; per user group
 * cost, share and recipients (in `groupOrder`, then as first met). Unknown figures stay
 * null (never counted as 0). Steps without cells appear with nulls. With `totalNok` (a
 * published total that includes steps without figures) shares are of that total and the
 * remainder is `withoutFiguresNok`; a total below the sum of the known steps throws.
 */
export function summariseDistribution(
  name: string,
  stepSet: StepSet,
  input: readonly Cell[],
  extra: {
    priceYear?: number;
    unallocated?: UnallocatedAmount[];
    warnings?: string[];
    groupOrder?: readonly string[];
    totalNok?: number;
    /** Where the total was given, for messages. */
    totalWhere?: string;
  } = {},
): Distribution {
  const cells = mergeCells(input);
  const steps: StepResult[] = stepSet.steps.map((s) => {
    let cost: number | null = null;
    let recipients: number | null = null;
    let arsverk: number | null = null;
    let decisions: number | null = null;
    let hoursPerWeek: number | null = null;
    let complete = true;
    for (const c of cells) {
      if (c.step !== s.step) continue;
      cost = add(cost, c.costNok);
      recipients = add(recipients, c.recipients);
      arsverk = add(arsverk, c.arsverk ?? null);
      decisions = add(decisions, c.decisions ?? null);
      hoursPerWeek = add(hoursPerWeek, c.hoursPerWeek ?? null);
      if (c.costNok !== null && c.costNok !== 0 && c.recipients === null) complete = false;
    }
    return {
      step: s.step,
      name: s.name,
      category: s.category,
      recipientUnit: s.recipientUnit,
      costNok: cost,
      share: null,
      recipients,
      costPerRecipientNok: complete ? ratio(cost, recipients) : null,
      arsverk,
      decisions,
      hoursPerWeek,
    };
  });
  const stepsTotal = steps.reduce((t, s) => t + (s.costNok ?? 0), 0);
  const totalGiven = extra.totalNok !== undefined;
  if (totalGiven && !(Number.isFinite(extra.totalNok) && (extra.totalNok as number) >= stepsTotal - 0.5)) {
    throw new InputError(
      `${extra.totalWhere ?? name}, field "totalNok": expected a total of at least the ${Math.round(stepsTotal)} kr the steps with figures cost, got ${extra.totalNok}`,
    );
  }
  const totalCostNok = totalGiven ? (extra.totalNok as number) : stepsTotal;
  for (const s of steps) s.share = totalCostNok > 0 ? ratio(s.costNok, totalCostNok) : null;
  const order = extra.groupOrder ?? [];
  const rank = (g: string) => (order.indexOf(g) < 0 ? order.length : order.indexOf(g));
  const groupNames = Array.from(new Set(cells.map((c) => c.userGroup))).sort((a, b) => rank(a) - rank(b));
  const userGroups: GroupResult[] = groupNames.map((g) => {
    let cost = 0;
    let recipients: number | null = null;
    let complete = true;
    for (const c of cells) {
      if (c.userGroup !== g) continue;
      cost += c.costNok ?? 0;
      recipients = add(recipients, c.recipients);
      if (c.costNok !== null && c.costNok !== 0 && c.recipients === null) complete = false;
    }
    return {
      userGroup: g,
      costNok: cost,
      share: totalCostNok > 0 ? cost / totalCostNok : null,
      recipients,
      costPerRecipientNok: complete ? ratio(cost, recipients) : null,
    };
  });
  const unallocated = extra.unallocated ?? [];
  return {
    name,
    priceYear: extra.priceYear,
    stepSet,
    steps,
    userGroups,
    cells,
    totalCostNok,
    withoutFiguresNok: totalGiven ? Math.max(0, totalCostNok - stepsTotal) : 0,
    totalGiven,
    unallocated,
    unallocatedNok: unallocated.reduce((t, u) => t + u.amountNok, 0),
    warnings: extra.warnings ?? [],
  };
}
