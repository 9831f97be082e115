import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseBands } from "../../engine/population/bands";
import { graduateBands } from "../../engine/population/graduate";

const PLAN = parseBands("plan");
// Færder 1 January 2024 (SSB, DOMAIN.md): 5 454, 9 608, 6 719, 4 125, 1 320, 275.
const FAERDER_2024 = [5454, 9608, 6719, 4125, 1320, 275];

describe("graduateBands", () => {
  it("keeps every band's sum exactly, with no negative single year", () => {
    const g = graduateBands(PLAN, FAERDER_2024);
    PLAN.forEach((b, i) => {
      let s = 0;
      for (let a = b.from; a <= b.to; a++) {
        s += g[a];
        expect(g[a]).toBeGreaterThanOrEqual(0);
      }
      expect(s).toBeCloseTo(FAERDER_2024[i], 9);
    });
  });

  it("is smooth: neighbouring single years inside a band differ little", () => {
    const g = graduateBands(PLAN, FAERDER_2024);
    // 18-49 holds 9 608 persons over 32 years (300 a year on average); no jump above 15 % of that.
    for (let a = 19; a <= 49; a++) expect(Math.abs(g[a] - g[a - 1])).toBeLessThan(0.15 * 300);
  });

  it("reproduces a linear density exactly (hand example)", () => {
    // Density 10 + a on ages 0…9 → bands 0-4: 10+11+12+13+14 = 60, 5-9: 15+…+19 = 85; 10+: 0.
    // A monotone cubic through the cumulative counts of a linear density is that density,
    // away from the end slopes; check the sums and the middle years.
    const g = graduateBands(parseBands("0-4,5-9,10+"), [60, 85, 0]);
    expect(g.slice(0, 5).reduce((a, b) => a + b, 0)).toBeCloseTo(60, 10);
    expect(g.slice(5, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(85, 10);
    expect(g[4]).toBeGreaterThan(g[1]);
    for (let a = 10; a <= 105; a++) expect(g[a]).toBe(0);
  });

  it("preserves band sums and non-negativity for any totals (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 6, maxLength: 6 }), (totals) => {
        const g = graduateBands(PLAN, totals);
        return PLAN.every((b, i) => {
          let s = 0;
          for (let a = b.from; a <= b.to; a++) {
            if (!(g[a] >= 0)) return false;
            s += g[a];
          }
          return Math.abs(s - totals[i]) <= 1e-9 * Math.max(1, totals[i]);
        });
      }),
    );
  });

  it("refuses negative totals", () => {
    expect(() => graduateBands(PLAN, [1, 2, -3, 4, 5, 6])).toThrow(/non-negative totals, got -3 for band 50-66/);
  });
});
