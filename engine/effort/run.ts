import { InputError } from "../errors";
import { allocateAccounts, type Allocation, type AllocationKey, type CostCentreAmount } from "./accounts";
import { summariseDistribution, type Distribution } from "./distribution";
import { cellsFromFigures, NO_USER_GROUP, type Cell, type StepFigure } from "./figures";
import { applyShift, type Shift, type ShiftResult } from "./shift";
import type { StepSet } from "./steps";
import { applyView, type View, type ViewResult } from "./view";

/** Everything an effort-staircase run needs, already read from files. */
export interface EffortInput {
  name: string;
  priceYear?: number;
  stepSet: StepSet;
  /** Per-step figures: the cost distribution, or (with accounts) only the recipients. */
  figures: StepFigure[];
  /** The accounts and allocation keys; when given, costs come from them. */
  accounts?: { amounts: CostCentreAmount[]; keys: AllocationKey[]; files?: { accounts?: string; keys?: string } };
  /** The user groups allowed in figures and keys (any when not given). */
  userGroups?: string[];
  shifts: Shift[];
  /** A known total (kr per year) including steps without figures: shares are of it. */
  totalNok?: number;
  /** Where the total was given, for messages. */
  totalWhere?: string;
  /** Views with chosen steps left out or replaced (e.g. without kindergartens and schools). */
  views?: View[];
}

/** The distribution, the allocation of the accounts (if any) and each shift's effect. */
export interface EffortResult {
  distribution: Distribution;
  allocation?: Allocation;
  shifts: ShiftResult[];
  views: ViewResult[];
}

function checkGroups(allowed: string[] | undefined, input: EffortInput): void {
  if (!allowed) return;
  const ok = new Set([...allowed, NO_USER_GROUP]);
  input.figures.forEach((f, k) => {
    if (f.userGroup !== undefined && !ok.has(f.userGroup)) {
      throw new InputError(
        `${f.where ?? `figures[${k}]`}, field "userGroup": expected one of ${allowed.map((g) => `"${g}"`).join(", ")}, got "${f.userGroup}"`,
      );
    }
  });
  input.accounts?.keys.forEach((key, k) => {
    if (!ok.has(key.userGroup.trim())) {
      const where = key.line !== undefined ? `${input.accounts?.files?.keys ?? "keys"}: line ${key.line}` : `keys[${k}]`;
      throw new InputError(`${where}, field "user_group": expected one of ${allowed.map((g) => `"${g}"`).join(", ")}, got "${key.userGroup}"`);
    }
  });
}

/**
 * Runs an effort staircase: the cost distribution per step and user group — from the
 * per-step figures, or from the accounts allocated by keys (then the figures give only
 * recipients) — and the cost effect of each shift scenario, each applied to that
 * distribution on its own. Money in kr per year of the input's price year.
 */
export function runEffort(input: EffortInput): EffortResult {
  checkGroups(input.userGroups, input);
  const fromFigures = cellsFromFigures(input.stepSet, input.figures);
  const warnings = [...fromFigures.warnings];
  let cells: Cell[];
  let allocation: Allocation | undefined;
  if (input.accounts) {
    allocation = allocateAccounts(input.stepSet, input.accounts.amounts, input.accounts.keys, input.accounts.files);
    warnings.push(...allocation.warnings);
    if (input.figures.some((f) => f.costNok !== undefined || f.pricePerRecipientNok !== undefined)) {
      warnings.push(`${input.name}: the per-step cost figures are replaced by the accounts; only their recipients are used.`);
    }
    cells = [
      ...allocation.cells.map((c) => ({ step: c.step, userGroup: c.userGroup, costNok: c.costNok, recipients: null })),
      ...fromFigures.cells
        .filter((c) => c.recipients !== null || c.arsverk !== null || c.decisions !== null || c.hoursPerWeek !== null)
        .map((c) => ({ ...c, costNok: null })),
    ];
  } else cells = fromFigures.cells;
  const distribution = summariseDistribution(input.name, input.stepSet, cells, {
    priceYear: input.priceYear,
    unallocated: allocation?.unallocated,
    warnings,
    groupOrder: input.userGroups ?? input.accounts?.keys.map((k) => k.userGroup.trim()),
    totalNok: input.totalNok,
    totalWhere: input.totalWhere,
  });
  const missing = distribution.steps.filter((s) => s.costNok === null).map((s) => s.step);
  if (missing.length > 0 && missing.length < distribution.steps.length && !distribution.totalGiven) {
    distribution.warnings.push(
      `${input.name}: steps ${missing.join(", ")} have no cost figure; shares are of the total of the other steps (give the staircase's total to share of it).`,
    );
  }
  return {
    distribution,
    allocation,
    shifts: input.shifts.map((s, i) => applyShift(distribution, s, i)),
    views: (input.views ?? []).map((v, i) => applyView(distribution, v, i)),
  };
}
