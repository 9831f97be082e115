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

/** A seed option: a whole number from 0 up to 2^53 − 1 (as `run`, `pathways` and `sensitivity` take it). */
export function seedOption(text: string | undefined, flag = "--seed"): number | undefined {
  return wholeNumberOption(text, flag, 0, Number.MAX_SAFE_INTEGER, "frø");
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
