import { InputError } from "../errors";
import { aq } from "../table/arquero";
import { NO_USER_GROUP } from "./figures";
import { requireStep, type StepSet } from "./steps";

/** One line of the accounts: a cost centre (ansvar) and a net amount in kr (negative after refunds). */
export interface CostCentreAmount {
  costCentre: string;
  name?: string;
  amountNok: number;
  line?: number;
}

/** One line of an allocation key: a share of a cost centre to a step (null: to no step) and a user group. */
export interface AllocationKey {
  costCentre: string;
  step: number | null;
  userGroup: string;
  share: number;
  line?: number;
}

/** An amount that did not reach a step, and why. */
export interface UnallocatedAmount {
  costCentre: string;
  name: string;
  amountNok: number;
  reason: "no key" | "key to no step";
}

/** The accounts spread over steps and user groups. All amounts in kr. */
export interface Allocation {
  /** Allocated cost per step and user group. */
  cells: Array<{ step: number; userGroup: string; costNok: number }>;
  /** Per cost centre: net amount and what went where. */
  costCentres: Array<{ costCentre: string; name: string; amountNok: number; allocatedNok: number; unallocatedNok: number }>;
  unallocated: UnallocatedAmount[];
  accountsTotalNok: number;
  allocatedNok: number;
  unallocatedNok: number;
  warnings: string[];
}

/** Tolerance on the sum of one cost centre's shares (|sum − 1|). */
export const SHARE_SUM_TOLERANCE = 1e-6;

/**
 * Allocates the accounts to steps and user groups by keys: each cost centre's net amount
 * (lines of the same cost centre are summed) is spread by its key shares, which must be
 * in [0, 1] and sum to 1 per cost centre. A cost centre without a key, and the share of a
 * key with no step, are reported as unallocated — never dropped: allocated + unallocated
 * = the accounts' total. Keys for steps that do not exist are errors; keys for cost
 * centres not in the accounts give a warning. `files` name the inputs in messages.
 *
 * @example allocateAccounts(alver, [{costCentre: "1310", amountNok: 1000}], [{costCentre: "1310", step: 6, userGroup: "", share: 1}])
 */
