import { describe, expect, it } from "vitest";
import { builtInCatalogues, loadPriceCatalogue, parsePriceCatalogue } from "../../engine/io/price-catalogue";

const HEAD = "# name: Test\n# price_year: 2023\n# hours_per_fte: 1595\nstep,service,variant,unit,price_nok,direct_time_share,staffing_factor\n";

describe("parsePriceCatalogue", () => {
  it("reads settings from the comment block and prices with their file line numbers", () => {
    const c = parsePriceCatalogue(`${HEAD}6,GPS,per unit,per week,81,,\n7,Helsetjenester,ambulerende dag/kveld,per hour,799,0.60,1.0\n`, "p.csv");
    expect(c).toMatchObject({ name: "Test", priceYear: 2023, hoursPerFte: 1595 });
    expect(c.entries[0]).toMatchObject({ step: 6, service: "GPS", unit: "per unit per week", priceNok: 81, directTimeShare: undefined, line: 5 });
    expect(c.entries[1]).toMatchObject({ directTimeShare: 0.6, staffingFactor: 1, line: 6 });
  });
  it("refuses a duplicate service/variant naming both lines (bad input)", () => {
    expect(() => parsePriceCatalogue(`${HEAD}6,GPS,per unit,per week,81,,\n6,GPS,per unit,per week,90,,\n`, "p.csv")).toThrow(
      'p.csv: line 6: expected each service/variant once, got "GPS" / "per unit" again (first on line 5)',
    );
  });
  it("names the line and field of a bad price, unit or share", () => {
    expect(() => parsePriceCatalogue(`${HEAD}6,GPS,per unit,per week,-3,,\n`, "p.csv")).toThrow(
      'p.csv: line 5, field "price_nok": expected a non-negative number, got "-3"',
    );
    expect(() => parsePriceCatalogue(`${HEAD}6,GPS,per unit,per month,3,,\n`, "p.csv")).toThrow(
      /p.csv: line 5, field "unit": expected one of "per hour", .* got "per month"/,
    );
    expect(() => parsePriceCatalogue(`${HEAD}6,GPS,per unit,per week,3,1.5,\n`, "p.csv")).toThrow(
      'p.csv: line 5, field "direct_time_share": expected a share in (0, 1], got "1.5"',
    );
  });
  it("needs hours per årsverk", () => {
    expect(() => parsePriceCatalogue("service,variant,unit,price_nok\nGPS,,per week,81\n", "p.csv")).toThrow(
      /p.csv: "# hours_per_fte:": expected a positive number .* got no such setting/,
    );
  });
});

describe("shipped catalogues", () => {
  it("Nordstrand 2023-11 and the 2021 catalogue load; the 2021 catalogue has the published examples", () => {
    expect(builtInCatalogues()).toEqual(expect.arrayContaining(["oslo-nordstrand-2023-11", "generic-2021"]));
    const c21 = loadPriceCatalogue("generic-2021");
    expect(c21.priceYear).toBe(2021);
    // DOMAIN.md: long-term institution place 839 892 per year (2021, own place) vs 870 529 bought
    expect(c21.entries.find((e) => e.service === "Langtidsplass i institusjon - ordinær plass" && e.variant === "kommunens plass")!.priceNok).toBe(839892);
    expect(c21.entries.find((e) => e.service === "Langtidsplass i institusjon - ordinær plass" && e.variant === "kjøp av plass")!.priceNok).toBe(870529);
    const n = loadPriceCatalogue("oslo-nordstrand-2023-11");
    // DOMAIN.md: day activity per hour at staffing factor 1.0 / 0.8 / 0.5 / 0.3 / 0.1 = 500 / 419 / 299 / 219 / 138
    expect(n.entries.filter((e) => e.service === "Dag-aktivitetstilbud").map((e) => e.priceNok)).toEqual([500, 419, 299, 219, 138]);
    expect(n.entries.length).toBe(31);
  });
  it("an unknown catalogue name lists the shipped ones", () => {
    expect(() => loadPriceCatalogue("nordstrand")).toThrow(
      /nordstrand: expected a price catalogue file or one of the shipped catalogues \(.*oslo-nordstrand-2023-11.*\), got no such file/,
    );
  });
});
