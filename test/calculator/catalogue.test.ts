import { describe, expect, it } from "vitest";
import { buildCatalogue, findPrice, type PriceCatalogue } from "../../engine/calculator/catalogue";
import { InputError } from "../../engine/errors";

const cat = (entries: PriceCatalogue["entries"]): PriceCatalogue => ({ name: "test", file: "prices.csv", hoursPerFte: 1595, entries });

const ENTRIES: PriceCatalogue["entries"] = [
  { service: "Helsetjenester", variant: "ambulerende dag/kveld", unit: "per hour", priceNok: 799, directTimeShare: 0.6, line: 2 },
  { service: "Helsetjenester", variant: "ambulerende natt", unit: "per hour", priceNok: 1100, line: 3 },
  { service: "GPS", variant: "per unit", unit: "per unit per week", priceNok: 81, line: 4 },
  { service: "Trygghetsalarm", variant: "per unit", unit: "per unit per week", priceNok: 55, line: 5 },
];

describe("buildCatalogue", () => {
  it("refuses a duplicate service/variant, naming both lines (bad input)", () => {
    const dup = [...ENTRIES, { service: "helsetjenester ", variant: "Ambulerende  dag/kveld", unit: "per hour" as const, priceNok: 800, line: 9 }];
    expect(() => buildCatalogue(cat(dup))).toThrow(InputError);
    expect(() => buildCatalogue(cat(dup))).toThrow(
      'prices.csv: line 9: expected each service/variant once, got "helsetjenester " / "Ambulerende  dag/kveld" again (first on line 2)',
    );
  });
  it("refuses a direct-time share outside (0, 1] and a negative price", () => {
    expect(() => buildCatalogue(cat([{ ...ENTRIES[0], directTimeShare: 1.2 }]))).toThrow(
      'prices.csv: line 2, field "direct_time_share": expected a share in (0, 1], got 1.2',
    );
    expect(() => buildCatalogue(cat([{ ...ENTRIES[0], priceNok: -3 }]))).toThrow(
      'prices.csv: line 2, field "price_nok": expected a non-negative number, got -3',
    );
  });
  it("refuses hours per place for a unit that is not per place", () => {
    expect(() => buildCatalogue(cat([{ ...ENTRIES[2], hoursPerPlaceYear: 10 }]))).toThrow(/hours_per_place_year.*only for unit "per place per year"/);
  });
});

describe("findPrice", () => {
  const c = buildCatalogue(cat(ENTRIES));
  it("matches case- and space-insensitively", () => {
    expect(findPrice(c, " helsetjenester", "AMBULERENDE dag/kveld", "p").priceNok).toBe(799);
  });
  it("takes the only variant when none is given, and asks for one when there are several", () => {
    expect(findPrice(c, "GPS", undefined, "p").priceNok).toBe(81);
    expect(() => findPrice(c, "Helsetjenester", undefined, "p")).toThrow(
      'p, field "variant": expected one of the variants of "Helsetjenester" ("ambulerende dag/kveld", "ambulerende natt"), got no variant',
    );
  });
  it("names an unknown service and lists the closest matches", () => {
    expect(() => findPrice(c, "Helsetjeneste", "ambulerende dag/kveld", "pakke.json: alternatives[0].lines[0]")).toThrow(
      'pakke.json: alternatives[0].lines[0], field "service": expected a service in the price catalogue prices.csv, got "Helsetjeneste"; closest matches: "Helsetjenester", "GPS", "Trygghetsalarm"',
    );
  });
  it("names an unknown variant and lists the service's closest variants", () => {
    expect(() => findPrice(c, "Helsetjenester", "ambulant natt", "p")).toThrow(
      /field "variant": expected a variant of "Helsetjenester" .* got "ambulant natt"; closest matches: "ambulerende natt", "ambulerende dag\/kveld"/,
    );
  });
});
