import { describe, expect, it } from "vitest";
import { calculatePackage } from "../../engine/calculator/calculate";
import { packageResultJson, packageResultRows } from "../../engine/calculator/export";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { dataPath } from "../../engine/root";

const nordstrand = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));
const result = calculatePackage(nordstrand, {
  alternatives: [{ name: "Alt. 1", lines: [{ service: "Dag-aktivitetstilbud", variant: "bemanningsfaktor 0.3", quantityPerWeek: 16.5 }] }],
});

describe("packageResultJson", () => {
  it("has the issue's shape: alternatives with name, annualCostNok, annualStaffHours, fte, lines; affordable with quantity per alternative", () => {
    const j = packageResultJson(result) as any;
    expect(Object.keys(j.alternatives[0])).toEqual(expect.arrayContaining(["name", "annualCostNok", "annualStaffHours", "fte", "lines"]));
    expect(j.alternatives[0].annualCostNok).toBe(187902); // 219 × 16.5 × 52
    expect(j.alternatives[0].annualStaffHours).toBe(270.95); // 16.5 × 52 × 0.3 / 0.95 = 270.947…
    expect(Object.keys(j.affordable[0])).toEqual(expect.arrayContaining(["service", "variant", "unit", "quantity"]));
    expect(j.affordable[0].quantity).toHaveLength(1);
  });
});

describe("packageResultRows", () => {
  it("gives tidy rows with measure, value, unit and price year", () => {
    const t = packageResultRows(result);
    expect(t.header).toEqual(["table", "alternative", "step", "service", "variant", "measure", "value", "unit", "price_year"]);
    expect(t.rows).toContainEqual(["total", "Alt. 1", "", "", "", "annual_cost", 187902, "NOK per year", 2023]);
    expect(t.rows.filter((r) => r[0] === "affordable")).toHaveLength(nordstrand.entries.length);
  });
});
