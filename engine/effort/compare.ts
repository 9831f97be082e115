/** A staircase as a comparison needs it: per step cost, share, recipients, cost per recipient and årsverk (null: unknown). */
export interface StaircaseSteps {
  name: string;
  totalCostNok: number;
  steps: ReadonlyArray<{
    step: number;
    name: string;
    costNok: number | null;
    share: number | null;
    recipients: number | null;
    costPerRecipientNok: number | null;
    arsverk: number | null;
  }>;
}

/** One measure of one step in two staircases: A, B, B − A (null when either is unknown). */
export interface Pair {
  a: number | null;
  b: number | null;
  difference: number | null;
}

/** One step compared: the step number, its names in A and B ("" when the step is missing there), and each measure. */
export interface StepComparison {
  step: number;
  nameA: string;
  nameB: string;
  costNok: Pair;
  /** Shares as fractions; the difference is in share (0.01 = one percentage point). */
  share: Pair;
  recipients: Pair;
  costPerRecipientNok: Pair;
  arsverk: Pair;
}

const pair = (a: number | null | undefined, b: number | null | undefined): Pair => {
  const x = a ?? null;
  const y = b ?? null;
  return { a: x, b: y, difference: x === null || y === null ? null : y - x };
};

/**
 * Compares two staircases step by step (matched on step number: this year against last,
 * or another municipality's steps of the same number): cost, share of each one's total,
 * recipients, cost per recipient and årsverk, each with B − A. Steps only one has are
 * kept with the other side null. The last row (step −1) compares the totals.
 *
 * @example compareStaircases(asker, alver).find((r) => r.step === 10)!.costNok.difference
 */
export function compareStaircases(a: StaircaseSteps, b: StaircaseSteps): StepComparison[] {
  const numbers = [...new Set([...a.steps.map((s) => s.step), ...b.steps.map((s) => s.step)])].sort((x, y) => x - y);
  const rows = numbers.map((n) => {
    const sa = a.steps.find((s) => s.step === n);
    const sb = b.steps.find((s) => s.step === n);
    return {
      step: n,
      nameA: sa?.name ?? "",
      nameB: sb?.name ?? "",
      costNok: pair(sa?.costNok, sb?.costNok),
      share: pair(sa?.share, sb?.share),
      recipients: pair(sa?.recipients, sb?.recipients),
      costPerRecipientNok: pair(sa?.costPerRecipientNok, sb?.costPerRecipientNok),
      arsverk: pair(sa?.arsverk, sb?.arsverk),
    };
  });
  const sumArsverk = (x: StaircaseSteps) => (x.steps.some((s) => s.arsverk !== null) ? x.steps.reduce((t, s) => t + (s.arsverk ?? 0), 0) : null);
  rows.push({
    step: -1,
    nameA: a.name,
    nameB: b.name,
    costNok: pair(a.totalCostNok, b.totalCostNok),
    share: pair(1, 1),
    recipients: pair(null, null),
    costPerRecipientNok: pair(null, null),
    arsverk: pair(sumArsverk(a), sumArsverk(b)),
  });
  return rows;
}
