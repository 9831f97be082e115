import { parseCsv } from "../csv";
import { recordsFromGrid } from "./columns";
import type { RawTable } from "./records";

/**
 * Parses PxWebApi v2 CSV (comma-separated, `.` decimal; decode ISO-8859-1 before): a header
 * naming the row dimensions (PX "stub") (`"region","kjønn","alder"`) and value columns whose headers
 * carry the heading dimensions (`"Hovedalternativet (MMMM) 2024"`, `"Personer 2024"`), or a
 * long table with `år` and `statistikkvariabel` columns. Cells may hold codes, texts or
 * both (`"0301 Oslo - Oslove"`, `"2 Kvinner"`, `"000 0 år"`); region codes stay text.
 * Missing cells are SSB's symbols (`.`, `..`, `...`, `:`, `-`).
 */
export function parsePxWebCsv(text: string, file: string, table = ""): RawTable {
  const t = parseCsv(text, { delimiter: ",", file });
  const g = recordsFromGrid(t.header, t.rows, t.lines, { file, decimalComma: false, table, headerLine: 1 });
  return { format: "pxweb-csv", variant: t.header.join(","), records: g.records, where: g.where, notes: [] };
}
