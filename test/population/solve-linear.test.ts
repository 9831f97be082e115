/**
 * The hand-written dense solver (engine/population/solve-linear.ts) against a system solved by
 * hand and against mathjs' `lusolve` (the chosen library's LU solver) on the systems the engine
 * solves: the band calibration (≈ 10 bands) and the penalised cohort reconstruction (106 ages).
 * Kept by hand because it is as accurate (this test, 1e-9 relative) and 9-19 × faster per
 * solve on these sizes, without mathjs' 0.6 s load in every projection
 * (`npm run bench:solve` prints both).
 */
import { createRequire } from "node:module";
import type * as MathJs from "mathjs";
import { describe, expect, it } from "vitest";
import { leastSquares, solveLinear } from "../../engine/population/solve-linear";
import { Xoshiro128StarStar } from "../../engine/random/xoshiro128";

const { lusolve } = createRequire(import.meta.url)("mathjs") as typeof MathJs;

function viaMathjs(a: Float64Array, b: Float64Array, n: number): number[] {
  const rows = Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)));
  return (lusolve(rows, Array.from(b)) as number[][]).map((r) => r[0]);
}

/** A random system like the reconstruction's: a penalised normal matrix (symmetric, diagonally heavy). */
function ridgeSystem(n: number, seed: number): { a: Float64Array; b: Float64Array } {
  const g = new Xoshiro128StarStar(seed, 2, 3, 4);
  const next = () => g.next();
  const a = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let r = 0; r < 3 * n; r++) {
    const row = Array.from({ length: n }, () => (next() < 0.2 ? next() * 100 : 0));
    const y = next() * 1000;
    for (let i = 0; i < n; i++) {
      b[i] += row[i] * y;
      for (let j = 0; j < n; j++) a[i * n + j] += row[i] * row[j];
    }
  }
  for (let i = 1; i < n - 1; i++) {
    const idx = [i - 1, i, i + 1];
    const c = [1, -2, 1];
    for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) a[idx[p] * n + idx[q]] += 5 * c[p] * c[q];
  }
  for (let i = 0; i < n; i++) a[i * n + i] += 1e-9;
  return { a, b };
}

describe("solveLinear", () => {
  it("solves a 3 × 3 system worked by hand, with a row swap", () => {
    // 0x + 2y + z = 7, x + y + z = 6, 2x + y + 3z = 13 → x = 1, y = 2, z = 3
    const x = solveLinear([0, 2, 1, 1, 1, 1, 2, 1, 3], [7, 6, 13], 3);
    expect(Array.from(x)).toEqual([expect.closeTo(1, 12), expect.closeTo(2, 12), expect.closeTo(3, 12)]);
  });

  it("refuses a singular matrix, naming the column", () => {
    expect(() => solveLinear([1, 2, 2, 4], [1, 2], 2)).toThrow(/zero pivot in column 1/);
  });

  it.each([
    [10, 1],
    [20, 2],
    [106, 3],
  ])("equals mathjs lusolve within 1e-9 (relative) on a %i × %i penalised system", (n, seed) => {
    const { a, b } = ridgeSystem(n, seed);
    const ours = solveLinear(a, b, n);
    const theirs = viaMathjs(a, b, n);
    const scale = Math.max(...theirs.map(Math.abs));
    for (let i = 0; i < n; i++) expect(Math.abs(ours[i] - theirs[i]) / scale).toBeLessThan(1e-9);
  });

  it("leastSquares recovers a line through exact points (hand: y = 2 + 0.5 x)", () => {
    const xs = [0, 1, 2, 3, 4];
    const X = xs.flatMap((x) => [1, x]);
    const beta = leastSquares(
      X,
      xs.map((x) => 2 + 0.5 * x),
      xs.length,
      2,
    );
    expect(beta[0]).toBeCloseTo(2, 12);
    expect(beta[1]).toBeCloseTo(0.5, 12);
  });
});
