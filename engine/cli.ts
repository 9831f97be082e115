import { Command } from "commander";
import { type CliIo, cliContext, type CliContext } from "./cli/context";
import { reportError } from "./cli/exit";
import { norwegian } from "./cli/help";
import { registerProject } from "./cli/register/project";
import { registerBacktest } from "./cli/register/backtest";
import { registerImportSsb } from "./cli/register/import-ssb";
import { registerInit } from "./cli/register/init";
import { registerSummary } from "./cli/register/summary";
import { registerCalc } from "./cli/register/calc";
import { registerEffort } from "./cli/register/effort";
import { registerHomeServices } from "./cli/register/hjemmetjenester";
import { registerPathways } from "./cli/register/pathways";
import { registerRun } from "./cli/register/run";
import { registerValidate } from "./cli/register/validate";
import { registerCompare } from "./cli/register/compare";
import { registerSensitivity } from "./cli/register/sensitivity";
import { ENGINE_VERSION } from "./version";

/**
 * The `trappa` program: every command's name, Norwegian help and options. Only commander
 * and the help helpers are loaded here; a command's action, and the engine behind it, is
 * imported when that command runs (engine/cli/<kommando>.ts).
 */
function buildProgram(ctx: CliContext): Command {
  const program = norwegian(new Command("trappa"))
    .description(
      "Trappa: framskrivinger og scenarioer for kommunale helse- og omsorgstjenester.\n" +
        "Befolkningsframskriving (SSB-stil), dekningsgrader, boligtrapp, ressurskalkulator,\n" +
        "innsatstrapp, hjemmetjenester og personaforløp.\n" +
        "Avslutningskoder: 0 ferdig, 2 feil i inndata eller valg, 1 intern feil (--debug viser detaljene).",
    )
    .version(ENGINE_VERSION, "-V, --version", "vis versjonsnummer")
    .helpCommand("help [kommando]", "vis hjelp for en kommando");
  registerProject(program, ctx);
  registerBacktest(program, ctx);
  registerImportSsb(program, ctx);
  registerInit(program, ctx);
  registerSummary(program, ctx);
  registerCalc(program, ctx);
  registerEffort(program, ctx);
  registerHomeServices(program, ctx);
  registerPathways(program, ctx);
  registerRun(program, ctx);
  registerValidate(program, ctx);
  registerCompare(program, ctx);
  registerSensitivity(program, ctx);
  // Help, version and commander's own errors go to this call's streams too.
  for (const cmd of [program, ...program.commands]) {
    cmd.configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  }
  return program;
}

/**
 * Runs the `trappa` command line with the given arguments (without `node` and the script),
 * writing to `io` (default: the process's stdout and stderr). Returns the exit code: 0 on
 * success, 2 on bad input (InputError) and usage errors (UsageError, unknown options, bad
 * option values), which print one Norwegian message and never a stack; 1 on an internal
 * error (a bug), which prints a one-line hint, and its stack only with `--debug` (anywhere
 * on the command line) or `TRAPPA_DEBUG=1`.
 */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  const ctx = cliContext(io);
  const debug = argv.includes("--debug") || process.env.TRAPPA_DEBUG === "1";
  const args = argv.filter((a) => a !== "--debug");
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(args, { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    return reportError(err, ctx.stderr, debug);
  }
}
