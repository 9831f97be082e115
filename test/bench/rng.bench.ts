/**
 * Benchmark: uniforms per second from the engine's xoshiro128** (engine/random) against
 * seedrandom's generators (ARC4, the default; alea; xor128; xorshift7), 20 million draws
 * each, median of 5 rounds, summing the draws so nothing is optimised away. Why the hot
 * loops keep their own generator and seedrandom only turns a text into the master seed.
 *
 *   npm run bench:rng
 */
import seedrandom from "seedrandom";
import { Xoshiro128StarStar } from "../../engine/random/xoshiro128";

const N = 20_000_000;
const ROUNDS = 5;

// A fresh loop function per generator (new Function), so that each call site sees one
// generator only, as the engine's hot loops do.
const loopSource = "let s = 0; for (let i = 0; i < n; i++) s += draw(); return s;";

function time(draw: () => number): { ms: number; sum: number } {
  const loop = new Function("draw", "n", loopSource) as (draw: () => number, n: number) => number;
  const ms: number[] = [];
  let sum = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    sum = loop(draw, N);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ROUNDS / 2)], sum };
}

const x = new Xoshiro128StarStar(1, 2, 3, 4);
const generators: Array<[string, () => number]> = [
  ["xoshiro128** (engine)", () => x.next()],
  ["seedrandom alea", seedrandom.alea("1")],
  ["seedrandom xor128", seedrandom.xor128("1")],
  ["seedrandom xorshift7", seedrandom.xorshift7("1")],
  ["seedrandom ARC4 (standard)", seedrandom("1")],
];

console.log(`${N.toLocaleString("nb-NO")} uniformer, median av ${ROUNDS} runder`);
const results = generators.map(([name, draw]) => ({ name, ...time(draw) }));
for (const { name, ms, sum } of results) {
  const perDraw = (ms * 1e6) / N;
  console.log(
    `${name.padEnd(28)} ${perDraw.toFixed(2).replace(".", ",").padStart(6)} ns per trekk  ${(ms / results[0].ms).toFixed(2).replace(".", ",")} × motorens  (sjekksum ${sum.toFixed(0)})`,
  );
}
