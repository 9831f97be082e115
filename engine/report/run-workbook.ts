import type { Sheet } from "../io/xlsx";
import type { RunResult } from "../run/run";
import { runAssumptions } from "./assumptions";
import { columnLabels, tableTitle } from "./table-text";

/** Excel number formats by column kind (Excel shows them in the reader's locale: "27 501,5" in Norwegian Excel). */
const FORMATS = { text: undefined, year: "0", value: "#,##0.0###" } as const;

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
export function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, "-").slice(0, 31);
}

/**
 * The sheets of a run's results.xlsx: one per result table, its arquero table as the cells
 * (Norwegian headings, numbers as numbers with formats; the rows as in the table's CSV), then "Forutsetninger" (the
 * assumptions with sources) and "Kjøring" (scenario, hash, engine version, seed, replicates).
 */
export function runSheets(result: RunResult): Sheet[] {
  const sheets: Sheet[] = result.tables.map((t) => ({
    name: sheetName(tableTitle(t)),
    header: columnLabels(t),
    table: t.data,
    formats: t.columns.map((c) => FORMATS[c.kind]),
  }));
  sheets.push({
    name: "Forutsetninger",
    header: ["del", "forutsetning", "verdi", "kilde"],
    rows: runAssumptions(result).map((a) => [a.part, a.item, a.value, a.source]),
  });
  sheets.push({
    name: "Kjøring",
    header: ["felt", "verdi"],
    rows: [
      ["scenario", result.name],
      ["scenariofil", result.file],
      ["arver fra", result.chain.slice(0, -1).join(", ")],
      ["innholdshash (SHA-256)", result.hash],
      ["motorversjon", result.engineVersion],
      ["frø", result.seed],
      ...(result.resolved.seedText !== null ? [["frø som tekst", result.resolved.seedText]] : []),
      ["replikater", result.replicates],
    ],
  });
  return sheets;
}
