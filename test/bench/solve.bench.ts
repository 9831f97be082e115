/**
 * Benchmark: the hand-written dense solver (engine/population/solve-linear.ts) against mathjs'
 * `lusolve` on the sizes the engine solves: the band calibration (10 bands) and the cohort
 * reconstruction (106 single ages). Prints mathjs' load time and the time per solve of each;
 * test/population/solve-linear.test.ts shows they agree to 1e-9.
 *
 *   npm run bench:solve
 */
import { createRequire } from "node:module";
import type * as MathJs from "mathjs";
import { solveLinear } from "../../engine/population/solve-linear";

const t0 = performance.now();
const { lusolve } = createRequire(import.meta.url)("mathjs") as typeof MathJs;
const loadMs = performance.now() - t0;

/** A diagonally heavy system of size n (well conditioned, like the penalised normal equations). */
function system(n: number): { a: Float64Array; b: Float64Array } {
  const a = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    b[i] = 1 + (i % 7);
    for (let j = 0; j < n; j++) a[i * n + j] = i === j ? n + 1 : 1 / (1 + Math.abs(i - j));
  }
  return { a, b };
}

function perSolve(fn: () => void, minMs = 300): number {
  let reps = 0;
  const s = performance.now();
  while (performance.now() - s < minMs) {
    fn();
    reps++;
  }
  return (performance.now() - s) / reps;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`).replace(".", ",");
console.log(`mathjs lastet på ${fmt(loadMs)}`);
for (const n of [10, 106]) {
  const { a, b } = system(n);
  const rows = Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)));
  const bs = Array.from(b);
  const ours = perSolve(() => solveLinear(a, b, n));
  const theirs = perSolve(() => lusolve(rows, bs));
  console.log(`  n = ${n}: solveLinear ${fmt(ours)}, mathjs lusolve ${fmt(theirs)} per løsning (${(theirs / ours).toFixed(0)} × langsommere)`);
}
