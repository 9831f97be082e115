import { describe, expect, it } from "vitest";
import { shiftAgeProfile } from "../../engine/coverage/healthier-ageing";
import { pathProgress } from "../../engine/coverage/progress";

const ALESUND = new Map([
  ["67-79", 0.014],
  ["80-84", 0.042],
  ["85-89", 0.13],
  ["90+", 0.237],
]);

describe("shiftAgeProfile", () => {
  it("a 5-year shift gives each band the rate of the band five years younger (90+ read as 90-99)", () => {
    const s = shiftAgeProfile(ALESUND, 5);
    expect(s.get("67-79")).toBeCloseTo(0.014, 12); // below the first band: its own rate
    expect(s.get("80-84")).toBeCloseTo(0.014, 12); // ages 75-79
    expect(s.get("85-89")).toBeCloseTo(0.042, 12); // ages 80-84
    expect(s.get("90+")).toBeCloseTo((5 * 0.13 + 5 * 0.237) / 10, 12); // ages 85-94 = 0.1835
  });

  it("a 2.5-year shift mixes neighbours: 80-84 → (2.5 × 0.014 + 2.5 × 0.042) / 5 = 0.028", () => {
    expect(shiftAgeProfile(ALESUND, 2.5).get("80-84")).toBeCloseTo(0.028, 12);
  });

  it("a zero shift leaves the rates; a negative shift or gaps are refused", () => {
    expect(shiftAgeProfile(ALESUND, 0)).toEqual(ALESUND);
    expect(() => shiftAgeProfile(ALESUND, -1)).toThrow(/shift of 0 or more/);
    expect(() =>
      shiftAgeProfile(
        new Map([
          ["67-79", 0.01],
          ["85-89", 0.1],
        ]),
        1,
      ),
    ).toThrow(/contiguous/);
  });
});

describe("pathProgress", () => {
  it("linear and S-shaped paths from 2024 to 2040", () => {
    expect(pathProgress("linear", 2024, 2040, 2024)).toBe(0);
    expect(pathProgress("linear", 2024, 2040, 2032)).toBe(0.5);
    expect(pathProgress("linear", 2024, 2040, 2045)).toBe(1);
    expect(pathProgress("s-curve", 2024, 2040, 2032)).toBe(0.5);
    expect(pathProgress("s-curve", 2024, 2040, 2028)).toBeCloseTo(0.15625, 12);
    expect(pathProgress("linear", 2024, 2024, 2024)).toBe(1);
    expect(() => pathProgress("linear", 2024, 2020, 2030)).toThrow(/target year at or after/);
  });
});
