import { InputError } from "../errors";
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

  const centres = new Map<string, { name: string; amountNok: number }>();
  accounts.forEach((a, k) => {
    if (!a.costCentre.trim()) throw new InputError(`${at(accountsFile, a.line, k)}, field "cost_centre": expected a cost centre, got ""`);
    if (!Number.isFinite(a.amountNok)) throw new InputError(`${at(accountsFile, a.line, k)}, field "amount_nok": expected a number, got ${a.amountNok}`);
    const c = centres.get(a.costCentre) ?? { name: "", amountNok: 0 };
    c.amountNok += a.amountNok;
    if (!c.name && a.name) c.name = a.name;
    centres.set(a.costCentre, c);
  });

  const byCentre = new Map<string, Array<{ key: AllocationKey; k: number }>>();
  keys.forEach((key, k) => {
    const where = at(keysFile, key.line, k);
    if (!key.costCentre.trim()) throw new InputError(`${where}, field "cost_centre": expected a cost centre, got ""`);
    if (key.step !== null) requireStep(set, key.step, `${where}, field "step"`);
    if (!(Number.isFinite(key.share) && key.share >= 0 && key.share <= 1)) {
      throw new InputError(`${where}, field "share": expected a share between 0 and 1, got ${key.share}`);
    }
    const list = byCentre.get(key.costCentre) ?? [];
    list.push({ key, k });
    byCentre.set(key.costCentre, list);
  });

  const warnings: string[] = [];
  for (const [centre, list] of byCentre) {
    const sum = list.reduce((s, x) => s + x.key.share, 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      const lines = list.map((x) => (x.key.line !== undefined ? String(x.key.line) : `[${x.k}]`)).join(", ");
      throw new InputError(`${keysFile}: lines ${lines}, cost centre "${centre}": expected shares that sum to 1, got ${Number(sum.toFixed(9))}`);
    }
    if (!centres.has(centre)) warnings.push(`${keysFile}: cost centre "${centre}" has a key but no amount in ${accountsFile}; it is ignored.`);
  }

  const cellMap = new Map<string, { step: number; userGroup: string; costNok: number }>();
  const costCentres: Allocation["costCentres"] = [];
  const unallocated: UnallocatedAmount[] = [];
  let accountsTotalNok = 0;
  let allocatedNok = 0;
  for (const [centre, c] of centres) {
    accountsTotalNok += c.amountNok;
    const list = byCentre.get(centre);
    if (!list) {
      unallocated.push({ costCentre: centre, name: c.name, amountNok: c.amountNok, reason: "no key" });
      costCentres.push({ costCentre: centre, name: c.name, amountNok: c.amountNok, allocatedNok: 0, unallocatedNok: c.amountNok });
      continue;
    }
    let toSteps = 0;
    let toNone = 0;
    for (const { key } of list) {
      const amount = c.amountNok * key.share;
      if (key.step === null) {
        toNone += amount;
        continue;
      }
      toSteps += amount;
      const group = key.userGroup.trim() || NO_USER_GROUP;
      const id = `${key.step}\u0000${group}`;
      const cell = cellMap.get(id) ?? { step: key.step, userGroup: group, costNok: 0 };
      cell.costNok += amount;
      cellMap.set(id, cell);
    }
    if (list.some((x) => x.key.step === null)) unallocated.push({ costCentre: centre, name: c.name, amountNok: toNone, reason: "key to no step" });
    allocatedNok += toSteps;
    costCentres.push({ costCentre: centre, name: c.name, amountNok: c.amountNok, allocatedNok: toSteps, unallocatedNok: toNone });
  }
  const cells = Array.from(cellMap.values()).sort((a, b) => a.step - b.step || a.userGroup.localeCompare(b.userGroup, "nb"));
  const unallocatedNok = unallocated.reduce((s, u) => s + u.amountNok, 0);
  return { cells, costCentres, unallocated, accountsTotalNok, allocatedNok, unallocatedNok, warnings };
}
