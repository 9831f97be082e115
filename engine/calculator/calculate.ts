import { InputError } from "../errors";
import { affordable, type AffordableRow } from "./affordable";
import { priceAlternative, type PricedAlternative } from "./alternative";
import type { PriceCatalogue } from "./catalogue";
import type { ServicePackage } from "../scenario/package";

/** The resource calculator's answer for one package. */
export interface PackageResult {
  catalogue: { name: string; municipality?: string; version?: string; priceYear?: number; hoursPerFte: number };
  alternatives: PricedAlternative[];
  /** For every catalogue service, how much each alternative's annual cost would buy (one quantity per alternative). */
  affordable: AffordableRow[];
}

/**
 * Prices a package of one to three alternatives with a catalogue: per alternative the
 * annual cost (kr), staff hours and årsverk, and for every catalogue service how much
 * each alternative's annual sum would buy. `file` names the package in messages.
 */
export function calculatePackage(catalogue: PriceCatalogue, pkg: ServicePackage, file = "package"): PackageResult {
  if (pkg.alternatives.length < 1 || pkg.alternatives.length > 3) {
    throw new InputError(`${file}: alternatives: expected one to three alternatives, got ${pkg.alternatives.length}`);
  }
  const alternatives = pkg.alternatives.map((a, i) => priceAlternative(catalogue, a, `${file}: alternatives[${i}]`, i));
  return {
    catalogue: {
      name: catalogue.name,
      municipality: catalogue.municipality,
      version: catalogue.version,
      priceYear: catalogue.priceYear,
      hoursPerFte: catalogue.hoursPerFte,
    },
    alternatives,
    affordable: affordable(
      catalogue,
      alternatives.map((a) => a.annualCostNok),
    ),
  };
}
