import { describe, expect, it } from "vitest";
import { annualCost, priceLine, staffHours } from "../../engine/calculator/price-line";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { dataPath } from "../../engine/root";

const nordstrand = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));

describe("priceLine", () => {
  it("prices welfare technology per unit per week without staff hours (DOMAIN.md: GPS 81 kr per week)", () => {
    const l = priceLine(nordstrand, { service: "GPS", quantityPerWeek: 1 }, "l");
    expect(l.annualCostNok).toBe(81 * 52);
    expect(l.annualStaffHours).toBeNull();
    expect(l.fte).toBeNull();
  });
  it("gives staff hours only where the catalogue has a direct-time share (BPA has none)", () => {
    const l = priceLine(nordstrand, { service: "Brukerstyrt personlig assistanse", variant: "dag/kveld", quantityPerWeek: 10 }, "l");
    expect(l.annualCostNok).toBe(395 * 10 * 52);
    expect(l.annualStaffHours).toBeNull();
  });
  it("refuses places for a weekly unit and a weekly quantity for places", () => {
    expect(() => priceLine(nordstrand, { service: "GPS", places: 1 }, "l")).toThrow(
      'l: expected "quantityPerWeek" for "GPS" (priced per unit per week), got "places"',
    );
    expect(() => priceLine(nordstrand, { service: "Langtidsplass i institusjon - skjermet for demens", quantityPerWeek: 1 }, "l")).toThrow(/expected "places"/);
  });
});

describe("staffHours and annualCost", () => {
  it("home nursing: 5.25 h/week × 52 / 0.60 = 455 h, 5.25 × 799 × 52 = 218 127 kr (DOMAIN.md)", () => {
    const e = nordstrand.entries.find((x) => x.service === "Helsetjenester")!;
    expect(staffHours(e, 5.25)).toBeCloseTo(455, 9);
    expect(annualCost(e, 5.25)).toBeCloseTo(218127, 9);
  });
  it("places are priced per year: half a nursing-home place = 501 733 kr and 976 h", () => {
    const e = nordstrand.entries.find((x) => x.unit === "per place per year")!;
    expect(annualCost(e, 0.5)).toBe(501733);
    expect(staffHours(e, 0.5)).toBe(976);
  });
});
