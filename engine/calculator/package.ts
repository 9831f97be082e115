import { InputError } from "../errors";
import type { PackageLine } from "../scenario/package";

/**
 * Checks that a line gives exactly one of `quantityPerWeek` and `places` and that it is
 * a non-negative number; `where` names the line in messages. Returns the quantity.
 */
export function lineQuantity(line: PackageLine, where: string): { kind: "perWeek" | "places"; value: number } {
  const hasWeek = line.quantityPerWeek !== undefined;
  const hasPlaces = line.places !== undefined;
  if (hasWeek === hasPlaces) {
    throw new InputError(`${where}: expected exactly one of "quantityPerWeek" and "places", got ${hasWeek ? "both" : "neither"}`);
  }
  const value = (hasWeek ? line.quantityPerWeek : line.places) as number;
  const field = hasWeek ? "quantityPerWeek" : "places";
  if (!Number.isFinite(value) || value < 0) throw new InputError(`${where}, field "${field}": expected a non-negative number, got ${value}`);
  return { kind: hasWeek ? "perWeek" : "places", value };
}
