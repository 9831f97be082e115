import { describe, expect, it } from "vitest";
import { exponentialFromU } from "../../engine/random/exponential";
import { randomStream } from "../../engine/random/streams";

describe("exponentialFromU: −ln(1 − u)", () => {
  it("matches −Math.log(1 − u) within 1e-15 × max(1, value) on a fine grid, at the edges and over 200 000 stream draws", () => {
    let worst = 0;
    const check = (u: number) => {
      const e = -Math.log(1 - u);
      worst = Math.max(worst, Math.abs(exponentialFromU(u) - e) / Math.max(1, e));
    };
    for (let i = 0; i < 1_000_000; i++) check((i + 0.37) / 1_000_000);
    for (const u of [0, 2 ** -32, 2 ** -53, 0.25, 0.5, 0.75, 1 - 2 ** -32, 1 - 2 ** -53]) check(u);
    const g = randomStream(17, 0);
    for (let i = 0; i < 200000; i++) check(g.next());
    expect(worst).toBeLessThan(1e-15);
    expect(exponentialFromU(0.5)).toBe(Math.LN2);
    expect(exponentialFromU(1 - 2 ** -32)).toBeCloseTo(32 * Math.LN2, 13);
  });
  it("exponential moments: mean 1 and variance 1 within 3 standard errors (100 000 seeded draws)", () => {
    const g = randomStream(23, 0);
    const n = 100000;
    let s = 0,
      s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = exponentialFromU(g.next());
      s += x;
      s2 += x * x;
    }
    const mean = s / n,
      variance = s2 / n - mean * mean;
    expect(Math.abs(mean - 1)).toBeLessThan(3 / Math.sqrt(n)); // sd of X is 1
    expect(Math.abs(variance - 1)).toBeLessThan(3 * Math.sqrt(8 / n)); // var of (X − 1)² is E(X−1)⁴ − 1 = 9 − 1
  });
});
