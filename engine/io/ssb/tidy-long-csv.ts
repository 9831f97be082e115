import { parseCsv } from "../csv";
import { recordsFromGrid, type ColumnRole } from "./columns";
import type { RawTable } from "./records";

/**
 * Parses the tidy long CSVs people keep (comma, `.` decimal, one value per row):
 * - `region,statistikkvariabel,år,alder,value` (R/pyjstat exports; optionally
 *   `Framskriving` (round) and `Tabell` columns), also with the columns in another order;
 * - `Kommune,Alder,År,Personer,Kilde` where Kilde is "Historisk" or "Framskriving 2016";
 * - `Kommunenummer,Kommune,Alder,År,Type,Personer` (dashboard exports; dates "2024-01-01");
 * - Trappa's own tidy form `region,region_name,table,round,alternative,year,sex,age,value,status`.
 * Region names without codes are mapped to codes later (see resolveRegion).
 */
export function parseTidyLongCsv(text: string, file: string, table = ""): RawTable {
  const t = parseCsv(text, { delimiter: ",", file });
  const lower = t.header.map((h) => h.toLowerCase());
  const trappa = lower.indexOf("region_name") >= 0;
  const roles: Record<string, ColumnRole> | undefined = trappa ? { region: "regionCode", region_name: "region" } : undefined;
  const g = recordsFromGrid(t.header, t.rows, t.lines, { file, decimalComma: false, table, headerLine: 1, roles });
  if (trappa) {
    // The tidy form writes registered population as an empty alternative.
    for (const r of g.records) if (r.contents === "") r.contents = "Personer";
  }
  return { format: "tidy-long-csv", variant: t.header.join(","), records: g.records, where: g.where, notes: [] };
}
