import { Command, Option } from "commander";
import type { SummaryFlags } from "../summary";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa summary SCENARIO [--target-year] [--base-year] [--alternative] [--position-size] [--format]` to the program; the action is loaded when it runs. */
export function registerSummary(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("summary"))
    .summary("kommunestyresammendrag: boligprofil, årsverk og kostnader i målåret")
    .description(
      "Framskriver befolkningen i scenarioet (i aldersgruppene boligtrappen bruker), beregner " +
        "boligbehov, årsverk og kostnader per trinn med dagens og alternativ boligprofil, og skriver " +
        "sammendraget for kommunestyret: bemanning i dag, vekst med dagens profil, endring med " +
        "alternativ profil, ansatte ved gjennomsnittlig stillingsstørrelse, kostnadsøkning og " +
        "-reduksjon (mill. kr i prisåret) og boliger.",
    )
    .argument("<scenario>", "scenariofil (JSON) med population-, coverage- og housing-del, eller en mappe fra trappa init")
    .option("--target-year <år>", "målår (standard: målåret for den alternative profilen i scenarioet, f.eks. 2040)")
    .option("--base-year <år>", "basisår (standard: befolkningens første år)")
    .option("--alternative <kode>", "befolkningsalternativ (standard: det første i scenarioet, f.eks. MMMM)")
    .option("--position-size <andel>", "gjennomsnittlig stillingsstørrelse som andel (standard 0.67)")
    .addOption(new Option("--format <format>", "utskrift: table, csv eller json").choices(["table", "csv", "json"]).default("table"))
    .action(async (file: string, flags: SummaryFlags) => {
      const { summaryCommand } = await import("../summary");
      ctx.exitCode = await summaryCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
