import { Command, Option } from "commander";
import { readRunTables } from "../io/run-dir";
import { compareRuns, comparisonCsv, comparisonText } from "../report/compare";
import { norwegian } from "./help";

/** Adds `trappa compare DIR_A DIR_B [--format table|csv]` to the program. */
export function registerCompare(program: Command): void {
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
    .action((dirA: string, dirB: string, flags: { format: "table" | "csv" }) => {
      const names = { a: dirA, b: dirB };
      const rows = compareRuns(readRunTables(dirA), readRunTables(dirB), names);
      process.stdout.write(flags.format === "csv" ? comparisonCsv(rows) : `A = ${dirA}, B = ${dirB}\n\n${comparisonText(rows, { a: "A", b: "B" })}`);
    });
  program.addCommand(cmd);
}
