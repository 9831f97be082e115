import { z } from "zod";
import { describeFound } from "../errors";

/**
 * A master seed in a scenario file: a whole number ≥ 0, or a text with at least one letter
 * (`"seed": "kommunestyret-mars-2027"`), turned into a number by engine/random/text-seed.ts.
 * A text must hold a letter so that "-1" or "12,5" is a mistake, not a seed.
 */
const EXPECTED = "a whole number 0 or above, or a text with at least one letter";
const error = (i: { input?: unknown }) => `expected ${EXPECTED}, got ${describeFound(i.input)}`;
export const seedSchema = z.union([z.number({ error }).int({ error }).nonnegative({ error }), z.string({ error }).regex(/\p{L}/u, { error })], { error });

/**
 * The seed as the report shows it (Norwegian): a text seed with the number it gave.
 *
 * @example seedLabel({ seed: 2040, seedText: null }) // "2040"
 */
export function seedLabel(r: { seed: number; seedText: string | null }): string {
  return r.seedText === null ? String(r.seed) : `«${r.seedText}» (tallfrø ${r.seed})`;
}
