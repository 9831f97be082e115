import { describe, expect, it } from "vitest";
import { calculatePackage } from "../../engine/calculator/calculate";
import { InputError } from "../../engine/errors";
import { readPackageFile } from "../../engine/io/package-file";
import { readPriceCatalogue } from "../../engine/io/price-catalogue";
import { dataPath, projectRoot } from "../../engine/root";

const nordstrand = readPriceCatalogue(dataPath("prices/oslo-nordstrand-2023-11.csv"));

describe("calculatePackage", () => {
  it("prices the Johs example's three alternatives within 0.3 % of the published 371 442, 118 431 and 969 468 kr", () => {
    const pkg = readPackageFile(`${projectRoot()}/scenarios/calculator/johs-alternativer.json`);
    const r = calculatePackage(nordstrand, pkg);
    const published = [371442, 118431, 969468]; // ../shared/domain/persona_johs.csv, ages 81, 70 and 76
    r.alternatives.forEach((a, i) => expect(Math.abs(a.annualCostNok / published[i] - 1)).toBeLessThanOrEqual(0.003));
    expect(r.affordable).toHaveLength(nordstrand.entries.length);
    expect(r.affordable[0].quantity).toHaveLength(3);
    expect(r.catalogue.priceYear).toBe(2023);
  });

  it("names an unknown service with suggestions (bad input)", () => {
    const pkg = {
      alternatives: [
        { lines: [{ service: "Hjemmesykepleie", quantityPerWeek: 2 }] },
        { lines: [{ service: "Dagaktivitetstilbud", variant: "bemanningsfaktor 0.3", quantityPerWeek: 1 }] },
      ],
    };
    expect(() => calculatePackage(nordstrand, pkg, "p.json")).toThrow(InputError);
    expect(() => calculatePackage(nordstrand, { alternatives: [pkg.alternatives[1]] }, "p.json")).toThrow(
      /^p.json: alternatives\[0\].lines\[0\], field "service": expected a service in the price catalogue .*oslo-nordstrand-2023-11.csv, got "Dagaktivitetstilbud"; closest matches: "Dag-aktivitetstilbud", "Dag-aktivitetstilbud barn", /,
    );
  });
});
