import type { PackageResult } from "../calculator/calculate";
import { packageResultRows } from "../calculator/export";
import type { CoverageRow } from "../coverage/types";
import type { BuildNeedRow } from "../housing/build-need";
import type { CouncilSummary } from "../housing/council-summary";
import type { StaircaseResult } from "../housing/types";
import type { BandRow } from "../population/run";
import { col, type ResultColumn, type ResultRow, type ResultTable, resultTable, roundValue } from "./result-table";

/** Population by alternative, year (1 January) and band, both sexes: `befolkning`. */
export function populationTable(rows: readonly BandRow[]): ResultTable {
  return resultTable(
    "befolkning",
    [col("alternative"), col("year", "year"), col("band"), col("measure"), col("value", "value"), col("unit")],
    rows.filter((r) => r.sex === "both").map((r) => [r.alternative, r.year, r.band, "population", roundValue(r.population), "persons"]),
  );
}

/** Coverage rows (alternative practice, year, band, service, measure): `dekningsgrader`. */
export function coverageTable(rows: readonly CoverageRow[]): ResultTable {
  return resultTable(
    "dekningsgrader",
    [col("alternative"), col("year", "year"), col("band"), col("service"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")],
    rows.map((r) => [r.scenario, r.year, r.band, r.service, r.measure, roundValue(r.value), r.unit, r.priceYear ?? ""]),
  );
}

/** Housing staircase rows (profile, year, band, step, measure): `boligtrapp`. */
export function housingTable(result: StaircaseResult): ResultTable {
  return resultTable(
    "boligtrapp",
    [col("profile"), col("year", "year"), col("band"), col("step"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")],
    result.rows.map((r) => [r.profile, r.year, r.band, r.step, r.measure, roundValue(r.value), r.unit, r.priceYear ?? ""]),
  );
}

/** Housing totals over bands per profile, year and step, with stock and gap: `boligtrapp-sum`. */
export function housingTotalsTable(result: StaircaseResult): ResultTable {
  const rows: ResultRow[] = [];
  const units: Record<string, string> = { residents: "persons", dwellings: "units", arsverk: "årsverk", cost: "NOK", stock: "units", gap: "units" };
  for (const t of result.totals) {
    for (const m of ["residents", "dwellings", "arsverk", "cost", "stock", "gap"] as const) {
      rows.push([t.profile, t.year, t.step, m, roundValue(t[m]), units[m], m === "cost" ? t.priceYear : ""]);
    }
  }
  return resultTable(
    "boligtrapp-sum",
    [col("profile"), col("year", "year"), col("step"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")],
    rows,
  );
}

/** The council summary: `sammendrag` (key, Norwegian label, value, unit; shares as fractions, money in mill. kr of the price year). */
export function summaryTable(s: CouncilSummary): ResultTable {
  return resultTable(
    "sammendrag",
    [col("key"), col("label"), col("value", "value"), col("unit")],
    s.rows.map((r) => [r.key, r.label, r.value, r.unit]),
  );
}

/** Priced service packages (resource calculator), one block per package: `kalkulator`. */
export function calculatorTable(results: ReadonlyArray<{ name: string; result: PackageResult }>): ResultTable {
  const rows: ResultRow[] = [];
  let header: string[] = [];
  for (const { name, result } of results) {
    const t = packageResultRows(result);
    header = t.header;
    for (const r of t.rows) rows.push([name, ...r]);
  }
  const keys = ["table", "alternative", "step", "service", "variant", "measure", "value", "unit", "price_year"];
  const kinds: Record<string, ResultColumn["kind"]> = { value: "value", price_year: "year" };
  return resultTable("kalkulator", [col("package"), ...(header.length ? header : keys).map((k) => col(k, kinds[k] ?? "text"))], rows);
}

/**
 * The build/convert need per profile, period and step (units built in the period and
 * cumulative since the base year) and, for steps with an investment per unit, the
 * investment, the state grant and the net investment in kroner of the investment's price
 * year: `bygging`.
 */
export function buildNeedTable(rows: readonly BuildNeedRow[]): ResultTable {
  const out: ResultRow[] = [];
  for (const r of rows) {
    out.push([r.profile, r.period, r.step, "build_units", roundValue(r.build), "units", ""]);
    out.push([r.profile, r.period, r.step, "cumulative_units", roundValue(r.cumulative), "units", ""]);
    if (r.investmentPriceYear !== null) {
      out.push([r.profile, r.period, r.step, "investment_nok", roundValue(r.investmentNok), "NOK", r.investmentPriceYear]);
      out.push([r.profile, r.period, r.step, "grant_nok", roundValue(r.grantNok), "NOK", r.investmentPriceYear]);
      out.push([r.profile, r.period, r.step, "net_investment_nok", roundValue(r.netInvestmentNok), "NOK", r.investmentPriceYear]);
    }
  }
  return resultTable(
    "bygging",
    [col("profile"), col("period"), col("step"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")],
    out,
  );
}
