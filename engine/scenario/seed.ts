import { z } from "zod";

/**
 * A master seed in a scenario file: a whole number ≥ 0, or a text with at least one letter
 * (`"seed": "kommunestyret-mars-2027"`), turned into a number by engine/random/text-seed.ts.
 * A text must hold a letter so that "-1" or "12,5" is a mistake, not a seed.
 */
export const seedSchema = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/\p{L}/u, "expected a whole number 0 or above, or a text with at least one letter"),
]);

/**
 * The seed as the report shows it (Norwegian): a text seed with the number it gave.
 *
 * @example seedLabel({ seed: 2040, seedText: null }) // "2040"
 */
export function seedLabel(r: { seed: number; seedText: string | null }): string {
  return r.seedText === null ? String(r.seed) : `«${r.seedText}» (tallfrø ${r.seed})`;
}
