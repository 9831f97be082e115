import { neededBands } from "./bands-needed";
import type { CoverageInput } from "./types";
import { InputError } from "../errors";
import type { HousingInput } from "../housing/types";
import { coverageScenarioSchema } from "../scenario/coverage";
import { housingScenarioSchema } from "../scenario/housing";
import { inlineDeclarations, type InlineDeclarations } from "../scenario/inline-uncertainty";
import { populationScenarioSchema, type PopulationScenario } from "../scenario/population";
import { parseWith } from "../scenario/zod-issues";

/** The parts of a scenario file the coverage and housing runs read. */
export interface CoverageHousingScenario {
  file: string;
  /** Folder the population file is relative to. */
  baseDir: string;
  name: string;
  /** The population part with `bands` replaced by the bands coverage and housing need. */
  population: PopulationScenario;
  coverage: CoverageInput | null;
  housing: HousingInput | null;
  /** Uncertainty declared next to values (read as plain values above); absent: none. */
  declared?: InlineDeclarations;
}

/**
 * Parses the `population`, `coverage` and `housing` keys of a scenario (already read as
 * JSON); `file` names it in errors. Other top-level keys are left to their own commands.
 * The population runs with the bands named by coverage and housing (gaps filled, see
 * neededBands), or the "eldre" set 0-66, 67-79, 80-84, 85-89, 90+ if they name none.
 */
export function parseCoverageHousingScenario(raw: unknown, file: string, baseDir = "."): CoverageHousingScenario {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new InputError(`${file}: expected a JSON object, got ${JSON.stringify(raw)?.slice(0, 40)}`);
  const json = raw as Record<string, unknown>;
  if (json.coverage === undefined && json.housing === undefined) {
    throw new InputError(`${file}: expected a "coverage" or "housing" part, got neither (keys: ${Object.keys(json).join(", ")})`);
  }
  const population = parseWith(populationScenarioSchema, json.population ?? {}, file, ["population"]);
  let coverage: CoverageInput | null = null;
  if (json.coverage !== undefined) {
    // (cast: without strictNullChecks, as in tslab, zod infers the union fields as optional)
    coverage = parseWith(coverageScenarioSchema, json.coverage, file, ["coverage"]) as CoverageInput;
  }
  let housing: HousingInput | null = null;
  if (json.housing !== undefined) {
    housing = parseWith(housingScenarioSchema, json.housing, file, ["housing"]) as HousingInput;
  }
  const labels: string[] = [];
  for (const s of coverage?.services ?? []) labels.push(...Object.keys(s.counts ?? s.rates ?? {}));
  if (housing) labels.push(...Object.keys(housing.profiles.today), ...Object.keys(housing.profiles.alternative));
  const bands = labels.length > 0 ? neededBands(labels, `${file}: coverage and housing bands`) : ["0-66", "67-79", "80-84", "85-89", "90+"];
  const name = typeof json.name === "string" ? json.name : file;
  return { file, baseDir, name, population: { ...population, bands }, coverage, housing, declared: inlineDeclarations(json.coverage, json.housing) };
}
