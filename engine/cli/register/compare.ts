import { Command, Option } from "commander";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa compare A B [--format table|csv]` (two run folders, or two staircases) to the program; the action is loaded when it runs. */
export function registerCompare(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("compare"))
    .summary("sammenlign to kjøringer tabell for tabell, eller to innsatstrapper trinn for trinn")
    .description(
      "Leser CSV-tabellene i to mapper skrevet av trappa run og sammenligner alle tabellene de har " +
        "felles, rad for rad: verdien i A og B, differansen B − A og forholdet B / A. Rader matches " +
        "på alle kolonner unntatt value og label. Det er en feil om mappene ikke har noen tabell felles. " +
        "table viser bare radene med forskjell; csv gir alle radene. Har begge kjøringene " +
        "innsatstrapp.csv, vises også innsatstrappene trinn for trinn.\n" +
        "Er A og B ikke begge mapper, sammenlignes to innsatstrapper trinn for trinn (i år mot i fjor, " +
        "eller mot en annen kommune): kostnad, andel (endring i prosentpoeng), mottakere, kroner per " +
        "mottaker og årsverk, med differansen B − A. A og B kan da være en kjøringsmappe, en scenariofil " +
        "med innsatstrappdel, en innsatstrappfil (JSON), en trappefil (CSV) eller en innebygd trapp " +
        "(f.eks. asker-2020, faerder-2024). Trinnene matches på nummer.",
    )
    .argument("<a>", "første kjøring (f.eks. out/default) eller innsatstrapp")
    .argument("<b>", "andre kjøring (f.eks. out/halv-boliggjoring) eller innsatstrapp")
    .addOption(new Option("--format <format>", "utskrift: table eller csv").choices(["table", "csv"]).default("table"))
    .action(async (dirA: string, dirB: string, flags: { format: "table" | "csv" }) => {
      const { compareCommand } = await import("../compare");
      ctx.exitCode = await compareCommand(dirA, dirB, flags, ctx);
    });
  program.addCommand(cmd);
}
