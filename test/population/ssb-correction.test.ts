import { describe, expect, it } from "vitest";
import {
  blendWeight,
  CORRECTION_GRID,
  chooseSettings,
  correct,
  crossValidate,
  fitDrift,
  type PublishedRounds,
  quantileType7,
  type RegisteredSeries,
  ssbErrors,
} from "../../engine/population/ssb-correction";

/**
 * A made-up world: six places, registered 2000-2026, and SSB rounds every second year from
 * 2002 whose MMMM misses by `drift(round)` per year of horizon (ln scale) plus place noise.
 */
function world(drift: (round: number) => number, noise = 0.002) {
  const places = ["A", "B", "C", "D", "E", "F"];
  const registered = new Map<string, Map<number, Map<string, number>>>();
  places.forEach((p, i) => {
    const years = new Map<number, Map<string, number>>();
    for (let y = 2000; y <= 2026; y++) {
      const size = (i < 3 ? 2000 : 20000) * (1 + 0.003 * (y - 2000));
      years.set(
        y,
        new Map([
          ["90+", size * 0.01],
          ["Total", size],
        ]),
      );
    }
    registered.set(p, years);
  });
  const rounds = new Map<number, Map<string, Map<number, Map<string, number>>>>();
  for (let r = 2002; r <= 2024; r += 2) {
    const m = new Map<string, Map<number, Map<string, number>>>();
    places.forEach((p, i) => {
      const years = new Map<number, Map<string, number>>();
      for (let y = r; y <= 2026; y++) {
        const wobble = noise * Math.sin(7 * i + 3 * r + y);
        const obs = registered.get(p)!.get(y)!;
        years.set(y, new Map([...obs].map(([b, v]) => [b, v * Math.exp((drift(r) + wobble) * (y - r))])));
      }
      m.set(p, years);
    });
    rounds.set(r, m);
  }
  return { registered: registered as RegisteredSeries, rounds: rounds as PublishedRounds };
}

