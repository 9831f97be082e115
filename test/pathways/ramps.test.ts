import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addRamp, RAMP_PAD, RampSums } from "../../engine/pathways/ramps";
import { spreadOverYears } from "../../engine/pathways/years";

describe("RampSums: intervals spread over years as two ramps each", () => {
  it("the documented example: [0.5, 2.5) over three years is 0.5, 1, 0.5", () => {
    const r = new RampSums(1, 3);
    addRamp(r.sums, r.base(0), 2.5, r.top, 1);
    addRamp(r.sums, r.base(0), 0.5, r.top, -1);
    const out = new Float64Array(3);
    r.yearly(0, out, 0);
    expect(Array.from(out)).toEqual([0.5, 1, 0.5]);
  });
  it("equals spreadOverYears for any intervals, inside, across and far outside the years (padding and the edges)", () => {
    const time = fc.double({ min: -3 * RAMP_PAD, max: 3 * RAMP_PAD, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 20 }), (intervals, years) => {
        const r = new RampSums(2, years);
        const expected = new Float64Array(years);
        for (const [a, b] of intervals) {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          addRamp(r.sums, r.base(1), hi, r.top, 1);
          addRamp(r.sums, r.base(1), lo, r.top, -1);
          spreadOverYears(lo, hi, 1, 0, expected);
        }
        const out = new Float64Array(years + 2);
        r.yearly(1, out, 1);
        for (let y = 0; y < years; y++) expect(Math.abs(out[1 + y] - expected[y])).toBeLessThan(1e-9);
        expect(out[0]).toBe(0);
        r.clear();
        r.yearly(1, out, 1);
        expect(out.every((v) => v === 0)).toBe(true);
      }),
    );
  });
  it("requires whole numbers of slots and years", () => {
    expect(() => new RampSums(0, 3)).toThrow(/slots ≥ 1/);
    expect(() => new RampSums(1, 2.5)).toThrow(/years ≥ 1/);
  });
});
