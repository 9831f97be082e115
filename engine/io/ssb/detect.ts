import { InputError } from "../../errors";
import { columnRole, isValueName } from "./columns";
import { SSB_FORMAT_NAMES, type SsbFormat } from "./report";

/** The error for a file in none of the understood formats, quoting what was seen. */
export function unrecognisedFormat(file: string, found: string): InputError {
  const formats = Object.values(SSB_FORMAT_NAMES).join(", ");
  return new InputError(`${file}: expected an SSB file in one of the understood formats (${formats}), got ${found}`);
}

/** Splits one line into fields on a delimiter, honouring double quotes. */
function fields(line: string, d: string): string[] {
  const out: string[] = [];
  let f = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (q && line[i + 1] === '"') {
        f += '"';
        i++;
      } else q = !q;
      continue;
    }
    if (c === d && !q) {
      out.push(f.trim());
      f = "";
      continue;
    }
    f += c;
  }
  out.push(f.trim());
  return out;
}

/**
 * Detects the format of decoded text: JSON → JSON-stat2; a semicolon-separated table (with
 * or without a title line) → StatBank web export; a comma-separated table with a year column
 * and a single value column (value, Personer, antall) → tidy long CSV; another comma table
 * whose header names SSB's dimensions → PxWebApi v2 CSV. Anything else is an InputError
 * listing the understood formats and quoting the first line.
 */
export function detectSsbFormat(text: string, file: string): SsbFormat {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = src.replace(/^\s+/, "");
  if (trimmed === "") throw unrecognisedFormat(file, "an empty file");
  if (trimmed[0] === "{" || trimmed[0] === "[") return "jsonstat2";
  if (/[\u0000-\u0008\u000e-\u001f]/.test(trimmed.slice(0, 200))) {
    const zip = trimmed.startsWith("PK");
    throw unrecognisedFormat(file, zip ? "a ZIP or XLSX file (save the table as CSV or JSON-stat2)" : "a binary file");
  }
  const lines = trimmed
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 6);
  const firstLine = lines[0];
  const quote = JSON.stringify(firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine);
  // The header: the first line with several fields on either delimiter.
  for (const line of lines) {
    const semi = fields(line, ";");
    const comma = fields(line, ",");
    if (semi.length < 2 && comma.length < 2) continue;
    if (semi.length > comma.length) {
      // The dimension names may be on the first or the second header row.
      if (lines.some((l) => fields(l, ";").some((h) => columnRole(h) !== undefined))) return "web-export-csv";
      throw unrecognisedFormat(file, quote);
    }
    const names = comma.map((h) => h.toLowerCase());
    const hasDims = comma.some((h) => {
      const r = columnRole(h);
      return r !== undefined && r !== "ignore" && r !== "status";
    });
    if (!hasDims) throw unrecognisedFormat(file, quote);
    if (names.indexOf("region_name") >= 0) return "tidy-long-csv";
    const hasYear = comma.some((h) => columnRole(h) === "year");
    const valueCols = comma.filter((h) => columnRole(h) === undefined);
    if (hasYear && valueCols.length === 1 && isValueName(valueCols[0])) return "tidy-long-csv";
    return "pxweb-csv";
  }
  throw unrecognisedFormat(file, quote);
}
