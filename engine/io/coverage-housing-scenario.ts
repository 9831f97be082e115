import { type CoverageHousingScenario, parseCoverageHousingScenario } from "../coverage/coverage-housing";
import { loadScenarioFile } from "./scenario-file";

/**
 * Reads a scenario file with its whole `extends` chain (loadScenarioFile: merged and
 * validated) and parses its population, coverage and housing parts (see parseCoverageHousingScenario).
 */
export function loadCoverageHousingScenario(file: string): CoverageHousingScenario {
  const loaded = loadScenarioFile(file);
  return parseCoverageHousingScenario(loaded.resolved, file, loaded.baseDir);
}
