import { bandPopulationFromRows, type BandPopulation } from "../coverage/population";
import { projectCoverage } from "../coverage/project";
import type { CoverageRow } from "../coverage/types";
import type { StaircaseResult } from "../housing/types";
import { projectStaircase } from "../housing/staircase";
import type { CoverageHousingScenario } from "../coverage/coverage-housing";
import { parseBands } from "../population/bands";
import { bandRows } from "../population/run";
import { runPopulationScenario, type PopulationJob } from "./population";
import type { WhatIfInputs } from "../housing/what-if";
import type { CouncilSummary } from "../housing/council-summary";

/** What a coverage-and-housing run of a scenario gives. */
export interface CoverageHousingRun {
  scenario: CoverageHousingScenario;
  /** The population alternative used (e.g. "MMMM"). */
  alternative: string;
  population: BandPopulation;
  coverage: CoverageRow[] | null;
  housing: StaircaseResult | null;
}

/**
 * Coverage and housing of a scenario on a population already projected (`job`, which must
 * hold `alternative` and reach the years coverage and housing need): the population is
 * summed to the bands coverage and housing name (scenario.population.bands).
 */
export function coverageHousingFromPopulation(scenario: CoverageHousingScenario, job: PopulationJob, alternative: string): CoverageHousingRun {
  const bands = parseBands(scenario.population.bands, `${scenario.file}: coverage and housing bands`);
  const population = bandPopulationFromRows(
    bandRows(job.run, bands).filter((r) => r.alternative === alternative),
    alternative,
  );
  const coverage = scenario.coverage ? projectCoverage(scenario.coverage, population, `${scenario.file}: coverage`) : null;
  const housing = scenario.housing ? projectStaircase(scenario.housing, population, `${scenario.file}: housing`) : null;
  return { scenario, alternative, population, coverage, housing };
}

/** The last year a coverage-and-housing run needs: the population's, the housing target's and `endYear`, whichever is latest. */
export function coverageHousingEndYear(scenario: CoverageHousingScenario, endYear?: number): number {
  return Math.max(scenario.population.endYear, endYear ?? 0, scenario.housing?.path.targetYear ?? 0);
}

/**
 * Runs a scenario's population (one alternative: `alternative`, default the scenario's
 * first; to at least `endYear`) with the bands coverage and housing need, then its
 * coverage and housing parts. Reads files (population defaults), so it lives at the edge.
 */
export function runCoverageHousingScenario(scenario: CoverageHousingScenario, options: { alternative?: string; endYear?: number } = {}): CoverageHousingRun {
  const alternative = options.alternative ?? scenario.population.alternatives[0];
  const endYear = coverageHousingEndYear(scenario, options.endYear);
  const job = runPopulationScenario({ ...scenario.population, alternatives: [alternative], endYear }, scenario.baseDir, `${scenario.file}: population`);
  return coverageHousingFromPopulation(scenario, job, alternative);
}

/**
 * What the report's «Hva om?» panel recomputes from: the housing part as parsed, the
 * population of every alternative of the projection in the housing bands (alternative → year
 * → band → persons, the same numbers coverageHousingFromPopulation hands the staircase) and
 * the council summary's years and position size.
 */
export function whatIfInputsOf(run: CoverageHousingRun, job: PopulationJob, summary: CouncilSummary): WhatIfInputs | null {
  if (!run.scenario.housing) return null;
  const bands = parseBands(run.scenario.population.bands, `${run.scenario.file}: coverage and housing bands`);
  const populations: WhatIfInputs["populations"] = {};
  for (const r of bandRows(job.run, bands)) {
    const alt = (populations[r.alternative] ??= {});
    (alt[r.year] ??= {})[r.band] = r.population;
  }
  return {
    housing: run.scenario.housing,
    populations,
    alternative: run.alternative,
    summary: { baseYear: summary.baseYear, targetYear: summary.targetYear, positionSize: summary.positionSize },
  };
}
