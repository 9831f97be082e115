import { priceAlternative } from "../calculator/alternative";
import type { PriceCatalogue } from "../calculator/catalogue";
import { serviceLabel } from "../calculator/catalogue";
import { InputError } from "../errors";
import type { PhaseSpec } from "../scenario/personas";

/** What a phase costs per year and how it was found. */
export interface PhasePrice {
  annualCostNok: number;
  annualStaffHours: number;
  basis: "catalogue" | "published";
  source: string;
  staffHoursComplete: boolean;
}

/**
 * Prices a phase: its `lines` through the resource calculator (`lines: []` is a phase
 * without services, 0 kr), or its `published` figure carried directly. Exactly one of the
 * two must be given. An unknown service is the calculator's InputError naming `where` and
 * the closest matches.
 *
 * @example pricePhase(nordstrand, { id: "hs", name: "…", lines: [{ service: "Helsetjenester", variant: "ambulerende dag/kveld", quantityPerWeek: 5.25 }] }, "johs.json: pathways[0].phases[1]")
 * // { annualCostNok: 218127, annualStaffHours: 455, basis: "catalogue", … }
 */
export function pricePhase(catalogue: PriceCatalogue, phase: PhaseSpec, where: string): PhasePrice {
  const hasLines = phase.lines !== undefined;
  const hasPublished = phase.published !== undefined;
  if (hasLines === hasPublished) {
    throw new InputError(
      `${where}: expected exactly one of "lines" (services priced with the catalogue) and "published" (a published annual figure), got ${hasLines ? "both" : "neither"}`,
    );
  }
  if (phase.published) {
    return { ...phase.published, basis: "published", source: `publisert: ${phase.published.source}`, staffHoursComplete: true };
  }
  const priced = priceAlternative(catalogue, { name: phase.name, lines: phase.lines ?? [] }, where);
  const source = priced.lines.length === 0 ? "ingen tjenester" : priced.lines.map((l) => `${serviceLabel(l.service, l.variant)} × ${l.quantity}`).join(" + ");
  return {
    annualCostNok: priced.annualCostNok,
    annualStaffHours: priced.annualStaffHours,
    basis: "catalogue",
    source: `${catalogue.name}: ${source}`,
    staffHoursComplete: priced.staffHoursComplete,
  };
}
