/**
 * Årsverk (full-time equivalents) from staff hours per year: hours ÷ hours per årsverk.
 *
 * @example fteFromHours(11938, 1595) // 7.48… (the Johs normal pathway's published 7.5)
 */
export function fteFromHours(hoursPerYear: number, hoursPerFte: number): number {
  if (!(hoursPerFte > 0)) throw new Error(`fteFromHours requires a positive number of hours per årsverk, got ${hoursPerFte}`);
  return hoursPerYear / hoursPerFte;
}
