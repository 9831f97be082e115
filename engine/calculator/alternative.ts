import type { PriceCatalogue } from "./catalogue";
import { fteFromHours } from "./fte";
import type { PackageAlternative } from "../scenario/package";
import { priceLine, type PricedLine } from "./price-line";
import { type FeeLine, feeLines } from "./travel-fees";

/** A priced alternative: totals per year and the priced lines. */
export interface PricedAlternative {
  name: string;
  /** Annual cost, kr per year (catalogue price year): the services plus their travel (gross, before users' fees). */
  annualCostNok: number;
  /** The services' cost without travel, kr per year. */
  serviceCostNok: number;
  /** Travel cost, kr per year (0 without travel times). */
  travelCostNok: number;
  /** Users' fees (income), kr per year. */
  userFeesNok: number;
  /** Net cost: annual cost − users' fees, kr per year. */
  netCostNok: number;
  fees: FeeLine[];
  /** Staff hours per year, summed over the lines whose hours are known, travel hours included. */
  annualStaffHours: number;
  /** Årsverk: annual staff hours ÷ the catalogue's hours per årsverk. */
  fte: number;
  /** False when some line has no staff-hour figure in the catalogue (its hours are left out). */
  staffHoursComplete: boolean;
  lines: PricedLine[];
}

/**
 * Prices one alternative of a package with a catalogue: annual cost, annual staff hours
 * and årsverk, line by line and in total; travel per visit as its own lines (in the
 * annual cost and hours) and users' fees as income (annual cost − fees = net cost). `where` names the alternative in messages
 * (e.g. `pakke.json: alternatives[1]`); `index` gives the default name "Alt. index+1".
 */
export function priceAlternative(catalogue: PriceCatalogue, alternative: PackageAlternative, where: string, index = 0): PricedAlternative {
  const lines = alternative.lines.map((l, k) => priceLine(catalogue, l, `${where}.lines[${k}]`, alternative.travelMinutesPerVisit));
  const serviceCostNok = lines.reduce((s, l) => s + l.annualCostNok, 0);
  const travelCostNok = lines.reduce((s, l) => s + (l.travel?.costNok ?? 0), 0);
  const fees = feeLines(alternative, where);
  const userFeesNok = fees.reduce((s, f) => s + f.nokPerYear, 0);
  const annualCostNok = serviceCostNok + travelCostNok;
  const annualStaffHours = lines.reduce((s, l) => s + (l.annualStaffHours ?? 0) + (l.travel?.hoursPerYear ?? 0), 0);
  return {
    name: alternative.name ?? `Alt. ${index + 1}`,
    annualCostNok,
    serviceCostNok,
    travelCostNok,
    userFeesNok,
    netCostNok: annualCostNok - userFeesNok,
    fees,
    annualStaffHours,
    fte: fteFromHours(annualStaffHours, catalogue.hoursPerFte),
    staffHoursComplete: lines.every((l) => l.annualStaffHours !== null),
    lines,
  };
}
