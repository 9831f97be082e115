import type { Json } from "../../scenario/merge-patch";
import type { PlaceFacts } from "./facts";

/** The files `trappa init` writes into a scenario folder. */
export const INIT_FILES = {
  scenario: "scenario.json",
  population: "befolkning-ssb.csv",
  rates: "dekningsgrader.csv",
  staffing: "arsverk-og-kostnader.csv",
  housingProfile: "boligprofil.csv",
} as const;

/** Default target year of a new scenario (within the file's years). */
export const INIT_TARGET_YEAR = 2040;

export interface InitScenarioOptions {
  facts: PlaceFacts;
  /** The template as `extends` writes it (relative to the new folder, or absolute). */
  extendsPath: string;
  /** The template's merged scenario (to know which parts it has and which population keys to clear). */
  template: Record<string, Json>;
  /** The template as shown to readers (e.g. "scenarios/maler/kommune.json"). */
  templateShown: string;
  /** The SSB file's name, for the description. */
  sourceFile: string;
  targetYear: number;
}

/**
 * The scenario.json of a new municipality's folder: it extends the template and sets the
 * place (code and name from the data), the population calibrated to the SSB extract beside
 * it in every year of its MMMM (the file's alternatives, its age groups as bands, its last year as end year), the base
 * year of coverage and housing, the target year, and the input CSVs. Population keys of the
 * template that it does not set (another place's file, flows or assumptions) are cleared
 * with null, so nothing of the template's place is left.
 */
export function initScenarioJson(o: InitScenarioOptions): Record<string, Json> {
  const f = o.facts;
  const population: Record<string, Json> = {
    region: f.code,
    name: f.name,
    calibrateTo: INIT_FILES.population,
    calibrate: true,
    // Every year of SSB's MMMM after the base: the run's MMMM is SSB's in each of them.
    calibrateYears: f.years.filter((y) => y > f.baseYear),
    alternatives: f.alternatives,
    endYear: f.lastYear,
    bands: f.bands ?? "plan",
  };
  const templatePop = o.template.population;
  if (templatePop && typeof templatePop === "object" && !Array.isArray(templatePop)) {
    for (const k of Object.keys(templatePop)) if (!(k in population)) population[k] = null;
  }
  const round = f.round !== null ? `, framskrivingsår ${f.round}` : "";
  const table = f.table ? `, tabell ${f.table}` : "";
  const out: Record<string, Json> = {
    extends: o.extendsPath,
    name: `${f.name} ${o.targetYear}`,
    description:
      `${f.name} (${f.code}), laget med trappa init fra ${o.sourceFile} (SSB${table}${round}) og malen ${o.templateShown}. ` +
      `Befolkningen er kalibrert til SSBs MMMM i ${INIT_FILES.population}; dekningsgrader, årsverk og kostnader per enhet og dagens boligprofil ` +
      `står i CSV-filene i denne mappen, forhåndsutfylt med malens verdier til kommunens egne er lagt inn.`,
    report: { title: `${f.name} ${o.targetYear}: befolkning, tjenester og boligtrapp`, alternative: "MMMM", targetYear: o.targetYear },
    population,
  };
  const inputs: Record<string, Json> = {};
  if (o.template.coverage) {
    out.coverage = { baseYear: f.baseYear };
    inputs.rates = INIT_FILES.rates;
  }
  if (o.template.housing) {
    out.housing = { baseYear: f.baseYear, targetYear: o.targetYear };
    inputs.housingProfile = INIT_FILES.housingProfile;
  }
  if (o.template.coverage || o.template.housing) inputs.staffing = INIT_FILES.staffing;
  if (Object.keys(inputs).length) out.inputs = inputs;
  return out;
}
