import { InputError } from "../errors";
import type { PriceCatalogue, PriceEntry } from "./catalogue";
import { findPrice } from "./catalogue";
import { fteFromHours } from "./fte";
import type { PackageLine } from "../scenario/package";
import { lineQuantity } from "./package";
import { type TravelLine, travelLine } from "./travel-fees";
import { unitInfo, WEEKS_PER_YEAR, type PriceUnit } from "./units";

/** A priced package line. Money in kroner of the catalogue's price year. */
export interface PricedLine {
  step?: number;
  service: string;
  variant: string;
  unit: PriceUnit;
  /** Quantity per week (weekly units) or places (per-year units). */
  quantity: number;
  quantityKind: "perWeek" | "places";
  unitPriceNok: number;
  /** Annual cost, kr per year. */
  annualCostNok: number;
  /** Staff hours per year; null when the catalogue does not say (no direct-time share or hours per place). */
  annualStaffHours: number | null;
  /** Årsverk; null when the staff hours are not known. */
  fte: number | null;
  source?: string;
  /** Travel to and from the line's visits (its own cost and hours, not in annualCostNok); null without a travel time. */
  travel: TravelLine | null;
}

/**
 * Annual staff hours of a quantity of a catalogue service: for hourly services weekly
 * hours × 52 × staffing factor ÷ direct-time share; for places, places × hours per place
 * per year; null when the catalogue lacks the figure or the unit carries no staff hours.
 *
 * @example staffHours(homeNursing, 5.25) // 5.25 × 52 × 1 ÷ 0.60 = 455
 */
export function staffHours(entry: PriceEntry, quantity: number): number | null {
  const how = unitInfo(entry.unit).staffHours;
  if (how === "hours") {
    if (entry.directTimeShare === undefined) return null;
    return (quantity * WEEKS_PER_YEAR * (entry.staffingFactor ?? 1)) / entry.directTimeShare;
  }
  if (how === "places") return entry.hoursPerPlaceYear === undefined ? null : quantity * entry.hoursPerPlaceYear;
  return null;
}

/**
 * Annual cost in kroner of a quantity of a catalogue service: price × quantity × 52 for
 * weekly units, price × places for per-year units.
 */
export function annualCost(entry: PriceEntry, quantity: number): number {
  return unitInfo(entry.unit).basis === "year" ? entry.priceNok * quantity : entry.priceNok * quantity * WEEKS_PER_YEAR;
}

/**
 * Prices one package line with a catalogue. The service and variant must be in the
 * catalogue (else InputError with the closest matches); the quantity must be
 * `quantityPerWeek` for weekly units and `places` for per-year units. `where` names the
 * line in messages, e.g. `pakke.json: alternatives[0].lines[1]`. With `visitsPerWeek` and a
 * travel time per visit (the line's, else `travelMinutesPerVisit`) the line also gets its
 * travel (see travelLine).
 */
export function priceLine(catalogue: PriceCatalogue, line: PackageLine, where: string, travelMinutesPerVisit?: number): PricedLine {
  const entry = findPrice(catalogue, line.service, line.variant, where);
  const q = lineQuantity(line, where);
  const info = unitInfo(entry.unit);
  const wanted = info.basis === "year" ? "places" : "perWeek";
  if (q.kind !== wanted) {
    throw new InputError(
      `${where}: expected "${wanted === "places" ? "places" : "quantityPerWeek"}" for "${entry.service}" (priced ${entry.unit}), got "${q.kind === "places" ? "places" : "quantityPerWeek"}"`,
    );
  }
  const hours = staffHours(entry, q.value);
  return {
    step: entry.step,
    service: entry.service,
    variant: entry.variant,
    unit: entry.unit,
    quantity: q.value,
    quantityKind: q.kind,
    unitPriceNok: entry.priceNok,
    annualCostNok: annualCost(entry, q.value),
    annualStaffHours: hours,
    fte: hours === null ? null : fteFromHours(hours, catalogue.hoursPerFte),
    source: entry.source,
    travel: travelLine(entry, line, travelMinutesPerVisit, where),
  };
}