describe("quantileType7", () => {
  it("equals R's quantile(type = 7)", () => {
    expect(quantileType7([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12); // quantile(1:4, 0.1)
    expect(quantileType7([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12); // quantile(c(1,2,3,4,10), 0.9)
    expect(quantileType7([], 0.5)).toBeNaN();
  });
});

describe("fitDrift and correct", () => {
  it("fits the slope through the origin by hand: Σeh/Σh² = 0.40/20 = 0.02, damped by half 0.01", () => {
    const e = [
      { horizon: 2, error: 0.04 },
      { horizon: 4, error: 0.08 },
    ];
    expect(fitDrift(e, 1).perYear).toBeCloseTo(0.02, 15);
    expect(fitDrift(e, 0.5).perYear).toBeCloseTo(0.01, 15);
    expect(fitDrift([], 1)).toEqual({ perYear: 0, n: 0 });
  });

  it("corrects SSB's 1 000 ten years ahead by 2 %/year: 1 000·e^−0.2 = 818.73; blended half with 900: √(818.73·900) = 858.4", () => {
    const e = [
      { horizon: 2, error: 0.04 },
      { horizon: 4, error: 0.08 },
    ];
    expect(correct(1000, null, 10, e, { damping: 1, blend: 0 }).value).toBeCloseTo(818.7308, 3);
    expect(
      correct(
        1000,
        900,
        10,
        e.map((x) => ({ ...x, ccError: 0 })),
        { damping: 1, blend: 0.5 },
      ).value,
    ).toBeCloseTo(Math.sqrt(818.7308 * 900), 2);
    // the errors lie exactly on the drift: a zero-width interval
    const c = correct(1000, null, 10, e, { damping: 1, blend: 0 });
    expect(c.high - c.low).toBeCloseTo(0, 9);
  });
});

describe("ssbErrors", () => {
  it("uses only rounds before the year and outcomes registered by it", () => {
    const w = world(() => 0.01, 0);
    const e = ssbErrors(w.registered, w.rounds, 2010);
    expect(new Set(e.map((x) => x.round))).toEqual(new Set([2002, 2004, 2006, 2008]));
    expect(Math.max(...e.map((x) => x.round + x.horizon))).toBe(2010);
    // ln(SSB/registered) = 0.01 per year of horizon
    for (const x of e) expect(x.error).toBeCloseTo(0.01 * x.horizon, 12);
    expect(e.filter((x) => x.round === 2008 && x.region === "A").map((x) => x.horizon)).toEqual([1, 1, 2, 2]);
  });
});

describe("chooseSettings by leave-one-out cross-validation over places and rounds", () => {
  it("applies the full drift when SSB's error persists from round to round (1 %/year in every round)", () => {
    const w = world(() => 0.01);
    const c = chooseSettings(w.registered, w.rounds, 2016, ["90+", "Total"]).get("Total")!;
    expect(c.settings.damping).toBe(1);
    // SSB unchanged misses by 1 %/year; corrected only the first round (nothing to learn from) still does
    const known = ssbErrors(w.registered, w.rounds, 2016);
    const at = new Map([...new Set(known.map((e) => e.round))].map((r) => [r, ssbErrors(w.registered, w.rounds, r)]));
    const ssb = crossValidate(known, at, "Total", CORRECTION_GRID[0], false);
    expect(ssb.n).toBe(c.n);
    expect(c.mape).toBeLessThan(0.5 * ssb.mape);
  });

  it("keeps SSB's round when its error changes sign from round to round", () => {
    const w = world((r) => (r % 4 === 0 ? 0.01 : -0.01));
    const c = chooseSettings(w.registered, w.rounds, 2016, ["Total"]).get("Total")!;
    expect(c.settings).toEqual(CORRECTION_GRID[0]);
    expect(c.settings.damping).toBe(0);
  });

  it("does not see the future: rounds from the base year on and later outcomes do not change the choice", () => {
    const a = world(() => 0.01);
    const b = world((r) => (r >= 2016 ? -0.05 : 0.01));
    const pick = (w: ReturnType<typeof world>) => chooseSettings(w.registered, w.rounds, 2016, ["Total"]).get("Total")!;
    expect(pick(b)).toEqual(pick(a));
  });
});

describe("blendWeight (Bates & Granger 1969)", () => {
  it("gives the minimum-variance weight by hand and keeps fixed weights", () => {
    // c = 0.2, −0.2 (after a drift of 0); k = 0.1, 0.1: Σc² = 0.08, Σk² = 0.02, Σck = 0
    // → w = 0.08 / 0.10 = 0.8
    const t = [
      { horizon: 1, error: 0.2, ccError: 0.1 },
      { horizon: 1, error: -0.2, ccError: 0.1 },
    ];
    expect(blendWeight(t, 0, { blend: "variance" })).toBeCloseTo(0.8, 12);
    // a drift of 0.1 per year leaves c = 0.1, −0.3: Σc² = 0.10, Σck = −0.02 → (0.10 + 0.02) / (0.10 + 0.02 + 0.04) = 0.75
    expect(blendWeight(t, 0.1, { blend: "variance" })).toBeCloseTo(0.75, 12);
    expect(blendWeight(t, 0, { blend: 0.5 })).toBe(0.5);
    expect(blendWeight([], 0, { blend: "variance" })).toBe(0);
    // the projection always worse and on the same side: weight 0, not negative
    expect(blendWeight([{ horizon: 1, error: 0.1, ccError: 0.3 }], 0, { blend: "variance" })).toBe(0);
  });
});

describe("crossValidate's standard error and the one-standard-error rule", () => {
  it("clusters the standard error by place and round (a world without noise: the MAPE by hand, the se from the spread of the folds)", () => {
    const w = world(() => 0.01, 0);
    const known = ssbErrors(w.registered, w.rounds, 2010);
    const at = new Map([...new Set(known.map((e) => e.round))].map((r) => [r, ssbErrors(w.registered, w.rounds, r)]));
    const ssb = crossValidate(known, at, "Total", CORRECTION_GRID[0], false);
    // SSB unchanged misses every cell by e^(0.01 h) − 1; per (place, round) folds the errors differ only by round
    const expected = known.filter((e) => e.band === "Total").reduce((s, e) => s + Math.expm1(0.01 * e.horizon), 0) / ssb.n;
    expect(ssb.mape).toBeCloseTo(expected, 12);
    expect(ssb.se).toBeGreaterThan(0);
    expect(ssb.se).toBeLessThan(ssb.mape);
  });

  it("keeps SSB's round when the best correction's gain is within one standard error, and takes it with rule 'min'", () => {
    // a drift that is mostly noise: 0.2 %/year with place noise of ±0.6 %/year (measured: smallest
    // CV-MAPE 2.12 %, its standard error 0.12, SSB unchanged 2.15 %)
    const w = world(() => 0.002, 0.006);
    const one = chooseSettings(w.registered, w.rounds, 2016, ["Total"]).get("Total")!;
    const min = chooseSettings(w.registered, w.rounds, 2016, ["Total"], undefined, "min").get("Total")!;
    expect(min.mape).toBe(min.bestMape);
    expect(one.bestMape).toBe(min.bestMape);
    expect(one.settings).toEqual(CORRECTION_GRID[0]);
    expect(one.mape).toBeLessThanOrEqual(one.bestMape + one.bestSe + 1e-12);
    expect(min.settings).not.toEqual(CORRECTION_GRID[0]);
    // 0.3 %/year with noise ±0.4 %/year: the gain exceeds the standard error, and the drift is applied
    const clear = world(() => 0.003, 0.004);
    expect(chooseSettings(clear.registered, clear.rounds, 2016, ["Total"]).get("Total")!.settings.damping).toBeGreaterThan(0);
  });
});
