import { InputError } from "../errors";
import { parseCoverageHousingScenario } from "../io/coverage-housing-scenario";
import { loadScenarioFile, scenarioFileRefs, type LoadedScenario } from "../io/scenario-file";
import { resolveUncertainty, type UncertaintySettings } from "./parameters";
import { prepareUncertainty, type UncertaintySetup } from "./run";

/** The persona file of a loaded scenario (absolute), or null without a `personas` part or with `personas.scaleUp` false. */
export function scenarioPersonaFile(loaded: LoadedScenario): string | null {
  if (!loaded.scenario.personas || loaded.scenario.personas.scaleUp === false) return null;
  const ref = scenarioFileRefs(loaded).find((r) => r.path.join(".") === "personas.file");
  return ref ? ref.absolute : null;
}

/**
 * A scenario file (or a loaded scenario) prepared for `trappa sensitivity` and notebooks:
 * its coverage and housing parts, the resolved `uncertainty` settings (seed: `seed`, else
 * `uncertainty.seed`, else `report.seed`, else 2040) and the setup, the persona's scale-up
 * included when the scenario has a `personas` part. Reads the files it names.
 *
 * @example prepareScenarioUncertainty("scenarios/default.json").setup.pathways?.transition // { from: "normal", to: "proactive" }
 */
export function prepareScenarioUncertainty(
  scenario: string | LoadedScenario,
  options: { seed?: number; alternative?: string } = {},
): { loaded: LoadedScenario; settings: UncertaintySettings; setup: UncertaintySetup } {
  const loaded = typeof scenario === "string" ? loadScenarioFile(scenario) : scenario;
  const parts = parseCoverageHousingScenario(loaded.resolved, loaded.file, loaded.baseDir);
  if (!parts.housing) throw new InputError(`${loaded.file}: housing: expected a housing part for the council summary, got none`);
  const block = loaded.scenario.uncertainty;
  const resolved = resolveUncertainty(block, parts, { file: loaded.file, reportSeed: loaded.scenario.report?.seed });
  const settings = options.seed === undefined ? resolved : { ...resolved, seed: options.seed };
  const personaFile = scenarioPersonaFile(loaded);
  const setup = prepareUncertainty(parts, settings, {
    alternative: options.alternative ?? loaded.scenario.report?.alternative,
    targetYear: loaded.scenario.report?.targetYear,
    personaFile: personaFile ?? undefined,
    pathways: block?.pathways,
  });
  return { loaded, settings, setup };
}
