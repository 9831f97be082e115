import { describe, expect, it } from "vitest";
import { parsePriceUnit, PRICE_UNITS, unitInfo } from "../../engine/calculator/units";

describe("parsePriceUnit", () => {
  it("reads the units and the source catalogues' spellings", () => {
    expect(parsePriceUnit("per hour")).toBe("per hour");
    expect(parsePriceUnit(" Per  Week ")).toBe("per unit per week");
    expect(parsePriceUnit("per hour at a staffing factor")).toBe("per hour");
    expect(parsePriceUnit("per place per year")).toBe("per place per year");
    expect(parsePriceUnit("per fortnight")).toBeUndefined();
  });
  it("every unit is weekly except per place per year", () => {
    for (const u of PRICE_UNITS) expect(unitInfo(u).basis).toBe(u === "per place per year" ? "year" : "week");
  });
});
