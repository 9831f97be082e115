import { describe, expect, it } from "vitest";
import { parseBands } from "../../engine/population/bands";
import { movesRates, type PlaceMoves, placeYearMoves, topAges } from "../../engine/population/moves-rates";

const BANDS = parseBands("0-2,3+");
const year = (inn: number[], out: number[]) => ({ year: 2016, in: Float64Array.from(inn), out: Float64Array.from(out) });
const place = (region: string, inn: number[], out: number[], exposure = [100, 100, 100]): PlaceMoves =>
  Object.freeze({ region, years: [year(inn, out)], exposure: new Map([[2016, Float64Array.from(exposure)]]) });

describe("movesRates(places, bands)", () => {
  it("gives one place its own net rate per person aged a − 1 on 1 January", () => {
    // age 1: (10 − 4) / 100; age 2: (6 − 2) / 50 (those aged 1 on 1 January)
    const r = movesRates([place("A", [7, 10, 6], [3, 4, 2], [100, 50, 80])], BANDS);
    expect(r.top).toBe(3);
    expect(r.rates.get("A")![1]).toBeCloseTo(0.06, 12);
    expect(r.rates.get("A")![2]).toBeCloseTo(0.08, 12);
    expect(r.rates.get("A")![0]).toBe(0); // age 0 is left to fertility
  });

  it("scales the pooled profile to each place's level, shrunk by empirical Bayes (worked by hand)", () => {
    // In: A 10, 6 and B 2, 2 at ages 1, 2 on 100 persons each → pooled in-rates 0.06, 0.04;
    // expected in-movers 10 each, observed 16 and 4: ratios 1.6 and 0.4, μ = 1, s² = 0.36,
    // ē = 10, τ² = 0.26, k = 1/0.26, weight 10/(10 + k) = 0.72222 → θ = 1.43333 and 0.56667.
    // Out: 4, 2 in both: ratios 1, no spread → θ = 1; pooled out-rates 0.04, 0.02.
    const r = movesRates([place("A", [0, 10, 6], [0, 4, 2]), place("B", [0, 2, 2], [0, 4, 2])], BANDS);
    const w = 10 / (10 + 1 / 0.26);
    const thetaA = 1 + w * 0.6;
    const thetaB = 1 - w * 0.6;
    expect(thetaA).toBeCloseTo(1.43333, 5);
    expect(r.rates.get("A")![1]).toBeCloseTo(thetaA * 0.06 - 0.04, 12); // 0.046
    expect(r.rates.get("A")![2]).toBeCloseTo(thetaA * 0.04 - 0.02, 12); // 0.03733
    expect(r.rates.get("B")![1]).toBeCloseTo(thetaB * 0.06 - 0.04, 12); // −0.006
    expect(r.shrinkage[0].band).toBe("0-2");
    expect(r.shrinkage[0].out.ratios).toEqual([1, 1]);
  });

  it("reads each age from the years that cover it (a top age that changes from 70 to 99 in 2022)", () => {
    const p: PlaceMoves = {
      region: "A",
      years: [year([0, 1, 1, 1], [0, 0, 0, 0]), { year: 2017, in: Float64Array.from([0, 1, 1]), out: Float64Array.from([0, 0, 0]) }],
      exposure: new Map([
        [2016, [10, 10, 10, 10]],
        [2017, [10, 10, 10, 10]],
      ]),
    };
    const r = movesRates([p], BANDS);
    expect(r.top).toBe(4);
    // age 2: both years, 2 in-movers over 20 person-years; age 3: 2016 only, 1 over 10
    expect(r.rates.get("A")![2]).toBeCloseTo(2 / 20, 12);
    expect(r.rates.get("A")![3]).toBeCloseTo(1 / 10, 12);
  });

  it("rejects what it cannot use, naming it", () => {
    expect(() => movesRates([], BANDS)).toThrow(/movesRates requires at least one place/);
    expect(() => movesRates([{ ...place("A", [0, 1, 1], [0, 1, 1]), exposure: new Map() }], BANDS)).toThrow(/population of A on 1 January 2016/);
    expect(() => movesRates([place("A", [0, -1, 1], [0, 1, 1])], BANDS)).toThrow(/moves ≥ 0, got -1 in \(A 2016, age 1\)/);
  });
});

describe("topAges and placeYearMoves", () => {
  it("leaves each year's top age out and reads a missing age as no moves", () => {
    const rows = [
      { region: "A", year: 2021, age: 1, in: 4, out: 1 },
      { region: "A", year: 2021, age: 3, in: 9, out: 9 }, // the top age of 2021
      { region: "B", year: 2022, age: 5, in: 2, out: 0 }, // the top age of 2022 (another place's row)
      { region: "A", year: 2022, age: 2, in: 1, out: 3 },
    ];
    const top = topAges(rows);
    expect([...top]).toEqual([
      [2021, 3],
      [2022, 5],
    ]);
    const [y21, y22] = placeYearMoves(rows, "A", [2021, 2022], top);
    expect([...y21.in]).toEqual([0, 4, 0]);
    expect([...y21.out]).toEqual([0, 1, 0]);
    expect([...y22.in]).toEqual([0, 0, 1, 0, 0]);
    expect([...y22.out]).toEqual([0, 0, 3, 0, 0]);
  });
});
