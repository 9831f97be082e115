/**
 * Travel time per visit and users' fees, checked by hand with the Nordstrand 2023-11
 * catalogue (home nursing ambulant day/evening 799 kr/h, direct share 0.60; practical
 * assistance ambulant day/evening 545 kr/h, 0.75; 1 595 hours per årsverk):
 * - home nursing 5.25 h/week: 5.25 × 799 × 52 = 218 127 kr; 5.25 × 52 / 0.6 = 455 h
 * - its travel, 7 visits × 10 min: 7 × 10/60 × 52 = 60.667 h; × 799 = 48 472.67 kr
 * - practical assistance 1 h/week: 545 × 52 = 28 340 kr; 52 / 0.75 = 69.333 h
 * - its travel, 1 visit × 15 min (the line's own): 13 h; × 545 = 7 085 kr
 * - gross 302 024.67 kr; fee 210 kr/month × 12 = 2 520 kr; net 299 504.67 kr
 * - staff hours 455 + 60.667 + 69.333 + 13 = 598; 598 / 1 595 = 0.37492 årsverk
 */
import { describe, expect, it } from "vitest";
import { priceAlternative } from "../../engine/calculator/alternative";
import { calculatePackage } from "../../engine/calculator/calculate";
import { packageResultRows } from "../../engine/calculator/export";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { packageReportText } from "../../engine/report/calculator";
import { dataPath } from "../../engine/root";
import type { PackageAlternative } from "../../engine/scenario/package";

const catalogue = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));
const alt: PackageAlternative = {
  name: "Hjemme med reisetid",
  travelMinutesPerVisit: 10,
  lines: [
    { service: "Helsetjenester", variant: "ambulerende dag/kveld", quantityPerWeek: 5.25, visitsPerWeek: 7 },
    { service: "Praktisk bistand - daglige gjøremål", variant: "ambulerende dag/kveld", quantityPerWeek: 1, visitsPerWeek: 1, travelMinutesPerVisit: 15 },
  ],
  userFees: [{ name: "Praktisk bistand", nokPerMonth: 210 }],
};

describe("travel time per visit and users' fees (hand-checked)", () => {
  const a = priceAlternative(catalogue, alt, "pakke.json: alternatives[0]");

  it("prices travel as its own lines at the line's hourly price", () => {
    expect(a.lines[0].annualCostNok).toBeCloseTo(218127, 6);
    expect(a.lines[0].travel!.hoursPerYear).toBeCloseTo(60.666667, 5);
    expect(a.lines[0].travel!.costNok).toBeCloseTo(48472.666667, 4);
    expect(a.lines[1].travel!.costNok).toBeCloseTo(7085, 6);
    expect(a.serviceCostNok).toBeCloseTo(246467, 6);
    expect(a.travelCostNok).toBeCloseTo(55557.666667, 4);
  });

  it("gross, fees and net: 302 024.67 − 2 520 = 299 504.67 kr; 598 staff hours, 0.3749 årsverk", () => {
    expect(a.annualCostNok).toBeCloseTo(302024.666667, 4);
    expect(a.userFeesNok).toBe(2520);
    expect(a.netCostNok).toBeCloseTo(299504.666667, 4);
    expect(a.annualStaffHours).toBeCloseTo(598, 6);
    expect(a.fte).toBeCloseTo(598 / 1595, 9);
  });

  it("shows travel, the fee and the net cost as separate lines (table and tidy rows)", () => {
    const result = calculatePackage(catalogue, { alternatives: [alt] }, "pakke.json");
    const text = packageReportText(result).replace(/[\u00a0\u202f]/g, " ");
    expect(text).toMatch(/Reisetid: Helsetjenester, ambulerende dag\/kveld \(7 besøk × 10 min\)\s+1,17\s+timer per uke\s+799\s+48 473\s+61/);
    expect(text).toMatch(/Egenbetaling: Praktisk bistand \(inntekt\)\s+−2 520/);
    expect(text).toMatch(/Netto kostnad\s+299 505/);
    const rows = packageResultRows(result).rows;
    const total = (m: string) => rows.find((r) => r[0] === "total" && r[5] === m)![6];
    expect(total("net_cost")).toBe(299504.67);
    expect(total("user_fees")).toBe(2520);
    expect(rows.filter((r) => r[0] === "travel" && r[5] === "annual_cost").map((r) => r[6])).toEqual([48472.67, 7085]);
  });

  it("refuses travel for a service not priced per hour, and a fee given twice", () => {
    expect(() =>
      priceAlternative(
        catalogue,
        {
          lines: [
            { service: "Langtidsplass i institusjon - skjermet for demens", variant: "per place", places: 1, visitsPerWeek: 1, travelMinutesPerVisit: 5 },
          ],
        },
        "p.json: alternatives[0]",
      ),
    ).toThrow(/p\.json: alternatives\[0\]\.lines\[0\], field "visitsPerWeek": expected an hourly service/);
    expect(() =>
      priceAlternative(catalogue, { lines: alt.lines, userFees: [{ name: "x", nokPerWeek: 1, nokPerYear: 52 }] }, "p.json: alternatives[0]"),
    ).toThrow(/p\.json: alternatives\[0\]\.userFees\[0\]: expected exactly one of "nokPerWeek", "nokPerMonth" and "nokPerYear", got more than one/);
  });
});
