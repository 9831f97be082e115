/**
 * The population grid: sex × single year of age 0…104 and the open group 105+, on
 * 1 January. A grid for one date is a Float64Array of length 2 × 106, indexed
 * `sex * N_AGES + age` with sex 0 = men, 1 = women. A projection stores one such
 * block per year, so the full array is indexed `[year][sex][age]`.
 */
export const N_AGES = 106;
export const OPEN_AGE = 105;
export const SEXES = ["male", "female"] as const;
export type Sex = (typeof SEXES)[number];
export const GRID_SIZE = 2 * N_AGES;

/** Index of (sex, age) in a one-year grid. */
export function cell(sex: number, age: number): number {
  return sex * N_AGES + age;
}

/** Throws if a grid holds a NaN, an infinite or a negative value (a data error). */
export function assertValidGrid(grid: ArrayLike<number>, what = "population"): void {
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i];
    if (!Number.isFinite(v) || v < 0) {
      const sex = SEXES[Math.floor(i / N_AGES)] ?? "?";
      const age = i % N_AGES;
      throw new Error(`${what} requires finite non-negative counts, got ${v} at sex ${sex}, age ${age}`);
    }
  }
}