export function allocateAccounts(
  set: StepSet,
  accounts: readonly CostCentreAmount[],
  keys: readonly AllocationKey[],
  files: { accounts?: string; keys?: string } = {},
): Allocation {
  const accountsFile = files.accounts ?? "accounts";
  const keysFile = files.keys ?? "keys";
  const at = (file: string, line: number | undefined, k: number) => (line !== undefined ? `${file}: line ${line}` : `${file}: [${k}]`);

  accounts.forEach((a, k) => {
    if (!a.costCentre.trim()) throw new InputError(`${at(accountsFile, a.line, k)}, field "cost_centre": expected a cost centre, got ""`);
    if (!Number.isFinite(a.amountNok)) throw new InputError(`${at(accountsFile, a.line, k)}, field "amount_nok": expected a number, got ${a.amountNok}`);
  });
  keys.forEach((key, k) => {
    const where = at(keysFile, key.line, k);
    if (!key.costCentre.trim()) throw new InputError(`${where}, field "cost_centre": expected a cost centre, got ""`);
    if (key.step !== null) requireStep(set, key.step, `${where}, field "step"`);
    if (!(Number.isFinite(key.share) && key.share >= 0 && key.share <= 1)) {
      throw new InputError(`${where}, field "share": expected a share between 0 and 1, got ${key.share}`);
    }
  });

  // Each cost centre's net amount (its lines summed; the first name given), in the accounts' order.
  const centres = aq
    .table({
      costCentre: accounts.map((a) => a.costCentre),
      name: accounts.map((a) => a.name || null),
      amountNok: accounts.map((a) => a.amountNok),
    })
    .groupby("costCentre")
    .rollup({ name: aq.op.any("name"), amountNok: aq.op.sum("amountNok") })
    .derive({ name: (d: { name: string | null }) => d.name ?? "" });
  // Columns named even when there are no keys (a table from no objects has no columns).
  const keyTable = aq.table({
    costCentre: keys.map((k) => k.costCentre),
    step: keys.map((k) => k.step),
    userGroup: keys.map((k) => k.userGroup.trim() || NO_USER_GROUP),
    share: keys.map((k) => k.share),
    where: keys.map((k, i) => k.line ?? `[${i}]`),
  });

  const warnings: string[] = [];
  const shareSums = keyTable.groupby("costCentre").rollup({ sum: aq.op.sum("share"), lines: aq.op.array_agg("where") });
  for (const { costCentre, sum, lines } of shareSums.objects() as Array<{ costCentre: string; sum: number; lines: Array<string | number> }>) {
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      throw new InputError(`${keysFile}: lines ${lines.join(", ")}, cost centre "${costCentre}": expected shares that sum to 1, got ${Number(sum.toFixed(9))}`);
    }
  }
  for (const { costCentre } of shareSums.antijoin(centres, "costCentre").objects() as Array<{ costCentre: string }>) {
    warnings.push(`${keysFile}: cost centre "${costCentre}" has a key but no amount in ${accountsFile}; it is ignored.`);
  }

  // Every key of a cost centre with an amount: the share of its amount, to a step or to none.
  const shares = centres
    .join(keyTable, "costCentre", [aq.all(), ["step", "userGroup", "share"]])
    .derive({ amountNok: (d: { amountNok: number; share: number }) => d.amountNok * d.share });
  const toSteps = shares.filter((d: { step: number | null }) => d.step !== null);
  const toNone = shares.filter((d: { step: number | null }) => d.step === null);
  const cells = (
    toSteps
      .groupby("step", "userGroup")
      .rollup({ costNok: aq.op.sum("amountNok") })
      .objects() as Array<{ step: number; userGroup: string; costNok: number }>
  ).sort((a, b) => a.step - b.step || a.userGroup.localeCompare(b.userGroup, "nb"));
  const perCentre = centres
    .join_left(toSteps.groupby("costCentre").rollup({ allocatedNok: aq.op.sum("amountNok") }), "costCentre")
    .join_left(toNone.groupby("costCentre").rollup({ toNone: aq.op.sum("amountNok") }), "costCentre")
    .join_left(keyTable.groupby("costCentre").rollup({ keys: aq.op.count() }), "costCentre")
    .objects() as Array<{ costCentre: string; name: string; amountNok: number; allocatedNok?: number; toNone?: number; keys?: number }>;
  // The accounts' order of cost centres (a join puts matched rows first).
  const order = new Map((centres.array("costCentre") as string[]).map((c, i) => [c, i]));
  perCentre.sort((a, b) => order.get(a.costCentre)! - order.get(b.costCentre)!);

  const costCentres: Allocation["costCentres"] = [];
  const unallocated: UnallocatedAmount[] = [];
  for (const c of perCentre) {
    if (!c.keys) {
      unallocated.push({ costCentre: c.costCentre, name: c.name, amountNok: c.amountNok, reason: "no key" });
      costCentres.push({ costCentre: c.costCentre, name: c.name, amountNok: c.amountNok, allocatedNok: 0, unallocatedNok: c.amountNok });
      continue;
    }
    const allocatedNok = c.allocatedNok ?? 0;
    const unallocatedNok = c.toNone ?? 0;
    if (c.toNone !== undefined && c.toNone !== null)
      unallocated.push({ costCentre: c.costCentre, name: c.name, amountNok: unallocatedNok, reason: "key to no step" });
    costCentres.push({ costCentre: c.costCentre, name: c.name, amountNok: c.amountNok, allocatedNok, unallocatedNok });
  }
  const accountsTotalNok = (aq.agg(centres, aq.op.sum("amountNok")) as number | undefined) ?? 0;
  const allocatedNok = costCentres.reduce((s, c) => s + c.allocatedNok, 0);
  const unallocatedNok = unallocated.reduce((s, u) => s + u.amountNok, 0);
  return { cells, costCentres, unallocated, accountsTotalNok, allocatedNok, unallocatedNok, warnings };
}
