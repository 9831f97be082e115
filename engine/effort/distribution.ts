import { InputError } from "../errors";
import type { UnallocatedAmount } from "./accounts";
import { aq } from "../table/arquero";
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

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

const FIGURES = ["costNok", "recipients", "arsverk", "decisions", "hoursPerWeek"] as const;
type Figures = Record<(typeof FIGURES)[number], number | null>;

/** Cells as an arquero table, an unknown figure as null; `incomplete` is 1 where a cost has no recipients. */
function cellTable(cells: readonly Cell[]) {
  return aq.table({
    step: cells.map((c) => c.step),
    userGroup: cells.map((c) => c.userGroup),
    ...Object.fromEntries(FIGURES.map((k) => [k, cells.map((c) => c[k] ?? null)])),
    incomplete: cells.map((c) => (c.costNok !== null && c.costNok !== 0 && c.recipients === null ? 1 : 0)),
  });
}

/**
 * Sums the cells' figures per `keys` (arquero's sum skips an unknown figure, and a group of
 * unknowns stays unknown, null); `complete` is false where a cost has no recipients.
 */
function rollupCells(cells: readonly Cell[], ...keys: Array<"step" | "userGroup">): Array<Figures & { step: number; userGroup: string; complete: boolean }> {
  if (cells.length === 0) return [];
  const rows = cellTable(cells)
    .groupby(...keys)
    .rollup({ ...Object.fromEntries(FIGURES.map((k) => [k, aq.op.sum(k)])), incomplete: aq.op.max("incomplete") })
    .objects() as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    step: r.step as number,
    userGroup: r.userGroup as string,
    ...(Object.fromEntries(FIGURES.map((k) => [k, (r[k] ?? null) as number | null])) as Figures),
    complete: r.incomplete === 0,
  }));
}

/** Merges cells of the same step and user group (figures added; unknown stays null), by step, then user group in Norwegian order. */
export function mergeCells(cells: readonly Cell[]): Cell[] {
  return rollupCells(cells, "step", "userGroup")
    .map(({ complete: _, ...c }) => c)
    .sort((a, b) => a.step - b.step || a.userGroup.localeCompare(b.userGroup, "nb"));
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
  const perStep = new Map(rollupCells(cells, "step").map((r) => [r.step, r]));
  const steps: StepResult[] = stepSet.steps.map((s) => {
    const r = perStep.get(s.step);
    return {
      step: s.step,
      name: s.name,
      category: s.category,
      recipientUnit: s.recipientUnit,
      costNok: r?.costNok ?? null,
      share: null,
      recipients: r?.recipients ?? null,
      costPerRecipientNok: !r || r.complete ? ratio(r?.costNok ?? null, r?.recipients ?? null) : null,
      arsverk: r?.arsverk ?? null,
      decisions: r?.decisions ?? null,
      hoursPerWeek: r?.hoursPerWeek ?? null,
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
  const userGroups: GroupResult[] = rollupCells(cells, "userGroup")
    .sort((a, b) => rank(a.userGroup) - rank(b.userGroup))
    .map((r) => {
      const cost = r.costNok ?? 0;
      return {
        userGroup: r.userGroup,
        costNok: cost,
        share: totalCostNok > 0 ? cost / totalCostNok : null,
        recipients: r.recipients,
        costPerRecipientNok: r.complete ? ratio(cost, r.recipients) : null,
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
