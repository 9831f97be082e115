import { Command, CommanderError } from "commander";
import { InputError, UsageError } from "./errors";
import { norwegian, usageExitCode } from "./cli/help";
import { registerProject } from "./cli/project";
import { registerBacktest } from "./cli/backtest";
import { registerImportSsb } from "./cli/import-ssb";
import { registerSummary } from "./cli/summary";
import { registerCalc } from "./cli/calc";
import { registerEffort } from "./cli/effort";
import { registerPathways } from "./cli/pathways";
import { registerRun } from "./cli/run";
import { registerValidate } from "./cli/validate";
import { registerCompare } from "./cli/compare";
import { registerSensitivity } from "./cli/sensitivity";
import { ENGINE_VERSION } from "./version";

function buildProgram(): Command {
  const program = norwegian(new Command("trappa"))
    .description(
      "Trappa: framskrivinger og scenarioer for kommunale helse- og omsorgstjenester.\n" +
        "Befolkningsframskriving (SSB-stil), dekningsgrader, boligtrapp, ressurskalkulator,\n" +
        "innsatstrapp og personaforløp.",
    )
    .version(ENGINE_VERSION, "-V, --version", "vis versjonsnummer")
    .helpCommand("help [kommando]", "vis hjelp for en kommando");
  registerProject(program);
  registerBacktest(program);
  registerImportSsb(program);
  registerSummary(program);
  registerCalc(program);
  registerEffort(program);
  registerPathways(program);
  registerRun(program);
  registerValidate(program);
  registerCompare(program);
  registerSensitivity(program);
  return program;
}

/**
 * Runs the `trappa` command line with the given arguments (without `node` and the script).
 * Returns the exit code: 0 on success, 1 on bad input, 2 on usage errors.
 */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return usageExitCode(err);
    if (err instanceof UsageError) {
      process.stderr.write(`feil: ${err.message}\n(skriv --help for hjelp)\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`feil i inndata: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
