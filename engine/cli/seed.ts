import { UsageError } from "../errors";

/**
 * `--seed`: a whole number 0 or above, or a text with at least one letter
 * (`--seed kommunestyret-mars-2027`, turned into a number by engine/random/text-seed.ts);
 * undefined when the flag is absent. "-1" or "1.5" is a mistake, not a text seed.
 *
 * @example parseSeedFlag("7") // 7
 */
export function parseSeedFlag(text: string | undefined, flag = "--seed"): number | string | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  if (/\p{L}/u.test(text)) return text;
  throw new UsageError(`${flag} forventer et heltall 0 eller større eller en tekst med minst én bokstav, fikk "${text}"`);
}
