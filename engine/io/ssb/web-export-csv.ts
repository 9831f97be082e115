import { InputError } from "../../errors";
import { parseCsv } from "../csv";
import { isDimensionName, recordsFromGrid } from "./columns";
import { tableFromTitle } from "./labels";
import type { RawTable } from "./records";

const filled = (r: readonly string[]) => r.filter((c) => c.trim() !== "").length;

/**
 * Combines two header rows of a StatBank export into one: the dimension names from
 * whichever row has them, and for value columns the upper label (carried right over the
 * columns it spans) joined with the lower one: "Personer" + "2024" → "Personer 2024".
 */
export function combineHeaderRows(top: readonly string[], bottom: readonly string[]): string[] {
  const out: string[] = [];
  let carried = "";
  const n = Math.max(top.length, bottom.length);
  for (let j = 0; j < n; j++) {
    const a = (top[j] ?? "").trim();
    const b = (bottom[j] ?? "").trim();
    if (isDimensionName(a) || isDimensionName(b)) {
      out.push(isDimensionName(a) ? a : b);
      carried = "";
      continue;
    }
    if (a !== "") carried = a;
    out.push([a || carried, b].filter((x) => x !== "").join(" "));
  }
  return out;
}

/**
 * Parses StatBank's web export ("Lagre som … semikolonseparert med overskrift"): semicolon
 * separated, decimal comma, a title line ("07459: Befolkning, etter region, …") and blank
 * lines before one or two header rows (dimension names, then e.g. the alternative over the
 * years), then data rows; footnote lines after the data are skipped. Empty dimension cells
 * repeat the row above.
 */
export function parseWebExportCsv(text: string, file: string, table = ""): RawTable {
  const t = parseCsv(text, { delimiter: ";", file });
  const leadingBlank = (/^(?:\uFEFF)?((?:[ \t]*\r?\n)*)/.exec(text)?.[1].match(/\n/g) ?? []).length;
  const records = [t.header, ...t.rows];
  const lines = [leadingBlank + 1, ...t.lines];
  let i = 0;
  const titles: string[] = [];
  while (i < records.length && filled(records[i]) <= 1 && !isDimensionName(records[i].find((c) => c.trim() !== "") ?? "")) {
    const title = records[i].find((c) => c.trim() !== "");
    if (title) titles.push(title.trim());
    i++;
  }
  if (i >= records.length) throw new InputError(`${file}: expected a header row with SSB's dimensions after the title, got none`);
  let header = records[i].map((c) => c.trim());
  let headerLine = lines[i];
  i++;
  const next = records[i];
  if (next && ((next[0] ?? "").trim() === "" || isDimensionName(next[0] ?? ""))) {
    header = combineHeaderRows(header, next);
    headerLine = lines[i];
    i++;
  }
  const dataRows: string[][] = [];
  const dataLines: number[] = [];
  let footnotes = 0;
  for (; i < records.length; i++) {
    if (records[i].length !== header.length && filled(records[i]) <= 1) {
      footnotes++;
      continue;
    }
    if (footnotes > 0) throw new InputError(`${file}: line ${lines[i]}: expected only footnotes after the data, got a data row after a footnote`);
    dataRows.push(records[i]);
    dataLines.push(lines[i]);
  }
  const tableNo = titles.map(tableFromTitle).find((x) => x !== "") || table;
  const g = recordsFromGrid(header, dataRows, dataLines, { file, decimalComma: true, table: tableNo, headerLine, carryDown: true });
  const notes = footnotes > 0 ? [`${footnotes} fotnotelinjer etter tallene er hoppet over.`] : [];
  return { format: "web-export-csv", variant: header.join(";"), records: g.records, where: g.where, notes };
}
