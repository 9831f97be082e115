import type { WithoutServicesSeries } from "../../coverage/without-services";
import { readWithoutServices } from "../../io/without-services-file";
import type { WithoutServicesSpec } from "../../scenario/without-services";
import { col, type PartOutput, type ResultRow, type ResultTable, resultTable } from "../result-table";

/** The series as the run's `uten-tjenester` table: region, year, share (a fraction), and whether the region is the municipality. */
export function withoutServicesTable(s: WithoutServicesSeries): ResultTable {
  const rows: ResultRow[] = [];
  for (const r of s.regions) {
    for (const v of r.values)
      rows.push([r.region, r.region === s.municipality ? "yes" : "no", v.year, "share_80plus_without_services", v.share, "share of residents 80+"]);
  }
  return resultTable("uten-tjenester", [col("region"), col("municipality"), col("year", "year"), col("measure"), col("value", "value"), col("unit")], rows);
}

/** The withoutServices part of a run: the series read from `file` (absolute) as a table, its file as a source. */
export function runWithoutServicesPart(spec: WithoutServicesSpec, file: string): { series: WithoutServicesSeries; part: PartOutput } {
  const series = readWithoutServices(file, spec.municipality);
  return {
    series,
    part: {
      tables: [withoutServicesTable(series)],
      assumptions: spec.source ? [{ part: "Innbyggere 80+ uten tjenester", item: "Kilde", value: series.name, source: spec.source }] : [],
      sources: [{ role: "share of residents 80+ without services", path: file }],
      notes: [],
    },
  };
}
