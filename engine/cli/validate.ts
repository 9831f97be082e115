import { InputError } from "../errors";
import { checkScenarioFile } from "../io/scenario-file";
import { resolveScenario } from "../scenario/resolve";
import { formatIssues } from "../errors";
import type { CliIo, CommandResult } from "./context";

const PART_NAMES: Record<string, string> = {
  population: "befolkning",
  coverage: "dekningsgrader",
  housing: "boligtrapp",
  prices: "ressurskalkulator",
  personas: "personaforløp",
  report: "rapportvalg",
};

/** Runs `trappa validate` with the arguments and flags commander parsed (options and help: register/validate.ts), writing to `io`. */
export function validateCommand(file: string, io: CliIo): CommandResult {
  const { loaded, issues } = checkScenarioFile(file);
  if (!loaded) throw new InputError(`${issues.length} ${issues.length === 1 ? "feil" : "feil"} i ${file}:\n${formatIssues(issues)}`);
  // The run-wide choices too (every year field against the base year), as `run` would decide them.
  resolveScenario(loaded);
  const parts = Object.keys(PART_NAMES)
    .filter((k) => (loaded.scenario as Record<string, unknown>)[k] !== undefined)
    .map((k) => PART_NAMES[k]);
  const chain = loaded.chain.length > 1 ? ` (arver fra ${loaded.chain.slice(0, -1).join(" → ")})` : "";
  io.stdout.write(`OK: ${file}${chain}\nScenario: ${loaded.scenario.name}\nDeler: ${parts.join(", ")}\nInnholdshash: ${loaded.hash}\n`);
  return 0;
}
