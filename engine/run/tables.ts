import type { PackageResult } from "../calculator/calculate";
import { packageResultRows } from "../calculator/export";
import type { CoverageRow } from "../coverage/types";
import type { CouncilSummary } from "../housing/council-summary";
import type { StaircaseResult } from "../housing/types";
import type { BandRow } from "../population/run";
import { roundValue, type ResultColumn, type ResultTable } from "./result-table";

const col = (key: string, label: string, kind: ResultColumn["kind"] = "text"): ResultColumn => ({ key, label, kind });

/** Population by alternative, year (1 January) and band, both sexes: `befolkning`. */
export function populationTable(rows: readonly BandRow[]): ResultTable {
  return {
    id: "befolkning",
    title: "Befolkning",
    description: "Befolkningen 1. januar etter framskrivingsalternativ, år og aldersgruppe (begge kjønn).",
    columns: [
      col("alternative", "alternativ"),
      col("year", "år", "year"),
      col("band", "aldersgruppe"),
      col("measure", "mål"),
      col("value", "verdi", "value"),
      col("unit", "enhet"),
    ],
    rows: rows.filter((r) => r.sex === "both").map((r) => [r.alternative, r.year, r.band, "population", roundValue(r.population), "persons"]),
  };
}

/** Coverage rows (alternative practice, year, band, service, measure): `dekningsgrader`. */
export function coverageTable(rows: readonly CoverageRow[]): ResultTable {
  return {
    id: "dekningsgrader",
    title: "Dekningsgrader og tjenester",
    description: "Dekningsgrad, brukere eller plasser, årsverk, ansatte og kostnad per tjeneste, aldersgruppe og år, for alternativ 0 og hvert alternativ.",
    columns: [
      col("alternative", "alternativ"),
      col("year", "år", "year"),
      col("band", "aldersgruppe"),
      col("service", "tjeneste"),
      col("measure", "mål"),
      col("value", "verdi", "value"),
      col("unit", "enhet"),
      col("price_year", "prisår", "year"),
    ],
    rows: rows.map((r) => [r.scenario, r.year, r.band, r.service, r.measure, roundValue(r.value), r.unit, r.priceYear ?? ""]),
  };
}

/** Housing staircase rows (profile, year, band, step, measure): `boligtrapp`. */
export function housingTable(result: StaircaseResult): ResultTable {
  return {
    id: "boligtrapp",
    title: "Boligtrapp",
    description: "Beboere, boliger, årsverk og kostnad per trinn, aldersgruppe og år, med dagens og alternativ boligprofil.",
    columns: [
      col("profile", "profil"),
      col("year", "år", "year"),
      col("band", "aldersgruppe"),
      col("step", "trinn"),
      col("measure", "mål"),
      col("value", "verdi", "value"),
      col("unit", "enhet"),
      col("price_year", "prisår", "year"),
    ],
    rows: result.rows.map((r) => [r.profile, r.year, r.band, r.step, r.measure, roundValue(r.value), r.unit, r.priceYear ?? ""]),
  };
}

/** Housing totals over bands per profile, year and step, with stock and gap: `boligtrapp-sum`. */
export function housingTotalsTable(result: StaircaseResult): ResultTable {
  const rows: Array<Array<string | number>> = [];
  const units: Record<string, string> = { residents: "persons", dwellings: "units", arsverk: "årsverk", cost: "NOK", stock: "units", gap: "units" };
  for (const t of result.totals) {
    for (const m of ["residents", "dwellings", "arsverk", "cost", "stock", "gap"] as const) {
      rows.push([t.profile, t.year, t.step, m, roundValue(t[m]), units[m], m === "cost" ? t.priceYear : ""]);
    }
  }
  return {
    id: "boligtrapp-sum",
    title: "Boligtrapp, sum",
    description: "Sum over aldersgrupper per profil, år og trinn; beholdning i dag og gap (boliger som mangler, positiv) mot beholdningen.",
    columns: [
      col("profile", "profil"),
      col("year", "år", "year"),
      col("step", "trinn"),
      col("measure", "mål"),
      col("value", "verdi", "value"),
      col("unit", "enhet"),
      col("price_year", "prisår", "year"),
    ],
    rows,
  };
}

/** The council summary: `sammendrag` (key, Norwegian label, value, unit; shares as fractions, money in mill. kr of the price year). */
export function summaryTable(s: CouncilSummary): ResultTable {
  return {
    id: "sammendrag",
    title: "Sammendrag for kommunestyret",
    description: `Boligprofil for innbyggere 67+: årsverk, ansatte, kostnader og boliger ${s.baseYear}–${s.targetYear}.`,
    columns: [col("key", "nøkkel"), col("label", "rad"), col("value", "verdi", "value"), col("unit", "enhet")],
    rows: s.rows.map((r) => [r.key, r.label, r.value, r.unit]),
  };
}

/** Priced service packages (resource calculator), one block per package: `kalkulator`. */
export function calculatorTable(results: ReadonlyArray<{ name: string; result: PackageResult }>): ResultTable {
  const rows: Array<Array<string | number>> = [];
  let header: string[] = [];
  for (const { name, result } of results) {
    const t = packageResultRows(result);
    header = t.header;
    for (const r of t.rows) rows.push([name, ...r]);
  }
  const labels: Record<string, string> = {
    table: "tabell",
    alternative: "alternativ",
    step: "trinn",
    service: "tjeneste",
    variant: "variant",
    measure: "mål",
    value: "verdi",
    unit: "enhet",
    price_year: "prisår",
  };
  const kinds: Record<string, ResultColumn["kind"]> = { value: "value", price_year: "year" };
  return {
    id: "kalkulator",
    title: "Ressurskalkulator",
    description:
      "Tjenestepakker priset med priskatalogen: årskostnad, personaltimer og årsverk per linje og alternativ, og hvor mye hver årskostnad kunne kjøpt av andre tjenester.",
    columns: [col("package", "pakke"), ...(header.length ? header : Object.keys(labels)).map((k) => col(k, labels[k] ?? k, kinds[k] ?? "text"))],
    rows,
  };
}
