import { describe, expect, it } from "vitest";
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { backtest, commonBands, type MovesByAge, type NationalHistory, type PlaceHistory } from "../../engine/population/backtest";
import { addSumBand, type ScoredRow, scoreBy, scoreRows } from "../../engine/population/backtest-score";
import { parseBands } from "../../engine/population/bands";

const BANDS = parseBands("0,1-5,6-12,13-15,16-19,20-44,45-66,67-79,80-89,90+");
const a = loadNationalAssumptions();
const path = (f: (y: number) => number) => Object.fromEntries(Array.from({ length: 27 }, (_, i) => [String(2000 + i), f(2000 + i)]));
const national = (bump = 0, from = 9999): NationalHistory => ({
  lifeExpectancy: { male: path((y) => 76 + 0.25 * (y - 2000) + (y >= from ? bump : 0)), female: path((y) => 81 + 0.2 * (y - 2000) + (y >= from ? bump : 0)) },
  totalFertility: path((y) => 1.9 - 0.02 * (y - 2000) + (y >= from ? bump / 10 : 0)),
  mortality: loadMortalityBase(),
  sexRatioAtBirth: a.sexRatioAtBirth,
  fertilitySchedule: a.fertilitySchedule,
});

/** A made-up registered history 2000-2026 of two places and their area (smooth, with some migration). */
function history(scaleAfter = 1, from = 9999, except = -1): { places: PlaceHistory[]; area: PlaceHistory } {
  const place = (region: string, size: number, drift: number): PlaceHistory => {
    const totals = new Map<number, Float64Array>();
    for (let y = 2000; y <= 2026; y++) {
      const f = (y >= from && y !== except ? scaleAfter : 1) * (1 + drift * (y - 2000));
      totals.set(
        y,
        Float64Array.from([0.011, 0.06, 0.085, 0.037, 0.05, 0.31, 0.27, 0.12, 0.045, 0.012].map((s, b) => size * s * f * (1 + 0.01 * b * (y - 2000) * drift))),
      );
    }
    return { region, name: region, totals };
  };
  const places = [place("1001", 20000, 0.004), place("1002", 3000, -0.006)];
  const totals = new Map<number, Float64Array>();
  for (const y of places[0].totals.keys())
    totals.set(
      y,
      places[0].totals.get(y)!.map((v, b) => v + places[1].totals.get(y)![b]),
    );
  return { places, area: { region: "10", name: "area", totals } };
}

describe("an honest back-test uses only what was known in the base year", () => {
  const run = (h: ReturnType<typeof history>, n: NationalHistory) =>
    backtest({ bands: BANDS, history: h.places, area: h.area, baseYear: 2016, horizon: 10, national: n, reconstructYears: 5, shrinkage: 10_000 });

  it("gives the same projection when every figure registered after the base year (but the outcome) is changed", () => {
    const plain = run(history(), national());
    const doubled = run(history(2, 2017, 2026), national());
    expect(doubled.rows.map((r) => r.engine)).toEqual(plain.rows.map((r) => r.engine));
    // and the change can be seen: the same change up to the base year moves the projection
    const earlier = run(history(1.05, 2016, -1), national());
    expect(earlier.rows.find((r) => r.band === "Total")!.engine).not.toBeCloseTo(plain.rows.find((r) => r.band === "Total")!.engine, 0);
  });

  it("gives the same projection when national life expectancy and fertility of the base year and later change (published a year later)", () => {
    const plain = run(history(), national());
    expect(run(history(), national(3, 2016)).rows.map((r) => r.engine)).toEqual(plain.rows.map((r) => r.engine));
    expect(run(history(), national(3, 2015)).rows.map((r) => r.engine)).not.toEqual(plain.rows.map((r) => r.engine));
  });

  it("reads ten years of migration when the history has them, fewer when it begins later", () => {
    expect(run(history(), national()).window).toBe(10);
    const h = history();
    for (const p of [...h.places, h.area]) for (let y = 2000; y < 2010; y++) p.totals.delete(y);
    expect(backtest({ bands: BANDS, history: h.places, area: h.area, baseYear: 2016, horizon: 10, national: national(), reconstructYears: 5 }).window).toBe(6);
  });
});

describe("commonBands", () => {
  it("keeps the edges both sets of groups have (SSB's 20-66 of the rounds up to 2012)", () => {
    expect(commonBands(BANDS, parseBands("0,1-5,6-12,13-15,16-19,20-66,67-79,80-89,90+")).map((b) => b.label)).toEqual([
      "0",
      "1-5",
      "6-12",
      "13-15",
      "16-19",
      "20-66",
      "67-79",
      "80-89",
      "90+",
    ]);
    expect(() => commonBands(BANDS, [{ label: "0-89", from: 0, to: 89, open: false }])).toThrow(/expected two sets of groups over the same ages/);
  });
});

