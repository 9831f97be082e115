/** Characters spreadsheets put between groups of thousands: space, no-break space, narrow no-break space, thin space. */
const GROUP = "[ \\u00a0\\u202f\\u2009]";

const WHOLE = /^\d{1,15}$/;
const PLAIN = /^[-+]?(\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED = new RegExp(`^[-+]?\\d{1,3}(?:${GROUP}\\d{3})+(?:[.,]\\d+)?$`);

/**
 * Reads a number as Norwegian and English files and Excel write it: "1234", "1234.5",
 * "1234,5" (decimal comma), "1 234 567,5" with spaces, no-break spaces (U+00A0) or narrow
 * no-break spaces (U+202F) between groups of exactly three digits, "−12" (U+2212 minus),
 * "1e6". A comma is always a decimal mark (Norwegian), never a thousands separator, so
 * "1,234" is 1.234; a number with both a point and a comma ("1.234,5") is ambiguous and
 * refused. Returns undefined for a blank cell and NaN for anything that is not one number
 * (so "1 2 3", "12 %" or "Infinity" never read as a number silently).
 *
 * @example parseNumberText("1 234,5") // 1234.5
 */
export function parseNumberText(text: string | undefined): number | undefined {
  // The common case first (a whole number of persons in an SSB file: millions of cells).
  if (text !== undefined && WHOLE.test(text)) return Number(text);
  const t = (text ?? "").trim().replace(/\u2212/g, "-");
  if (t === "") return undefined;
  if (PLAIN.test(t)) return Number(t.replace(",", "."));
  if (GROUPED.test(t)) return Number(t.replace(new RegExp(GROUP, "g"), "").replace(",", "."));
  return NaN;
}
