import { describe, expect, it } from "vitest";
import { normalQuantile, normalQuantileFast, poissonFromU, lognormalFromZ, standardNormal } from "../../engine/random/distributions";
import { rngStream } from "../../engine/random/streams";

describe("normalQuantile", () => {
  it("matches R's qnorm within Acklam's stated relative error 1.15e-9 (tolerance 2e-9 relative)", () => {
    const ref: Array<[number, number]> = [
      [0.975, 1.959963984540054],
      [0.05, -1.6448536269514729],
      [0.001, -3.090232306167813],
      [1e-10, -6.361340902404056],
      [0.3, -0.5244005127080407],
    ];
    for (const [p, z] of ref) expect(Math.abs(normalQuantile(p) / z - 1)).toBeLessThan(2e-9);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantileFast(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(() => normalQuantile(1.2)).toThrow(/probability/);
  });
  it("standard normal draws: mean 0 and sd 1 within 3 standard errors (50 000, seeded)", () => {
    const r = rngStream(7, 0);
    const n = 50000;
    let s = 0,
      s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = standardNormal(r);
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(3 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan((3 * Math.SQRT2) / Math.sqrt(n));
  });
});

describe("poissonFromU and lognormalFromZ", () => {
  it("Poisson: inversion gives the median at u = 0.5 and the mean over draws", () => {
    expect(poissonFromU(3, 0.5)).toBe(3);
    expect(poissonFromU(1, 0.5)).toBe(1); // P(0) = 0.368 < 0.5 ≤ P(≤1) = 0.736
    expect(poissonFromU(0, 0.9)).toBe(0);
    const r = rngStream(3, 0);
    const n = 20000,
      mean = 180;
    let s = 0;
    for (let i = 0; i < n; i++) s += poissonFromU(mean, r());
    expect(Math.abs(s / n - mean)).toBeLessThan(3 * Math.sqrt(mean / n));
  });
  it("log-normal: median at z = 0", () => {
    expect(lognormalFromZ(3, 0.5, 0)).toBe(3);
    expect(lognormalFromZ(3, 0, 2)).toBe(3);
    expect(lognormalFromZ(2, 0.5, 1)).toBeCloseTo(2 * Math.exp(0.5), 12);
  });
});
