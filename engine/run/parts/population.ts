import { dirname } from "node:path";
import { type CoverageHousingScenario, parseCoverageHousingScenario } from "../../coverage/coverage-housing";
import { buildNeed, type BuildNeedRow } from "../../housing/build-need";
import { councilSummary, type CouncilSummary } from "../../housing/council-summary";
import type { WhatIfInputs } from "../../housing/what-if";
import { bandRows, type BandRow } from "../../population/run";
import { dataPath } from "../../root";
import type { ResolvedScenario } from "../../scenario/resolve";
import { coverageHousingFromPopulation, type CoverageHousingRun, whatIfInputsOf } from "../coverage-housing";
import { runMeasures } from "../indicator-measures";
import type { UncertainIndicators } from "../indicator-uncertainty";
import { compileIndicators, evaluateIndicators, indicatorTable, type IndicatorValues } from "../indicators";
import { type PopulationJob, runPopulationScenario } from "../population";
import type { PartOutput, ResultTable } from "../result-table";
import { buildNeedTable, coverageTable, housingTable, housingTotalsTable, populationTable, summaryTable } from "../tables";
import { coverageHousingJson } from "./home-services";

/** The population part of a run: the band rows of every alternative, their names, the place and the population file (shown relative to the project). */
export interface PopulationOutput {
  rows: BandRow[];
  bands: string[];
  alternatives: string[];
  names: Record<string, string>;
  place: string;
  file: string;
}

/** What the population part gives the run: the one projection and what was built on it. */
export interface PopulationPartResult {
  /** The run's one projection (every alternative, to the end year): every other part reads this one. */
  job: PopulationJob;
  /** The coverage and housing scenario, when the run has either. */
  ch: CoverageHousingScenario | null;
  population: PopulationOutput | null;
  coverageHousing: CoverageHousingRun | null;
  buildNeed: BuildNeedRow[] | null;
  summary: CouncilSummary | null;
  whatIf: WhatIfInputs | null;
  indicators: IndicatorValues[];
  /** The compiled indicators, for the uncertainty replicates. */
  uncertainIndicators?: UncertainIndicators;
  part: PartOutput;
}

/**
 * The population, coverage, housing and indicators of a run, on one projection of every
 * alternative: the population table; coverage (the reported alternative) and housing with
 * the build need, the council summary (in the target year) and the «Hva om?» inputs; the
 * scenario's own key figures. With `projectOnly` (a run that needs the projection only for
 * the scale-up or the uncertainty) only the projection.
 */
export function runPopulationPart(r: ResolvedScenario, projectOnly: boolean): PopulationPartResult {
  const s = r.scenario;
  const where = r.file;
  const job = runPopulationScenario(r.population, r.baseDir, `${where}: population`);
  const out: PopulationPartResult = {
    job,
    ch: null,
    population: null,
    coverageHousing: null,
    buildNeed: null,
    summary: null,
    whatIf: null,
    indicators: [],
    part: { tables: [], assumptions: [], sources: [], notes: [] },
  };
  if (projectOnly) return out;
  const hasCH = s.coverage !== undefined || s.housing !== undefined;
  const rows = bandRows(job.run, job.bands);
  const ch = hasCH ? parseCoverageHousingScenario(coverageHousingJson(r), where, r.baseDir) : null;
  out.ch = ch;
  out.population = {
    rows,
    bands: job.bands.map((b) => b.label),
    alternatives: [...r.alternatives],
    names: job.assumptions.alternatives,
    place: job.run.place.name,
    file: displayPath(job.file),
  };
  const tables: ResultTable[] = [populationTable(rows)];
  out.part.sources.push(
    { role: "population", path: job.file },
    { role: "national assumptions", path: dataPath("ssb-2024-assumptions.json") },
    { role: "mortality shape", path: dataPath("mortality-shape-norway.json") },
  );
  if (ch) {
    const run = coverageHousingFromPopulation(ch, job, r.alternative);
    out.coverageHousing = run;
    if (run.coverage) tables.push(coverageTable(run.coverage));
    const rb = ch.coverage?.registeredBase;
    if (rb) {
      out.part.notes.push(
        `Dekningsgradene er kalibrert til et registrert grunnlag i ${rb.year}` +
          `${rb.arsverk !== undefined ? ` (${String(rb.arsverk).replace(".", ",")} årsverk)` : ""}: tallene for ${Math.max(rb.year, ch.coverage?.baseYear ?? run.population.years[0])} er de registrerte, veksten etter det er modellert.`,
      );
    }
    if (run.housing) {
      tables.push(housingTable(run.housing), housingTotalsTable(run.housing));
      out.buildNeed = buildNeed(run.housing, ch.housing?.periods);
      tables.push(buildNeedTable(out.buildNeed));
      out.summary = councilSummaryOf(r, run);
      out.whatIf = whatIfInputsOf(run, job, out.summary);
      tables.push(summaryTable(out.summary));
    }
  }
  if (s.indicators) {
    const shape = { bands: job.bands, services: ch?.coverage?.services ?? [], housing: Boolean(out.coverageHousing?.housing) };
    out.uncertainIndicators = { specs: compileIndicators(s.indicators, shape, where), shape, file: where };
    const measures = runMeasures({
      shape,
      alternative: r.alternative,
      population: rows,
      coverage: out.coverageHousing?.coverage ?? null,
      housing: out.coverageHousing?.housing?.totals ?? null,
    });
    out.indicators = evaluateIndicators(out.uncertainIndicators.specs, measures, where);
    tables.push(indicatorTable(out.indicators));
  }
  out.part.tables = tables;
  return out;
}

/** The council summary of a run: in the resolved target year, with the resolved summary base year and position size. */
export function councilSummaryOf(r: ResolvedScenario, run: CoverageHousingRun): CouncilSummary {
  return councilSummary(run.housing!, {
    targetYear: r.targetYear,
    ...(r.summaryBaseYear !== null ? { baseYear: r.summaryBaseYear } : {}),
    ...(r.positionSize !== null ? { positionSize: r.positionSize } : {}),
  });
}

/** A path inside the project shown relative to it (the embedded data), any other as given. */
function displayPath(p: string): string {
  const rootDir = dirname(dirname(dataPath("x")));
  return p.startsWith(`${rootDir}/`) ? p.slice(rootDir.length + 1) : p;
}