describe("scoreRows", () => {
  const row = (band: string, observed: number, engine: number, ssb: number | null, lo: number | null = null, hi: number | null = null): ScoredRow => ({
    baseYear: 2016,
    targetYear: 2026,
    region: band === "0" ? "A" : "B",
    name: "x",
    band,
    observed,
    engine,
    engineLow: null,
    engineHigh: null,
    cc: engine,
    ssb,
    ssbLow: lo,
    ssbHigh: hi,
  });

  it("gives MAPE, bias and coverage by hand: errors +10 % and −20 %", () => {
    const s = scoreRows([row("0", 100, 110, 105, 90, 104), row("0", 50, 40, null, 55, 60)]);
    expect(s.engineMape).toBeCloseTo(0.15, 12);
    expect(s.engineBias).toBeCloseTo(-0.05, 12);
    expect(s.ssbMape).toBeCloseTo(0.05, 12); // only the row with SSB
    expect(s.ssbCoverage).toBe(0.5); // 100 is in [90, 104], 50 is not in [55, 60]
    expect(s.engineCoverage).toBeNull();
    expect(() => scoreRows([row("0", 0, 1, 1)])).toThrow(/scoreRows requires registered figures above 0, got 0/);
  });

  it("sums a band of parts per place and groups scores by a key", () => {
    const rows = [row("0", 10, 12, 11, 9, 13), { ...row("1-5", 50, 45, 55, 48, 60), region: "A" }];
    const young = addSumBand(rows, "0-5", ["0", "1-5"]);
    expect(young).toMatchObject([{ band: "0-5", observed: 60, engine: 57, ssb: 66, ssbLow: 57, ssbHigh: 73 }]);
    expect(scoreBy(rows, (r) => r.band).map((s) => [s.key, s.n])).toEqual([
      ["0", 1],
      ["1-5", 1],
    ]);
  });
});

describe("moves by single age in the back-test: only the years before the base year", () => {
  /** Moves of both places, every age 0-69 (70 the top age) of the years given: `inn` in and 1 out at each age. */
  const moves = (years: number[], inn = 3, only?: string): MovesByAge[] =>
    years.flatMap((year) =>
      ["1001", "1002"]
        .filter((region) => only === undefined || region === only)
        .flatMap((region) => Array.from({ length: 71 }, (_, age) => ({ region, year, age, in: region === "1001" ? inn : 1, out: 1 }))),
    );
  const run = (m?: MovesByAge[]) => {
    const h = history();
    return backtest({
      bands: BANDS,
      history: h.places,
      area: h.area,
      baseYear: 2016,
      horizon: 10,
      national: national(),
      reconstructYears: 5,
      shrinkage: 10_000,
      moves: m,
    });
  };

  it("changes nothing with moves of the base year and later (the 2016 round reads none)", () => {
    const plain = run();
    const later = run(moves([2016, 2017, 2020]));
    expect(later.moves).toBeNull();
    expect(later.rows.map((r) => r.engine)).toEqual(plain.rows.map((r) => r.engine));
  });

  it("reads the window's years before the base year at ages 1 … top − 1, and a later year changes nothing more", () => {
    const before = run(moves([2013, 2014, 2015]));
    expect(before.moves!.years).toEqual([2013, 2014, 2015]);
    expect(before.moves!.top).toBe(70);
    expect(before.rows.map((r) => r.engine)).not.toEqual(run().rows.map((r) => r.engine));
    expect(run(moves([2013, 2014, 2015, 2016, 2019])).rows.map((r) => r.engine)).toEqual(before.rows.map((r) => r.engine));
    // in = out = 1 at every age in 1002: its net rate is the pooled profile at its shrunk level, in − out
    const r = before.moves!.rates.get("1002")!;
    expect(r[0]).toBe(0);
    expect(r[70 - 1]).not.toBe(0);
  });

  it("keeps the residual rates of a place without moves", () => {
    const plain = run();
    const some = run(moves([2014, 2015], 3, "1001"));
    expect([...some.moves!.rates.keys()]).toEqual(["1001"]);
    const of = (x: typeof plain, region: string) => x.rows.filter((row) => row.region === region).map((row) => row.engine);
    expect(of(some, "1002")).toEqual(of(plain, "1002"));
    expect(of(some, "1001")).not.toEqual(of(plain, "1001"));
  });
});
