import { Command, Option } from "commander";
import type { Flags } from "../backtest";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa backtest` to the program; the action is loaded when it runs. */
export function registerBacktest(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("backtest"))
    .summary("tilbaketest: hvor godt har framskrivingene truffet?")
    .description(
      "Framskriver fra registrert befolkning i et basisår, H år fram, og sammenligner med\n" +
        "registrert befolkning: gjennomsnittlig absolutt prosentavvik (MAPE) og skjevhet per\n" +
        "aldersgruppe over stedene, for Trappa og – med --published – for SSBs egen\n" +
        "framskriving fra samme år (MMMM). Filene leses som SSB leverer dem (se import-ssb).",
    )
    .requiredOption("--history <fil>", "registrert befolkning (SSB tabell 07459 i et format import-ssb forstår)")
    .requiredOption("--base-year <år>", "basisår (1. januar)")
    .requiredOption("--horizon <år>", "antall år fram")
    .option("--published <fil>", "SSBs framskriving fra basisåret (MMMM brukes)")
    .option("--regions <koder>", "kommunenumre, kommaseparert (standard: alle kommuner i historikken)")
    .option("--window <år>", "år før basisåret som nettoflytting beregnes fra", "10")
    .option("--migration-bands <grupper>", "aldersgrupper for nettoflyttingen (standard 0-19,20-44,45+)")
    .option(
      "--shrinkage <personår>",
      "krymp små steders flyttesatser mot fylkets eller stedenes samlede (vekt personår / (personår + dette); 0: ikke)",
      "10000",
    )
    .option("--reconstruct-years <år>", "år med historikk for å rekonstruere ettårige kohorter (0: vanlig glatting)", "15")
    .option(
      "--reconstruct-from <alder>",
      "alder (en gruppegrense) som ettårige kohorter rekonstrueres fra; yngre aldre glattes innenfor gruppene (standard 67)",
    )
    .option("--no-area-mortality", "ikke les fylkets (eller stedenes samlede) 80+-historikk som lokal dødelighet")
    .option("--no-area-fertility", "ikke les fylkets (eller stedenes samlede) fødsler som lokal fruktbarhet")
    .option("--trend-damping <andel>", "andel av levealderstrenden som føres videre", "0.5")
    .option("--places", "vis også avviket per sted")
    .addOption(new Option("--format <format>", "csv eller table").choices(["csv", "table"]).default("table"))
    .action(async (flags: Flags) => {
      const { backtestCommand } = await import("../backtest");
      ctx.exitCode = await backtestCommand(flags, ctx);
    });
  program.addCommand(cmd);
}
