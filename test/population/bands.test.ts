import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { aggregateBands, parseBand, parseBands } from "../../engine/population/bands";
import { GRID_SIZE } from "../../engine/population/grid";

describe("parseBands", () => {
  it("reads the planning bands, named sets and SSB's labels", () => {
    expect(parseBands("0-17,18-49,50-66,67-79,80-89,90+").map((b) => [b.from, b.to])).toEqual([
      [0, 17],
      [18, 49],
      [50, 66],
      [67, 79],
      [80, 89],
      [90, 105],
    ]);
    expect(parseBands("eldre").map((b) => b.label)).toEqual(["0-66", "67-79", "80-84", "85-89", "90+"]);
    expect(parseBands("ssb")).toHaveLength(10);
    expect(parseBand("90 år eller eldre")).toEqual({ label: "90+", from: 90, to: 105, open: true });
    expect(parseBand("80-89 år")).toMatchObject({ from: 80, to: 89 });
    expect(parseBand("0 år")).toMatchObject({ from: 0, to: 0 });
  });

  it("refuses overlapping bands, naming both", () => {
    expect(() => parseBands("0-17,15-49,50+")).toThrow(/overlap, got "0-17" and "15-49" both covering age 15/);
  });
  it("refuses gaps, naming the missing ages", () => {
    expect(() => parseBands("0-17,20-49,50+")).toThrow(/without gaps, got no band for ages 18-19/);
  });
  it("refuses bands that do not cover all ages", () => {
    expect(() => parseBands("0-17,18-49,50-89")).toThrow(/cover all ages up to 105\+ .*got last band "50-89"/);
    expect(() => parseBands("67-79,80+")).toThrow(/without gaps, got no band for ages 0-66/);
  });
  it("refuses text that is not a band", () => {
    expect(() => parseBands("0-17,atten+")).toThrow(/expected an age band such as "0-17", "67" or "90\+", got "atten\+"/);
  });
});

describe("aggregateBands", () => {
  it("band totals sum to the total population (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: GRID_SIZE, maxLength: GRID_SIZE }),
        fc.uniqueArray(fc.integer({ min: 1, max: 104 }), { maxLength: 12 }),
        (values, cuts) => {
          const edges = [...cuts].sort((a, b) => a - b);
          const labels: string[] = [];
          let from = 0;
          for (const e of edges) {
            labels.push(e - 1 === from ? `${from}` : `${from}-${e - 1}`);
            from = e;
          }
          labels.push(`${from}+`);
          const grid = Float64Array.from(values);
          const bands = aggregateBands(grid, parseBands(labels));
          const total = grid.reduce((a, b) => a + b, 0);
          const sum = bands.reduce((a, b) => a + b, 0);
          return Math.abs(sum - total) <= 1e-9 * Math.max(1, total);
        },
      ),
    );
  });
});
