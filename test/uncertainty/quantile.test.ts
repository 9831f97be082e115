import { describe, expect, it } from "vitest";
import { percentiles, quantileSorted, slotQuantiles } from "../../engine/uncertainty/quantile";

describe("quantileSorted and percentiles", () => {
  it("interpolate between order statistics (type 7, as R's quantile())", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    const p = percentiles([4, 1, 3, 2], 0.8);
    expect([p.low, p.median, p.high]).toEqual([1.3, 2.5, 3.7].map((x) => expect.closeTo(x, 12)));
    expect(p.sd).toBeCloseTo(Math.sqrt(5 / 3), 12); // n − 1
    expect(() => percentiles([1, NaN])).toThrow(/NaN at 1/);
  });
});

describe("slotQuantiles(values, stride, ps, from, to)", () => {
  it("takes type-7 quantiles per slot across rows, only in the slots asked for, and throws on a NaN there", () => {
    const v = Float64Array.from([1, 10, 2, 20, 3, 30, 4, 40]);
    const [lo, mid] = slotQuantiles(v, 2, [0.1, 0.5]);
    expect(Array.from(mid)).toEqual([2.5, 25]);
    expect(lo[0]).toBeCloseTo(1.3, 12);
    expect(Array.from(slotQuantiles(v, 2, [0.5], 1, 2)[0])).toEqual([NaN, 25]);
    expect(Array.from(slotQuantiles(Float64Array.from([1, NaN, 2, NaN]), 2, [0.5], 0, 1)[0])).toEqual([1.5, NaN]);
    expect(() => slotQuantiles(Float64Array.from([1, NaN]), 1, [0.5])).toThrow(/NaN in replicate 1/);
    expect(() => slotQuantiles(Float64Array.from([1, 2, 3]), 2, [0.5])).toThrow(/whole rows of 2/);
  });
});
