import { calculatePackage, type PackageResult } from "../../calculator/calculate";
import type { PriceCatalogue } from "../../calculator/catalogue";
import { readPackageFile } from "../../io/package-file";
import { readPriceCatalogue } from "../../io/price-catalogue";
import type { ResolvedScenario } from "../../scenario/resolve";
import type { PartOutput } from "../result-table";
import { calculatorTable } from "../tables";

/** The scenario's `prices` part. */
export type PricesSpec = NonNullable<ResolvedScenario["scenario"]["prices"]>;

/**
 * The resource calculator part of a run: the price catalogue and each service package's
 * annual cost and staff hours. `fileOf` gives the absolute path of a scenario field
 * ("prices.catalogue", "prices.packages.0" …).
 */
export function runPricesPart(
  prices: PricesSpec,
  fileOf: (field: string) => string,
): { catalogue: PriceCatalogue; calculator: Array<{ name: string; result: PackageResult }>; part: PartOutput } {
  const catFile = fileOf("prices.catalogue");
  const catalogue = readPriceCatalogue(catFile);
  const calculator = prices.packages.map((p, i) => {
    const pkg = readPackageFile(fileOf(`prices.packages.${i}`));
    return { name: pkg.name ?? p, result: calculatePackage(catalogue, pkg, p) };
  });
  return {
    catalogue,
    calculator,
    part: {
      tables: calculator.length ? [calculatorTable(calculator)] : [],
      assumptions: [],
      sources: [
        { role: "price catalogue", path: catFile },
        ...prices.packages.map((_, i) => ({ role: "service package", path: fileOf(`prices.packages.${i}`) })),
      ],
      notes: [],
    },
  };
}
