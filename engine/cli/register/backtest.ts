import { Command, Option } from "commander";
import type { Flags } from "../backtest";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa backtest` to the program; the action is loaded when it runs. */
export function registerBacktest(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("backtest"))
    .summary("tilbaketest: hvor godt har framskrivingene truffet?")
    .description(
      "Framskriver fra registrert befolkning i ett eller flere basisår og sammenligner med\n" +
        "registrert befolkning: gjennomsnittlig absolutt prosentavvik (MAPE), skjevhet og\n" +
        "dekning per aldersgruppe og per sted, for Trappa og – med --published – for SSBs\n" +
        "egen framskriving fra samme år (MMMM; LLML–HHMH som intervall). Bare det som var\n" +
        "publisert i basisåret brukes. Filene leses som SSB leverer dem (se import-ssb), med\n" +
        "kommunene på grensene i --border-year (standard de nyeste).",
    )
    .requiredOption("--history <fil>", "registrert befolkning (SSB tabell 07459 i et format import-ssb forstår)")
    .requiredOption("--base-year <år>", "basisår (1. januar), ett eller flere kommaseparert, f.eks. 2016,2020")
    .option("--horizon <år>", "antall år fram (standard: til siste registrerte år)")
    .option("--published <filer...>", "SSBs framskrivinger (rundene for basisårene; MMMM brukes, LLML og HHMH som intervall)")
    .option("--border-year <år>", "kommunegrensene stedene legges på (standard: de nyeste)")
    .option("--regions <koder>", "kommunenumre, kommaseparert (standard: alle kommuner i historikken)")
    .option(
      "--moves <fil>",
      "SSBs flyttinger etter ettårig alder (År;Region;Alder;Utflytting;Innflytting;Nettoflytting): årene før basisåret gir nettoflyttingen per alder",
    )
    .option("--window <år>", "år før basisåret som nettoflytting beregnes fra", "10")
    .option("--migration-bands <grupper>", "aldersgrupper for nettoflyttingen (standard 0-5,6-19,20-44,45+)")
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
    .option("--no-learn", "ikke korriger SSBs runde for SSBs tidligere avvik; Trappas tall er kohort-komponent-framskrivingen")
    .addOption(new Option("--format <format>", "csv eller table").choices(["csv", "table"]).default("table"))
    .action(async (flags: Flags) => {
      const { backtestCommand } = await import("../backtest");
      ctx.exitCode = await backtestCommand(flags, ctx);
    });
  program.addCommand(cmd);
}
