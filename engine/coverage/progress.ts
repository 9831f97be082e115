import { InputError } from "../errors";

/** How a value moves from its start to its target: a straight line or an S-curve. */
export type PathShape = "linear" | "s-curve";

/**
 * Share of the way (0…1) from `startYear` to `targetYear` reached in `year`: 0 up to the
 * start year, 1 from the target year on. Linear: (year − start) ÷ (target − start).
 * S-curve: smoothstep t²(3 − 2t) of that fraction (slow start, fast middle, slow end;
 * half-way in the middle year). A target year equal to the start year jumps at once.
 *
 * @example pathProgress("linear", 2024, 2040, 2032) // 0.5
 */
export function pathProgress(shape: PathShape, startYear: number, targetYear: number, year: number): number {
  if (targetYear < startYear) {
    throw new InputError(`pathProgress requires a target year at or after the start year ${startYear}, got ${targetYear}`);
  }
  if (year <= startYear) return targetYear === startYear && year === startYear ? 1 : 0;
  if (year >= targetYear) return 1;
  const t = (year - startYear) / (targetYear - startYear);
  return shape === "linear" ? t : t * t * (3 - 2 * t);
}
