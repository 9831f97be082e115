import { LIMITS } from "../../limits";
import { parseNumberText } from "../number-text";
import { InputError } from "../../errors";
import { parseBand } from "../../population/bands";
import type { SsbSex } from "./tidy";

/**
 * SSB's symbols for a cell without a number: `.` not possible to report, `..` not
 * available, `...` not yet available, `:` confidential, `-` nil (nothing to report).
 * All of them become `value: null` with the symbol as `status`.
 */
export const MISSING_SYMBOLS: readonly string[] = [".", "..", "...", ":", "-"];

/** SSB's municipal alternatives (ContentsCode order) and their current labels. */
export const SSB_ALTERNATIVE_LABELS: Readonly<Record<string, string>> = {
  MMMM: "Hovedalternativet (MMMM)",
  LLML: "Lav nasjonal vekst (LLML)",
  HHMH: "Høy nasjonal vekst (HHMH)",
  MMML: "Lav innvandring (MMML)",
  MMMH: "Høy innvandring (MMMH)",
  LHML: "Sterk aldring (LHML)",
  HLMH: "Svak aldring (HLMH)",
  MMM0: "Ingen nettoinnvandring (MMM0)",
  MM00: "Ingen flytting (MM00)",
};

/** The alternative codes, MMMM first. */
export const SSB_ALTERNATIVE_CODES: readonly string[] = Object.keys(SSB_ALTERNATIVE_LABELS);

/** Projection round of each of SSB's municipal projection tables (first year of the round). */
export const SSB_PROJECTION_TABLES: Readonly<Record<string, number>> = {
  "05904": 2005,
  "06917": 2008,
  "07268": 2009,
  "08109": 2010,
  "08825": 2011,
  "09482": 2012,
  "10213": 2014,
  "11168": 2016,
  "11668": 2018,
  "12882": 2020,
  "13600": 2022,
  "14288": 2024,
  "14746": 2026,
};

/** Tables of registered population SSB publishes by region, sex and age. */
export const SSB_REGISTERED_TABLES: readonly string[] = ["07459"];

/** Names (lower case, without the code) that older and current tables give the alternatives. */
const NAMED_ALTERNATIVES: Record<string, string> = {
  hovedalternativet: "MMMM",
  hovedalternativ: "MMMM",
  "middels nasjonal vekst": "MMMM",
  "lav nasjonal vekst": "LLML",
  "høy nasjonal vekst": "HHMH",
  "lav innvandring": "MMML",
  "høy innvandring": "MMMH",
  "sterk aldring": "LHML",
  "svak aldring": "HLMH",
  "ingen nettoinnvandring": "MMM0",
  "ingen innvandring": "MMM0",
  "null nettoinnvandring": "MMM0",
  "ingen flytting": "MM00",
};

/** Labels of registered population (and of a value column that says nothing more). */
const REGISTERED = /^(personer|folkemengde.*|befolkning.*|historisk|registrert.*|innbyggere)$/i;

/** What a statistikkvariabel / alternative label means. */
export interface AlternativeReading {
  /** The alternative code, or null for registered population. */
  alternative: string | null;
  /** A round named by the label itself ("Framskriving 2016"), else null. */
  round: number | null;
  /** True when the alternative was assumed rather than read ("Framskriving 2016" → MMMM). */
  assumed: boolean;
}

function unknownAlternative(label: string, where: string): InputError {
  return new InputError(
    `${where}: expected a label naming one of SSB's alternatives ${SSB_ALTERNATIVE_CODES.join(", ")} ` +
      `(such as "Hovedalternativet (MMMM)" or "Lav nasjonal vekst (LLML)") or registered population ("Personer"), got ${JSON.stringify(label)}`,
  );
}

/**
 * Reads the alternative from a label: "Hovedalternativet (MMMM)", "Lav nasjonal vekst
 * (LLML)", the older "Middels nasjonal vekst (Alternativ MMMM)", a bare code "HHMH", or a
 * name without code ("Sterk aldring"). "Personer", "Folkemengde" and "Historisk" are
 * registered population (alternative null). "Framskriving 2016" (a back-test export) is
 * the main alternative of the 2016 round. Anything else, including a four-letter code SSB
 * does not publish, is an InputError naming the label and listing the known alternatives.
 *
 * @example parseAlternativeLabel("Lav nasjonal vekst (Alternativ LLML)") // { alternative: "LLML", round: null, assumed: false }
 */
export function parseAlternativeLabel(label: string, where = "alternative"): AlternativeReading {
  const t = label.trim().replace(/\s+/g, " ");
  if (SSB_ALTERNATIVE_LABELS[t]) return { alternative: t, round: null, assumed: false };
  const m = /\((?:alternativ )?([A-Za-z0-9]{4})\)$/i.exec(t) ?? /\balternativ ([A-Za-z0-9]{4})\b/i.exec(t);
  if (m) {
    const code = m[1].toUpperCase();
    if (SSB_ALTERNATIVE_LABELS[code]) return { alternative: code, round: null, assumed: false };
    throw unknownAlternative(label, where);
  }
  if (REGISTERED.test(t)) return { alternative: null, round: null, assumed: false };
  const r = /^framskriving (\d{4})$/i.exec(t);
  if (r) return { alternative: "MMMM", round: Number(r[1]), assumed: true };
  const named = NAMED_ALTERNATIVES[t.toLowerCase()];
  if (named) return { alternative: named, round: null, assumed: false };
  throw unknownAlternative(label, where);
}

