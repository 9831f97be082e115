import { InputError } from "../errors";

/** A band [from, to) of a measure (to null: open-ended), with its count, share and the cumulative share up to its upper limit. */
export interface BandCount {
  label: string;
  from: number;
  to: number | null;
  count: number;
  share: number;
  /** Share of all at or below this band (the share under `to`). */
  cumulativeShare: number;
}

/** Upper limits of the weekly-hours bands (hours per week): under 1, 1-2.5, 2.5-5, 5-10, 10-15, 15 and more. */
export const HOURS_LIMITS = [1, 2.5, 5, 10, 15] as const;

/** Upper limits of the age bands: under 67, 67-74, 75-79, 80-84, 85-89, 90 and over. */
export const AGE_LIMITS = [67, 75, 80, 85, 90] as const;

const num = (x: number) => String(x).replace(".", ",");

/**
 * Counts values into bands [0, l1), [l1, l2), …, [lk, ∞) with each band's share and the
 * cumulative share under its upper limit. `unit` labels the bands ("t" → "under 1 t",
 * "1–2,5 t", "15 t og mer"; "år" for ages → "under 67 år", "67–74 år", "90 år og over").
 * Limits must rise; an empty list of values gives shares of 0.
 *
 * @example countBands([0.5, 2, 20], [1, 2.5, 15], "t").map((b) => b.count) // [1, 1, 0, 1]
 */
export function countBands(values: readonly number[], limits: readonly number[], unit: string, wholeYears = false): BandCount[] {
  for (let i = 1; i < limits.length; i++) {
    if (!(limits[i] > limits[i - 1])) throw new InputError(`countBands requires rising limits, got ${limits.join(", ")}`);
  }
  const edges = [0, ...limits];
  const counts = edges.map(() => 0);
  for (const v of values) {
    let i = 0;
    while (i < limits.length && v >= limits[i]) i++;
    counts[i]++;
  }
  const n = values.length;
  let cum = 0;
  return edges.map((from, i) => {
    const to = i < limits.length ? limits[i] : null;
    cum += counts[i];
    const label =
      i === 0
        ? `under ${num(limits[0])} ${unit}`
        : to === null
          ? `${num(from)} ${unit} og ${wholeYears ? "over" : "mer"}`
          : `${num(from)}–${num(wholeYears ? to - 1 : to)} ${unit}`;
    return { label, from, to, count: counts[i], share: n ? counts[i] / n : 0, cumulativeShare: n ? cum / n : 0 };
  });
}
