import { InputError, type Issue } from "../../errors";
import { parseCsv } from "../csv";
import { splitCsvComments } from "../csv-comments";
import { parseNumberText } from "../number-text";

/**
 * The mark of a template value in an input CSV's source column (`kilde`): `trappa init`
 * writes "MALVERDI: …" there, and a row whose source still starts with it (any case) is
 * reported as the template's value until the consultant writes the municipality's own
 * value and source.
 */
export const TEMPLATE_MARK = "MALVERDI";

/** The source column of every input CSV. */
export const SOURCE_COLUMN = "kilde";

/** An input CSV read into cells by column name (lower case), each row with its line in the file. */
export interface InputTable {
  file: string;
  /** Column names as written (trimmed, lower case), in order. */
  header: string[];
  rows: Array<{ line: number; cells: Record<string, string> }>;
}

/**
 * Reads an input CSV as a spreadsheet saves it: a leading block of `#` comment lines, a
 * header line, then rows; semicolons or commas (sniffed from the header), quoted fields,
 * a byte-order mark and Windows line endings are all accepted (engine/io/csv.ts). Rows
 * whose every cell is blank (a spreadsheet's empty lines, `;;;;`) are skipped. Throws an
 * InputError naming the file and line for text that is not CSV.
 *
 * @example parseInputTable("# x\ntjeneste;dekningsgrad\ninstitusjon;0,014\n", "d.csv").rows[0] // { line: 3, cells: { tjeneste: "institusjon", dekningsgrad: "0,014" } }
 */
export function parseInputTable(text: string, file: string): InputTable {
  const { text: body } = splitCsvComments(text);
  const table = parseCsv(body, { file });
  const header = table.header.map((h) => h.trim().toLowerCase());
  const rows: InputTable["rows"] = [];
  table.rows.forEach((r, i) => {
    if (r.every((c) => c.trim() === "")) return;
    const cells: Record<string, string> = {};
    header.forEach((h, k) => {
      if (h !== "") cells[h] = (r[k] ?? "").trim();
    });
    rows.push({ line: table.lines[i], cells });
  });
  return { file, header, rows };
}

/** Issues for columns the table lacks (line 1), naming the columns needed and those found. */
export function missingColumns(t: InputTable, needed: readonly string[]): Issue[] {
  return needed
    .filter((c) => !t.header.includes(c))
    .map((c) => ({
      file: t.file,
      path: [],
      line: 1,
      expected: `a column "${c}" (columns needed: ${needed.join(", ")})`,
      found: `the columns ${t.header.filter((h) => h !== "").join(", ") || "(none)"}`,
    }));
}

/**
 * A cell as a number (decimal comma or point, spaces as thousands separators), or an issue
 * naming the file, line and column when it is blank, not a number or outside [min, max].
 */
export function numberCell(
  t: InputTable,
  row: InputTable["rows"][number],
  column: string,
  range: { min: number; max: number; what: string },
  issues: Issue[],
): number | undefined {
  const text = row.cells[column] ?? "";
  const v = parseNumberText(text);
  const bad = v === undefined || Number.isNaN(v) || v < range.min || v > range.max;
  if (bad) {
    issues.push({ file: t.file, path: [column], line: row.line, expected: range.what, found: text === "" ? "an empty cell" : JSON.stringify(text) });
    return undefined;
  }
  return v;
}

/** A required text cell, or an issue when it is blank. */
export function textCell(t: InputTable, row: InputTable["rows"][number], column: string, what: string, issues: Issue[]): string | undefined {
  const v = row.cells[column] ?? "";
  if (v === "") {
    issues.push({ file: t.file, path: [column], line: row.line, expected: what, found: "an empty cell" });
    return undefined;
  }
  return v;
}

/** Whether a source text marks a template value (starts with TEMPLATE_MARK, any case). */
export function isTemplateSource(source: string | undefined): boolean {
  return (source ?? "").trim().toUpperCase().startsWith(TEMPLATE_MARK);
}

/** A template source text: "MALVERDI: " and what the template says of the value (marked once, also when the template's source is marked already). */
export function templateSource(what: string | undefined): string {
  const t = (what ?? "").replace(/\s+/g, " ").trim();
  if (isTemplateSource(t)) return t;
  return t ? `${TEMPLATE_MARK}: ${t}` : `${TEMPLATE_MARK}: malens verdi`;
}

/** Rethrows anything but an InputError; an InputError becomes issues (its own, or one naming the file). */
export function issuesOf(err: unknown, file: string): Issue[] {
  if (!(err instanceof InputError)) throw err;
  if (err.issues.length) return [...err.issues];
  return [{ file, path: [], expected: "a CSV file as trappa init writes it", found: err.message }];
}

/**
 * An input CSV as a Norwegian spreadsheet opens it: a byte-order mark (so that æ, ø and å
 * show), `#` comment lines, semicolons, decimal commas, Windows line endings; fields with
 * a semicolon, quote or line break quoted.
 */
export function inputCsvText(comments: readonly string[], header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cell = (v: string | number) => {
    const s = typeof v === "number" ? String(v).replace(".", ",") : v;
    return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [...comments.map((c) => `# ${c}`), header.map(cell).join(";"), ...rows.map((r) => r.map(cell).join(";"))];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
