import { describe, expect, it } from "vitest";
import { affordable } from "../../engine/calculator/affordable";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { dataPath } from "../../engine/root";

const nordstrand = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));

describe("affordable", () => {
  it("lists every catalogue service with one quantity per annual sum", () => {
    const rows = affordable(nordstrand, [218127, 1003466]);
    expect(rows).toHaveLength(nordstrand.entries.length);
    expect(rows.every((r) => r.quantity.length === 2)).toBe(true);
  });
  it("inverts the pricing: 218 127 kr buys 5.25 h of home nursing a week; 1 003 466 kr one dementia place", () => {
    const rows = affordable(nordstrand, [218127, 1003466]);
    const nursing = rows.find((r) => r.service === "Helsetjenester")!;
    expect(nursing.quantity[0]).toBeCloseTo(5.25, 9); // 218 127 / (799 × 52)
    const place = rows.find((r) => r.unit === "per place per year")!;
    expect(place.quantityKind).toBe("places");
    expect(place.quantity[1]).toBeCloseTo(1, 12);
    const gps = rows.find((r) => r.service === "GPS")!;
    expect(gps.quantity[0]).toBeCloseTo(218127 / (81 * 52), 9); // ≈ 51.8 GPS units a week
  });
});
