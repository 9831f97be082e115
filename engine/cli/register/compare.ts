import { Command, Option } from "commander";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa compare DIR_A DIR_B [--format table|csv]` to the program; the action is loaded when it runs. */
export function registerCompare(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("compare"))
    .summary("sammenlign to kjøringer tabell for tabell: differanse og forhold")
    .description(
      "Leser CSV-tabellene i to mapper skrevet av trappa run og sammenligner alle tabellene de har " +
        "felles, rad for rad: verdien i A og B, differansen B − A og forholdet B / A. Rader matches " +
        "på alle kolonner unntatt value og label. Det er en feil om mappene ikke har noen tabell felles. " +
        "table viser bare radene med forskjell; csv gir alle radene.",
    )
    .argument("<mappe-a>", "første kjøring (f.eks. out/default)")
    .argument("<mappe-b>", "andre kjøring (f.eks. out/halv-boliggjoring)")
    .addOption(new Option("--format <format>", "utskrift: table eller csv").choices(["table", "csv"]).default("table"))
    .action(async (dirA: string, dirB: string, flags: { format: "table" | "csv" }) => {
      const { compareCommand } = await import("../compare");
      ctx.exitCode = await compareCommand(dirA, dirB, flags, ctx);
    });
  program.addCommand(cmd);
}
