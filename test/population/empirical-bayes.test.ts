import { describe, expect, it } from "vitest";
import { shrinkRatios } from "../../engine/population/empirical-bayes";

describe("shrinkRatios(observed, expected, mean?)", () => {
  it("gives Marshall's (1991) moment estimate, worked by hand", () => {
    // r = 1.5, 0.5; μ = 40/40 = 1; s² = (20·0.25 + 20·0.25)/40 = 0.25; ē = 20;
    // τ² = 0.25 − 1/20 = 0.2; k = 1/0.2 = 5; weight 20/25 = 0.8 → 1.4 and 0.6.
    const s = shrinkRatios(Object.freeze([30, 10]), Object.freeze([20, 20]));
    expect(s.mean).toBe(1);
    expect(s.between).toBeCloseTo(0.2, 12);
    expect(s.k).toBeCloseTo(5, 10);
    expect(s.weights[0]).toBeCloseTo(0.8, 12);
    expect(s.ratios[0]).toBeCloseTo(1.4, 12);
    expect(s.ratios[1]).toBeCloseTo(0.6, 12);
  });

  it("weights evidence: the larger place keeps more of its own ratio", () => {
    // μ given = 1; r = 1.2 (E = 1000), 0.5 (E = 10)
    const s = shrinkRatios([1200, 5], [1000, 10], 1);
    expect(s.weights[0]).toBeGreaterThan(s.weights[1]);
    expect(Math.abs(s.ratios[0] - 1.2)).toBeLessThan(0.01);
    expect(Math.abs(s.ratios[1] - 1)).toBeLessThan(Math.abs(0.5 - 1));
  });

  it("shrinks every place to the mean when places differ no more than Poisson noise", () => {
    // r = 1.1, 0.9 on E = 10: s² = 0.01, μ/ē = 0.1 → τ² = 0
    const s = shrinkRatios([11, 9], [10, 10]);
    expect(s.between).toBe(0);
    expect(s.k).toBe(Number.POSITIVE_INFINITY);
    expect(s.ratios).toEqual([1, 1]);
  });

  it("gives the mean to a place without evidence and rejects bad counts", () => {
    expect(shrinkRatios([50, 0, 10], [40, 0, 20]).ratios[1]).toBeCloseTo(1, 12);
    expect(() => shrinkRatios([1], [1, 2])).toThrow(/shrinkRatios requires as many/);
    expect(() => shrinkRatios([Number.NaN], [1])).toThrow(/shrinkRatios requires finite counts/);
  });
});
