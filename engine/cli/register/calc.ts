import { Command, Option } from "commander";
import type { CalcFlags } from "../calc";
import { type CliContext, cliContext } from "../context";
import { norwegian, shippedNames } from "../help";

/** Adds `trappa calc PAKKE.json --prices KATALOG.csv [--format table|json|csv] [--out FIL]`; the action is loaded when it runs. */
export function registerCalc(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("calc"))
    .summary("ressurskalkulator: årskostnad, timer og årsverk for en tjenestepakke")
    .description(
      "Priser en tjenestepakke (inntil tre alternativer side om side) med en\n" +
        "prisliste: årskostnad (pris × mengde per uke × 52, eller pris × plasser),\n" +
        "årlige personaltimer (timer per uke × 52 × bemanningsfaktor ÷ andel direkte\n" +
        "tid) og årsverk, og for hver tjeneste i prislisten hvor mye det samme årlige\n" +
        "beløpet ville kjøpt.\n" +
        `Innebygde prislister: ${shippedNames("prices")}.`,
    )
    .argument("<pakke>", "pakkefil (JSON) med alternatives: [{ name, lines: [{ service, variant, quantityPerWeek | places }] }]")
    .requiredOption("--prices <katalog>", "prisliste (CSV) eller navnet på en innebygd, f.eks. oslo-nordstrand-2023-11")
    .addOption(new Option("--format <format>", "utskrift: table, json eller csv").choices(["table", "json", "csv"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm")
    .action(async (packageFile: string, flags: CalcFlags) => {
      const { calcCommand } = await import("../calc");
      ctx.exitCode = await calcCommand(packageFile, flags, ctx);
    });
  program.addCommand(cmd);
}
