import { describe, expect, it } from "vitest";
import { fteFromHours } from "../../engine/calculator/fte";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { dataPath } from "../../engine/root";

// Published hour totals and årsverk of the Johs persona (../shared/domain/persona_johs.csv,
// DOMAIN.md): normal 11 938 h → 7.5, proactive 4 482 h → 2.8, reactive 20 566 h → 12.9.
const PUBLISHED = [
  [11938, 7.5],
  [4482, 2.8],
  [20566, 12.9],
] as const;

describe("fteFromHours", () => {
  it("gives the published årsverk from the published hour totals with the catalogue's hours per årsverk (exact after rounding to 0.1)", () => {
    const { hoursPerFte } = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));
    expect(hoursPerFte).toBe(1595);
    for (const [hours, fte] of PUBLISHED) expect(Math.round(fteFromHours(hours, hoursPerFte) * 10) / 10).toBe(fte);
  });

  it("any value from 1 592 to 1 600 hours per årsverk gives all three (DOMAIN.md); the exact window is (1 588.1, 1 600.5]", () => {
    const all = (h: number) => PUBLISHED.every(([hours, fte]) => Math.round(fteFromHours(hours, h) * 10) / 10 === fte);
    for (let h = 1592; h <= 1600; h++) expect(all(h), String(h)).toBe(true);
    // 20 566 h / 12.95 = 1 588.1 and 20 566 h / 12.85 = 1 600.5 bound the window (reactive is the tightest).
    expect(all(1589)).toBe(true);
    expect(all(1588)).toBe(false);
    expect(all(1601)).toBe(false);
  });

  it("refuses a non-positive number of hours per årsverk", () => {
    expect(() => fteFromHours(100, 0)).toThrow(/fteFromHours requires a positive number of hours per årsverk, got 0/);
  });
});
