import { describe, expect, it } from "vitest";
import { constantRng, constantSource, sourceFromRng } from "../../engine/random/rng";
import { splitMix64 } from "../../engine/random/splitmix64";
import { fnv1a64, randomStream, rngStream, streamSeed, streamState } from "../../engine/random/streams";
import { Xoshiro128StarStar } from "../../engine/random/xoshiro128";

describe("the generator and its seeding, against published reference values", () => {
  it("xoshiro128** 1.1: state {1, 2, 3, 4} gives the reference implementation's outputs", () => {
    // rand_xoshiro's test of Xoshiro128StarStar, "produced with the reference implementation (v1.1)
    // http://xoshiro.di.unimi.it/xoshiro128starstar.c"; the same from that C file compiled here.
    const g = new Xoshiro128StarStar(1, 2, 3, 4);
    const expected = [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804];
    expect(Array.from(expected, () => g.nextUint32())).toEqual(expected);
    expect(() => new Xoshiro128StarStar(0, 0, 0, 0)).toThrow(/not all zero/);
  });
  it("SplitMix64: seed 1477776061723855037 gives the reference implementation's outputs", () => {
    // rand_xoshiro's test of SplitMix64, from http://xoshiro.di.unimi.it/splitmix64.c.
    expect(splitMix64(BigInt("1477776061723855037"), 5).map(String)).toEqual([
      "1985237415132408290",
      "2979275885539914483",
      "13511426838097143398",
      "8488337342461049707",
      "15141737807933549159",
    ]);
  });
  it("FNV-1a 64: the published test vectors", () => {
    // Fowler–Noll–Vo test vectors (draft-eastlake-fnv): "" → cbf29ce484222325, "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8.
    expect(fnv1a64("").toString(16)).toBe("cbf29ce484222325");
    expect(fnv1a64("a").toString(16)).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar").toString(16)).toBe("85944171f73967e8");
    expect(() => fnv1a64("ø")).toThrow(/ASCII/);
  });
  it("stream (seed, i): xoshiro128** seeded by SplitMix64 from FNV-1a-64('trappa:seed:i') (values from the C reference code)", () => {
    expect(streamSeed(42, 7)).toBe("trappa:42:7");
    expect(fnv1a64("trappa:42:7").toString()).toBe("13104673301465261228");
    expect(streamState(42, 7)).toEqual([4197813923, 2241608668, 1199965467, 3222722551]);
    const g = randomStream(42, 7);
    expect(Array.from({ length: 5 }, () => g.nextUint32())).toEqual([994236606, 822135404, 1976427053, 1210477731, 2403588667]);
    expect(streamState(2040, 0)).toEqual([2980434074, 3039404996, 2026760153, 3847437356]);
    expect(streamState(-3, 12)).toEqual([2589620715, 3758265033, 2049425218, 3085346898]);
    // uniforms are the outputs × 2^−32, through every interface alike
    const r = rngStream(42, 7);
    expect(r()).toBe(994236606 / 2 ** 32);
    const buf = new Float64Array(4);
    const h = randomStream(42, 7);
    h.next();
    h.fill(buf, 4);
    expect(Array.from(buf)).toEqual([822135404, 1976427053, 1210477731, 2403588667].map((x) => x / 2 ** 32));
    // fill leaves the generator where as many next() calls would
    const k = randomStream(42, 7);
    for (let i = 0; i < 5; i++) k.next();
    expect(h.next()).toBe(k.next());
  });
});

describe("rngStream", () => {
  it("same (seed, stream) → same numbers; other streams differ", () => {
    const x = Array.from({ length: 5 }, rngStream(1, 0));
    expect(Array.from({ length: 5 }, rngStream(1, 0))).toEqual(x);
    expect(Array.from({ length: 5 }, rngStream(1, 1))).not.toEqual(x);
    expect(Array.from({ length: 5 }, rngStream(2, 0))).not.toEqual(x);
  });
  it("uniform: mean 1/2 and variance 1/12 within 3 standard errors (100 000 draws)", () => {
    const r = rngStream(2024, 3);
    const n = 100000;
    let s = 0,
      s2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
      s2 += u * u;
    }
    const mean = s / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
    // sd of u² is sqrt(1/5 − 1/9) ≈ 0.298
    expect(Math.abs(s2 / n - 1 / 3)).toBeLessThan((3 * 0.2981) / Math.sqrt(n));
  });
  it("neighbouring streams are uncorrelated: first draws of 20 000 consecutive streams, lag-1 correlation within 3 standard errors", () => {
    const n = 20000;
    const u = Float64Array.from({ length: n }, (_, i) => randomStream(7, i).next());
    let sxy = 0,
      sx = 0,
      _sxx = 0;
    for (let i = 0; i < n; i++) {
      sx += u[i];
      _sxx += u[i] * u[i];
      if (i > 0) sxy += (u[i] - 0.5) * (u[i - 1] - 0.5);
    }
    const corr = sxy / (n - 1) / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(3 / Math.sqrt(n));
    expect(Math.abs(sx / n - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
  });
  it("rejects bad seeds and streams; constant sources give their value", () => {
    expect(() => rngStream(1.5, 0)).toThrow(/whole-number seed/);
    expect(() => rngStream(1, -1)).toThrow(/stream index/);
    expect(constantRng()()).toBe(0.5);
    expect(() => constantRng(1)).toThrow();
    const c = constantSource();
    expect(c.next()).toBe(0.5);
    const buf = new Float64Array(3);
    c.fill(buf, 2);
    expect(Array.from(buf)).toEqual([0.5, 0.5, 0]);
    const s = sourceFromRng(rngStream(3, 1));
    const t = rngStream(3, 1);
    expect(s.next()).toBe(t());
    s.fill(buf, 3);
    expect(Array.from(buf)).toEqual([t(), t(), t()]);
  });
});
