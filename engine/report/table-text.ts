import type { ResultTable } from "../run/result-table";

/**
 * The Norwegian words of a run's result tables: the title of each table (the sheet name in
 * results.xlsx, the title in run.json) and the heading of each column. The run builds its
 * tables with English keys only (the tidy CSV headers); every word a user reads is here.
 */
const TITLES: Record<string, string> = {
  befolkning: "Befolkning",
  dekningsgrader: "Dekningsgrader og tjenester",
  boligtrapp: "Boligtrapp",
  "boligtrapp-sum": "Boligtrapp, sum",
  bygging: "Bygging og investering",
  sammendrag: "Sammendrag for kommunestyret",
  kalkulator: "Ressurskalkulator",
  innsatstrapp: "Innsatstrapp",
  hjemmetjenester: "Hjemmetjenester",
  "uten-tjenester": "Innbyggere 80+ uten tjenester",
  "persona-tidslinje": "Persona, tidslinje",
  "persona-monte-carlo": "Persona, Monte Carlo",
  oppskalering: "Oppskalering til kommunen",
  "oppskalering-metoder": "Oppskalering, to metoder",
  "befolkning-usikkerhet": "Befolkning, usikkerhet",
  "sammendrag-usikkerhet": "Sammendrag, usikkerhet",
  "tjenester-usikkerhet": "Tjenester og bolig, usikkerhet",
  "oppskalering-usikkerhet": "Oppskalering, usikkerhet",
  indikatorer: "Egne nøkkeltall",
  "indikatorer-usikkerhet": "Egne nøkkeltall, usikkerhet",
  "oppskalering-publisert-usikkerhet": "Oppskalering publ., usikkerhet",
};

/** Column headings by key, the same in every table unless the table says otherwise below. */
const LABELS: Record<string, string> = {
  age: "Alder",
  alternative: "Alternativ",
  analysis: "Analyse",
  band: "Aldersgruppe",
  formula: "Formel",
  indicator: "Nøkkeltall",
  cost_centre: "Ansvar",
  shift: "Forskyvning eller visning",
  staircase: "Innsatstrapp",
  step_name: "Trinnets navn",
  user_group: "Brukergruppe",
  item: "Tjeneste eller trinn",
  key: "Nøkkel",
  group: "Gruppe",
  label: "Rad",
  measure: "Mål",
  method: "Metode",
  selected: "Vist i rapporten",
  municipality: "Kommunen selv",
  region: "Region",
  package: "Pakke",
  part: "Del",
  pathway: "Forløp",
  period: "Periode",
  year_count: "År fra start",
  person_replicates: "Forløp per sett",
  phase: "Fase",
  price_year: "Prisår",
  profile: "Profil",
  replicates: "Replikater",
  scenario: "Scenario",
  seed: "Frø",
  service: "Tjeneste",
  statistic: "Persentil",
  step: "Trinn",
  table: "Tabell",
  unit: "Enhet",
  value: "Verdi",
  variant: "Variant",
  year: "År",
};

/** Headings a table gives a key in its own words. */
const TABLE_LABELS: Record<string, Record<string, string>> = {
  "persona-monte-carlo": { statistic: "Mål (gjennomsnitt, standardfeil, persentil)" },
  oppskalering: { phase: "Forløp/fase", statistic: "Mål (gjennomsnitt, standardfeil, persentil)" },
  "oppskalering-usikkerhet": { statistic: "Persentil eller standardavvik" },
  "tjenester-usikkerhet": { variant: "Alternativ eller profil" },
};

/** The Norwegian title of a result table (its id when the table is not one of the run's own). */
export function tableTitle(t: Pick<ResultTable, "id">): string {
  return TITLES[t.id] ?? t.id;
}

/** The Norwegian heading of each column of a result table, in order (the key when no heading is known). */
export function columnLabels(t: Pick<ResultTable, "id" | "columns">): string[] {
  return t.columns.map((c) => TABLE_LABELS[t.id]?.[c.key] ?? LABELS[c.key] ?? c.key);
}
