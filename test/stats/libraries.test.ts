import { linearRegression, probit } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { fitDrift } from "../../engine/population/ssb-correction";
import { normalQuantile } from "../../engine/random/distributions";
import { mean, sampleSd, sampleVariance } from "../../engine/stats/moments";
import { quantileSorted } from "../../engine/stats/quantile";

// What the engine takes from simple-statistics, checked against R, and the two functions
// it keeps by hand, with the measurement that says why.
describe("statistics from simple-statistics", () => {
  it("quantiles are R's type 7 (quantile(x, p) in R 4.x)", () => {
    const x = [1, 2, 3, 4, 10];
    expect(quantileSorted(x, 0.1)).toBeCloseTo(1.4, 12); // R: 1.4
    expect(quantileSorted(x, 0.5)).toBe(3);
    expect(quantileSorted(x, 0.9)).toBeCloseTo(7.6, 12); // R: 7.6
    expect(quantileSorted(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2.5);
    expect(() => quantileSorted([], 0.5)).toThrow(/at least one value/);
    expect(() => quantileSorted([1], 1.5)).toThrow(/p in \[0, 1\]/);
  });

  it("variance is the sample variance (n − 1), by hand: [2, 4, 4, 4, 5, 5, 7, 9] has Σ(x − 5)² = 32, 32/7", () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(x)).toBe(5);
    expect(sampleVariance(x)).toBeCloseTo(32 / 7, 14);
    expect(sampleSd(Float64Array.from(x))).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(sampleVariance([3])).toBe(0);
  });
});

describe("kept by hand, and why", () => {
  // Φ⁻¹ from R's qnorm to 16 digits.
  const qnorm: Array<[number, number]> = [
    [0.001, -3.090232306167813],
    [0.025, -1.959963984540054],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
  ];

  it("the normal quantile: Acklam's algorithm is within 2e-9, simple-statistics' probit is off by about 1e-2 in the tail", () => {
    for (const [p, z] of qnorm) expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(2e-9 * Math.abs(z));
    // The uncertainty run turns P10/P90 and 95 % intervals into scales through Φ⁻¹: an error
    // of 1e-2 at p = 0.001 would move a tail draw by a third of a per cent of σ per draw.
    expect(Math.abs(probit(0.001) - -3.090232306167813)).toBeGreaterThan(5e-3);
    expect(Math.abs(probit(0.975) - 1.959963984540054)).toBeGreaterThan(1e-3);
  });

  it("SSB's drift is a least-squares slope through the origin, which simple-statistics' regression (with an intercept) is not", () => {
    const errors = [
      { horizon: 2, error: 0.05 },
      { horizon: 4, error: 0.07 },
      { horizon: 6, error: 0.12 },
    ];
    // By hand: Σ e·h = 0.1 + 0.28 + 0.72 = 1.1, Σ h² = 4 + 16 + 36 = 56, slope 1.1/56.
    expect(fitDrift(errors, 1).perYear).toBeCloseTo(1.1 / 56, 14);
    const withIntercept = linearRegression(errors.map((e) => [e.horizon, e.error]));
    expect(Math.abs(withIntercept.m - 1.1 / 56)).toBeGreaterThan(1e-3);
  });
});