/**
 * Reads an age label into one `parseBand` accepts: single years "000"…"104", "105+",
 * "0 år", "105 år eller eldre"; groups "80-89 år", "90 år eller eldre", "80+ år"; a code
 * and a text together ("000 0 år"); all ages ("Alle aldre", "I alt", "999") → "0+".
 *
 * @example parseSsbAge("90 år eller eldre") // "90+"
 */
export function parseSsbAge(text: string, where = "age"): string {
  const t = text.trim().replace(/\s+/g, " ");
  const lower = t.toLowerCase();
  if (/^(alle aldre|i alt|alder i alt|total|totalt|all ages|999)$/.test(lower)) return "0+";
  if (/^under 1( år)?$/.test(lower)) return "0";
  const tries = [t.replace(/ og eldre$/i, " eller eldre")];
  const sp = t.indexOf(" ");
  if (sp > 0) tries.push(t.slice(sp + 1).replace(/ og eldre$/i, " eller eldre"));
  for (const c of tries) {
    try {
      return parseBand(c, where).label;
    } catch {
      // try the next reading
    }
  }
  throw new InputError(`${where}: expected an age such as "000", "105+", "0 år", "80-89 år" or "90 år eller eldre", got ${JSON.stringify(text)}`);
}

const SEXES: Record<string, SsbSex> = {
  "": "both",
  "0": "both",
  "1+2": "both",
  "begge kjønn": "both",
  begge: "both",
  alle: "both",
  "i alt": "both",
  "kjønn i alt": "both",
  both: "both",
  "both sexes": "both",
  total: "both",
  "1": "male",
  menn: "male",
  mann: "male",
  m: "male",
  male: "male",
  males: "male",
  men: "male",
  "2": "female",
  kvinner: "female",
  kvinne: "female",
  k: "female",
  f: "female",
  female: "female",
  females: "female",
  women: "female",
};

/**
 * Reads a sex: SSB codes "1" (men), "2" (women), "0"/"1+2" (both), texts "Menn",
 * "Kvinner", "Begge kjønn", code and text together ("2 Kvinner"), or the tidy form's
 * both/male/female. An empty field means both sexes.
 */
export function parseSsbSex(text: string, where = "sex"): SsbSex {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  const s = SEXES[t] ?? SEXES[t.replace(/^(0|1|2|1\+2) (?=\D)/, "")];
  if (!s) throw new InputError(`${where}: expected a sex such as "Menn", "Kvinner", "Begge kjønn", "1" or "2", got ${JSON.stringify(text)}`);
  return s;
}

/** Reads a year: "2024", "2024-01-01" (1 January) or "2024 2024" (code and text). */
export function parseSsbYear(text: string, where = "year"): number {
  const t = text.trim();
  const m = /^(\d{4})(?:-01-01)?$/.exec(t) ?? /^(\d{4}) \1$/.exec(t);
  if (!m) throw new InputError(`${where}: expected a year such as "2024" or "2024-01-01", got ${JSON.stringify(text)}`);
  const year = Number(m[1]);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear) {
    throw new InputError(`${where}: expected a year from ${LIMITS.firstYear} to ${LIMITS.lastYear}, got ${JSON.stringify(text)}`);
  }
  return year;
}

/** A value read from a cell: a number, or null with the missing-value symbol as status. */
export interface SsbValue {
  value: number | null;
  status: string;
}

/**
 * Reads a number cell: "1234", "1 234", "1234.5" (or "1234,5" with `decimalComma`), or a
 * missing-value symbol (see MISSING_SYMBOLS) → `{ value: null, status: symbol }`. An empty
 * cell is `{ value: null, status: "" }`. Returns undefined for anything else.
 */
export function parseSsbValue(text: string, decimalComma = false): SsbValue | undefined {
  const t = text.trim();
  if (t === "") return { value: null, status: "" };
  if (MISSING_SYMBOLS.indexOf(t) >= 0) return { value: null, status: t };
  if (!decimalComma && t.includes(",")) return undefined;
  const value = parseNumberText(t);
  if (value === undefined || Number.isNaN(value)) return undefined;
  return { value, status: "" };
}

/** The table number at the start of a title such as "07459: Befolkning, etter region, …", or "". */
export function tableFromTitle(title: string): string {
  const m = /^\s*(\d{5})\s*:/.exec(title);
  return m ? m[1] : "";
}

/** A known SSB table number in a file name ("07459_20250101-1200.csv" → "07459"), or "". */
export function tableFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const re = /(?:^|\D)(\d{5})(?=\D|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(base)) !== null) {
    if (SSB_PROJECTION_TABLES[m[1]] !== undefined || SSB_REGISTERED_TABLES.indexOf(m[1]) >= 0) return m[1];
  }
  return "";
}
