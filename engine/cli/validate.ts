import { InputError } from "../errors";
import { checkScenarioFile } from "../io/scenario-file";
import { resolveScenario } from "../scenario/resolve";
import { formatIssues } from "../errors";
import type { CliIo, CommandResult } from "./context";
import { scenarioArgument } from "./scenario-arg";
import { templateNote } from "../run/parts/inputs";

const PART_NAMES: Record<string, string> = {
  population: "befolkning",
  coverage: "dekningsgrader",
  housing: "boligtrapp",
  prices: "ressurskalkulator",
  personas: "personaforløp",
  report: "rapportvalg",
};

/** Runs `trappa validate` with the arguments and flags commander parsed (options and help: register/validate.ts), writing to `io`. */
export function validateCommand(arg: string, io: CliIo): CommandResult {
  const file = scenarioArgument(arg);
  const { loaded, issues } = checkScenarioFile(file);
  if (!loaded) throw new InputError(`${issues.length} ${issues.length === 1 ? "feil" : "feil"} i ${file}:\n${formatIssues(issues)}`);
  // The run-wide choices too (every year field against the base year), as `run` would decide them.
  resolveScenario(loaded);
  const parts = Object.keys(PART_NAMES)
    .filter((k) => (loaded.scenario as Record<string, unknown>)[k] !== undefined)
    .map((k) => PART_NAMES[k]);
  const chain = loaded.chain.length > 1 ? ` (arver fra ${loaded.chain.slice(0, -1).join(" → ")})` : "";
  io.stdout.write(`OK: ${file}${chain}\nScenario: ${loaded.scenario.name}\nDeler: ${parts.join(", ")}\nInnholdshash: ${loaded.hash}\n`);
  for (const i of loaded.inputs ?? [])
    io.stdout.write(
      `Inndata: ${i.file}: ${i.values} verdier, ${i.template.length === 0 ? "ingen malverdier" : `${i.template.length} malverdier`}${i.unsourced.length ? `, ${i.unsourced.length} endret uten kilde` : ""}\n`,
    );
  const note = templateNote(loaded.inputs ?? []);
  if (note) io.stdout.write(`${note}\n`);
  return 0;
}
