import { InputError } from "../errors";
import type { PackageAlternative, PackageLine, UserFee } from "../scenario/package";
import type { PriceEntry } from "./catalogue";
import { WEEKS_PER_YEAR } from "./units";

/** Travel to and from a line's visits, priced at the line's hourly price. Money in kr per year. */
export interface TravelLine {
  service: string;
  variant: string;
  visitsPerWeek: number;
  minutesPerVisit: number;
  /** Travel hours per year: visits × minutes ÷ 60 × 52 (staff time, not scaled by the direct-time share). */
  hoursPerYear: number;
  /** Travel cost per year: travel hours × the line's price per hour. */
  costNok: number;
}

/** A user's fee per year (income: a positive number subtracted from the cost). */
export interface FeeLine {
  name: string;
  nokPerYear: number;
}

/** Months per year for fees given per month. */
export const MONTHS_PER_YEAR = 12;

/**
 * The travel line of a package line, or null when the line has no visits or no travel
 * time (its own, else the alternative's). Only hourly services take travel: the price per
 * hour of the line's catalogue entry prices the travel time. Use with a catalogue's prices
 * without travel time; a catalogue's with-travel variant already includes it (then give no
 * travel time). `where` names the line in messages.
 *
 * @example travelLine(homeNursing799, { service: "…", quantityPerWeek: 5.25, visitsPerWeek: 7 }, 10, "x") // 7 × 10/60 × 52 = 60.67 h, × 799 = 48 473 kr
 */
export function travelLine(entry: PriceEntry, line: PackageLine, defaultMinutes: number | undefined, where: string): TravelLine | null {
  const minutes = line.travelMinutesPerVisit ?? defaultMinutes;
  if (line.visitsPerWeek === undefined || minutes === undefined) {
    if (line.travelMinutesPerVisit !== undefined)
      throw new InputError(`${where}, field "visitsPerWeek": expected the visits per week the travel time is for, got none`);
    return null;
  }
  if (entry.unit !== "per hour") {
    throw new InputError(`${where}, field "visitsPerWeek": expected an hourly service to price travel time with, got "${entry.service}" priced ${entry.unit}`);
  }
  const hoursPerYear = (line.visitsPerWeek * minutes * WEEKS_PER_YEAR) / 60;
  return {
    service: entry.service,
    variant: entry.variant,
    visitsPerWeek: line.visitsPerWeek,
    minutesPerVisit: minutes,
    hoursPerYear,
    costNok: hoursPerYear * entry.priceNok,
  };
}

/** The user's fees of an alternative per year: kr per week × 52, per month × 12, or per year (exactly one each). */
export function feeLines(alternative: PackageAlternative, where: string): FeeLine[] {
  return (alternative.userFees ?? []).map((f: UserFee, k) => {
    const given = [f.nokPerWeek, f.nokPerMonth, f.nokPerYear].filter((x) => x !== undefined);
    if (given.length !== 1) {
      throw new InputError(
        `${where}.userFees[${k}]: expected exactly one of "nokPerWeek", "nokPerMonth" and "nokPerYear", got ${given.length === 0 ? "none" : "more than one"}`,
      );
    }
    const perYear =
      f.nokPerWeek !== undefined ? f.nokPerWeek * WEEKS_PER_YEAR : f.nokPerMonth !== undefined ? f.nokPerMonth * MONTHS_PER_YEAR : (f.nokPerYear as number);
    return { name: f.name, nokPerYear: perYear };
  });
}
