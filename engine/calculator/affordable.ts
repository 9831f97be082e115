import type { PriceCatalogue } from "./catalogue";
import type { PriceUnit } from "./units";
import { unitInfo, WEEKS_PER_YEAR } from "./units";

/** How much of one catalogue service each annual sum would buy. */
export interface AffordableRow {
  step?: number;
  service: string;
  variant: string;
  unit: PriceUnit;
  /** What `quantity` counts: "perWeek" (hours, units … per week) or "places". */
  quantityKind: "perWeek" | "places";
  /** One quantity per annual sum; null when the service is free (price 0). */
  quantity: Array<number | null>;
}

/**
 * "Hvor mye har vi råd til": for every catalogue service and variant, how much the given
 * annual sums (kr per year, e.g. each alternative's annual cost) would buy — quantity per
 * week (sum ÷ (price × 52)) for weekly units, places (sum ÷ price) for per-year units.
 *
 * @example affordable(nordstrand, [218127]) // home nursing 799 kr/h → 5.25 h per week
 */
export function affordable(catalogue: PriceCatalogue, annualSumsNok: readonly number[]): AffordableRow[] {
  return catalogue.entries.map((e) => {
    const yearly = unitInfo(e.unit).basis === "year";
    const perYear = yearly ? e.priceNok : e.priceNok * WEEKS_PER_YEAR;
    return {
      step: e.step,
      service: e.service,
      variant: e.variant,
      unit: e.unit,
      quantityKind: yearly ? "places" : "perWeek",
      quantity: annualSumsNok.map((s) => (perYear > 0 ? s / perYear : null)),
    };
  });
}
