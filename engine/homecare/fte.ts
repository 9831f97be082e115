import { InputError } from "../errors";

/** Staff hours per årsverk and year (as the resource calculator: DOMAIN.md, the Johs persona's årsverk). */
export const HOURS_PER_ARSVERK = 1595;

/** Weeks per year of decided hours. */
export const WEEKS_PER_YEAR = 52;

/**
 * Årsverk needed to deliver `hoursPerWeek` decided hours when `directShare` of staff time
 * is direct time with the user (the rest is travel, documentation, meetings):
 * hours per week × 52 ÷ direct share ÷ hours per årsverk.
 *
 * @example arsverkNeeded(100, 0.6) // 100 × 52 / 0.6 / 1 595 = 5.4336 årsverk
 */
export function arsverkNeeded(hoursPerWeek: number, directShare: number, hoursPerArsverk = HOURS_PER_ARSVERK): number {
  if (!(directShare > 0 && directShare <= 1)) throw new InputError(`arsverkNeeded requires a direct-time share in (0, 1], got ${directShare}`);
  if (!(hoursPerArsverk > 0)) throw new InputError(`arsverkNeeded requires positive hours per årsverk, got ${hoursPerArsverk}`);
  if (!(Number.isFinite(hoursPerWeek) && hoursPerWeek >= 0)) throw new InputError(`arsverkNeeded requires non-negative hours per week, got ${hoursPerWeek}`);
  return (hoursPerWeek * WEEKS_PER_YEAR) / directShare / hoursPerArsverk;
}
