import { UsageError } from "../errors";
import { LIMITS, limitText } from "../limits";

/**
 * A whole-number option (`--seed`, `--replicates`, `--uncertainty`, `--workers`, `--count`):
 * digits only, at least `min` and at most `max` (a limit of engine/limits.ts, named in the
 * message). Undefined when the option is absent. A UsageError (exit 2) otherwise.
 *
 * @example wholeNumberOption("25", "--workers", 1, LIMITS.workers, "tråder") // 25
 */
export function wholeNumberOption(text: string | undefined, flag: string, min: number, max: number, what: string): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < min) {
    throw new UsageError(`${flag} forventer et heltall ${min === 0 ? "0 eller større" : `fra ${min}`}, fikk "${text}"`);
  }
  const n = Number(t);
  if (n > max) throw new UsageError(`${flag} forventer høyst ${limitText(max)} (Trappas grense for ${what}), fikk "${text}"`);
  return n;
}

/**
 * `--seed`: a whole number from 0 up to 2^53 − 1, or a text with at least one letter
 * (`--seed kommunestyret-mars-2027`, turned into a number by engine/random/text-seed.ts).
 * "-1" or "1.5" is a mistake, not a text seed. Undefined when the option is absent.
 *
 * @example seedOption("7") // 7
 */
export function seedOption(text: string | undefined, flag = "--seed"): number | string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (/^\d+$/.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
  if (/\p{L}/u.test(t)) return t;
  throw new UsageError(`${flag} forventer et heltall 0 eller større eller en tekst med minst én bokstav, fikk "${text}"`);
}

/** A year option (`--to`, `--target-year`, `--from-year`): four digits from 1900 to 2100. */
export function yearOption(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) throw new UsageError(`${flag} forventer et årstall (f.eks. 2040), fikk "${text}"`);
  const year = Number(t);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear) {
    throw new UsageError(`${flag} forventer et årstall fra ${LIMITS.firstYear} til ${LIMITS.lastYear}, fikk "${text}"`);
  }
  return year;
}
