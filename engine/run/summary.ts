import type { CouncilSummary } from "../housing/council-summary";
import { parseCoverageHousingScenario } from "../coverage/coverage-housing";
import { InputError } from "../errors";
import type { ResolvedScenario } from "../scenario/resolve";
import { type CoverageHousingRun, coverageHousingFromPopulation } from "./coverage-housing";
import { runPopulationScenario } from "./population";
import { councilSummaryOf } from "./parts/population";
import { coverageHousingJson } from "./parts/home-services";

/**
 * The council summary of a resolved scenario, computed exactly as `trappa run` computes its
 * `sammendrag` table: the run's population projection (every alternative, to the resolved
 * end year), coverage and housing under the reported alternative, the summary in the
 * resolved target year. Reads the population file; throws an InputError without a housing part.
 *
 * @example runCouncilSummary(resolveScenario(loadScenarioFile("scenarios/default.json"))).summary.targetYear // 2040
 */
export function runCouncilSummary(r: ResolvedScenario): { summary: CouncilSummary; run: CoverageHousingRun } {
  if (!r.scenario.housing) throw new InputError(`${r.file}: housing: expected a housing part for the council summary, got none`);
  const job = runPopulationScenario(r.population, r.baseDir, `${r.file}: population`);
  const run = coverageHousingFromPopulation(parseCoverageHousingScenario(coverageHousingJson(r), r.file, r.baseDir), job, r.alternative);
  return { summary: councilSummaryOf(r, run), run };
}
