import type { PriceCatalogue } from "./catalogue";
import { fteFromHours } from "./fte";
import type { PackageAlternative } from "../scenario/package";
import { priceLine, type PricedLine } from "./price-line";

/** A priced alternative: totals per year and the priced lines. */
export interface PricedAlternative {
  name: string;
  /** Annual cost, kr per year (catalogue price year). */
  annualCostNok: number;
  /** Staff hours per year, summed over the lines whose hours are known. */
  annualStaffHours: number;
  /** Årsverk: annual staff hours ÷ the catalogue's hours per årsverk. */
  fte: number;
  /** False when some line has no staff-hour figure in the catalogue (its hours are left out). */
  staffHoursComplete: boolean;
  lines: PricedLine[];
}

/**
 * Prices one alternative of a package with a catalogue: annual cost, annual staff hours
 * and årsverk, line by line and in total. `where` names the alternative in messages
 * (e.g. `pakke.json: alternatives[1]`); `index` gives the default name "Alt. index+1".
 */
export function priceAlternative(catalogue: PriceCatalogue, alternative: PackageAlternative, where: string, index = 0): PricedAlternative {
  const lines = alternative.lines.map((l, k) => priceLine(catalogue, l, `${where}.lines[${k}]`));
  const annualCostNok = lines.reduce((s, l) => s + l.annualCostNok, 0);
  const annualStaffHours = lines.reduce((s, l) => s + (l.annualStaffHours ?? 0), 0);
  return {
    name: alternative.name ?? `Alt. ${index + 1}`,
    annualCostNok,
    annualStaffHours,
    fte: fteFromHours(annualStaffHours, catalogue.hoursPerFte),
    staffHoursComplete: lines.every((l) => l.annualStaffHours !== null),
    lines,
  };
}
