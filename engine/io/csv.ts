import { InputError } from "../errors";
import { sniffDelimiter } from "./csv-comments";

/** A parsed CSV table: the header and the data rows, each with its 1-based line number. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  lines: number[];
}

/**
 * Parses delimited text (RFC 4180 quoting, CRLF or LF, a leading BOM ignored). Fields are
 * kept as strings: codes such as "0301" keep their leading zeros. Blank lines are skipped.
 * The delimiter, unless given, is ";" when the header has semicolons and no commas (Excel's
 * CSV in a Norwegian locale; read its numbers with parseNumberText), else ",".
 * With `strictWidth` (files whose first line is the header), a row with more non-empty
 * fields than the header is an error, never silently cut.
 * `file` names the source in error messages.
 */
export function parseCsv(text: string, options: { delimiter?: string; file?: string; strictWidth?: boolean } = {}): CsvTable {
  const file = options.file ?? "CSV";
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = options.delimiter ?? sniffDelimiter(src);
  const records: string[][] = [];
  const lines: number[] = [];
  let field = "";
  let record: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      continue;
    }
    if (c === d) {
      record.push(field);
      field = "";
      fieldStarted = false;
      continue;
    }
    if (c === "\r") continue;
    if (c === "\n") {
      record.push(field);
      if (record.length > 1 || record[0] !== "") {
        records.push(record);
        lines.push(recordLine);
      }
      record = [];
      field = "";
      fieldStarted = false;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    fieldStarted = true;
  }
  if (inQuotes) throw new InputError(`${file}: line ${recordLine}: expected a closing quote, got end of file`);
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
    lines.push(recordLine);
  }
  if (records.length === 0) throw new InputError(`${file}: expected a header line, got an empty file`);
  const header = records[0].map((h) => h.trim());
  // A field beyond the header's would be dropped without a word: most often a decimal comma in a comma-separated file.
  for (let k = 1; options.strictWidth && k < records.length; k++) {
    const extra = records[k].slice(header.length);
    if (extra.some((f) => f.trim() !== "")) {
      throw new InputError(
        `${file}: line ${lines[k]}: expected at most ${header.length} fields like the header, got ${records[k].length} (a decimal comma in a comma-separated file? put the number in quotes or separate the fields with semicolons)`,
      );
    }
  }
  return { header, rows: records.slice(1), lines: lines.slice(1) };
}

/** Index of each required column; an error names the file, the missing column and the header found. */
export function requireColumns(table: CsvTable, names: readonly string[], file: string): Record<string, number> {
  const idx: Record<string, number> = {};
  for (const n of names) {
    const i = table.header.indexOf(n);
    if (i < 0) {
      throw new InputError(`${file}: line 1: expected a column "${n}" (columns needed: ${names.join(", ")}), got columns ${table.header.join(", ")}`);
    }
    idx[n] = i;
  }
  return idx;
}
