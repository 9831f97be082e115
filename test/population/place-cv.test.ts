import { describe, expect, it } from "vitest";
import type { ScoredRow } from "../../engine/population/backtest-score";
import { leaveOnePlaceOut } from "../../engine/population/place-cv";

const row = (region: string, band: string, observed: number, cc: number): ScoredRow => ({
  baseYear: 2016,
  targetYear: 2026,
  region,
  name: region,
  band,
  observed,
  engine: cc,
  engineLow: null,
  engineHigh: null,
  cc,
  ssb: null,
  ssbLow: null,
  ssbHigh: null,
});

describe("leaveOnePlaceOut(settings, criterion)", () => {
  // Setting "a" is 10 % off everywhere; "b" exact in A and B but 50 % off in C.
  const a = { name: "a", rows: [row("A", "Total", 100, 110), row("B", "Total", 100, 110), row("C", "Total", 100, 110)] };
  const b = { name: "b", rows: [row("A", "Total", 100, 100), row("B", "Total", 100, 100), row("C", "Total", 100, 150)] };

  it("chooses each place's setting from the other places only", () => {
    const r = leaveOnePlaceOut([a, b], ["Total"]);
    // holding out A: a 10 % vs b (0 + 50)/2 = 25 % → a; B likewise; C: a 10 % vs b 0 % → b
    expect(Object.fromEntries(r.chosen)).toEqual({ A: "a", B: "a", C: "b" });
    // the held-out errors: 10 %, 10 %, 50 % (the in-sample best, b, would claim 16.7 %)
    const mape = r.rows.reduce((s, x) => s + Math.abs(x.cc - x.observed) / x.observed, 0) / r.rows.length;
    expect(mape).toBeCloseTo(70 / 300, 12);
  });

  it("weights criterion bands alike, keeps ties with the earlier setting and rejects too few places", () => {
    const c = { name: "c", rows: a.rows.map((x) => ({ ...x })) };
    expect([...leaveOnePlaceOut([a, c], ["Total"]).chosen.values()]).toEqual(["a", "a", "a"]);
    expect(() => leaveOnePlaceOut([{ name: "x", rows: [row("A", "Total", 1, 1)] }], ["Total"])).toThrow(/at least two places/);
    expect(() => leaveOnePlaceOut([a], ["90+"])).toThrow(/rows in the criterion bands/);
  });
});
