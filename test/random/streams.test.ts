import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { constantRng } from "../../engine/random/rng";
import { rngStream, streamSeed } from "../../engine/random/streams";

describe("rngStream", () => {
  it("is seedrandom's alea: the published reference sequence for seed 'hello.'", () => {
    // seedrandom 3.0.5 README: alea('hello.')() → 0.4783254903741181, then .double() → 0.8297006866124559, .int32() → 1076136327.
    const a = seedrandom.alea("hello.");
    expect(a()).toBe(0.4783254903741181);
    expect(a.double()).toBe(0.8297006866124559);
    expect(a.int32()).toBe(1076136327);
  });
  it("stream (seed, i) is alea seeded with 'trappa:seed:i'", () => {
    const a = seedrandom.alea("trappa:42:7");
    const r = rngStream(42, 7);
    for (let k = 0; k < 5; k++) expect(r()).toBe(a());
    expect(streamSeed(42, 7)).toBe("trappa:42:7");
  });
  it("same (seed, stream) → same numbers; other streams differ", () => {
    const x = Array.from({ length: 5 }, rngStream(1, 0));
    expect(Array.from({ length: 5 }, rngStream(1, 0))).toEqual(x);
    expect(Array.from({ length: 5 }, rngStream(1, 1))).not.toEqual(x);
    expect(Array.from({ length: 5 }, rngStream(2, 0))).not.toEqual(x);
  });
  it("uniform: mean 1/2 and variance 1/12 within 3 standard errors (100 000 draws)", () => {
    const r = rngStream(2024, 3);
    const n = 100000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) { const u = r(); expect(u >= 0 && u < 1).toBe(true); s += u; s2 += u * u; }
    const mean = s / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
    // sd of u² is sqrt(1/5 − 1/9) ≈ 0.298
    expect(Math.abs(s2 / n - 1 / 3)).toBeLessThan(3 * 0.2981 / Math.sqrt(n));
  });
  it("rejects bad seeds and streams; constantRng gives its value", () => {
    expect(() => rngStream(1.5, 0)).toThrow(/whole-number seed/);
    expect(() => rngStream(1, -1)).toThrow(/stream index/);
    expect(constantRng()()).toBe(0.5);
    expect(() => constantRng(1)).toThrow();
  });
});
