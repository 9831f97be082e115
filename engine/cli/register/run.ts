import { Command } from "commander";
import type { RunFlags } from "../run";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa run SCENARIO [--out DIR] [--seed S] [--replicates N] [--uncertainty N] [--workers N] [--png] [--pdf]` to the program; the action is loaded when it runs. */
export function registerRun(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("run"))
    .summary("hel kjøring av et scenario: rapport, regneark, CSV og sporbarhet")
    .description(
      "Kjører alle delene i scenariofilen (befolkning, dekningsgrader, boligtrapp, sammendrag for " +
        "kommunestyret, ressurskalkulator, innsatstrapp, innbyggere 80+ uten tjenester, hjemmetjenester " +
        "og personaforløp når de finnes) og skriver i mappen: " +
        "report.html (selvstendig, virker uten nett), results.xlsx (ett ark per tabell og " +
        "forutsetningene), én CSV per tabell og run.json (scenarioets innholdshash, motorversjon, " +
        "frø, replikater, datakilder og tidsbruk). Filene skrives først til en midlertidig mappe.",
    )
    .argument("<scenario>", "scenariofil (JSON), f.eks. scenarios/default.json, eller en mappe fra trappa init (dens scenario.json)")
    .option("--out <mappe>", "mappe å skrive til (standard: out/<scenarionavn>; for en mappe fra trappa init: <mappe>/resultater)")
    .option("--seed <frø>", "hovedfrø for Monte Carlo (standard: report.seed i scenarioet, ellers 1)")
    .option("--replicates <antall>", "antall Monte Carlo-replikater (standard: report.replicates i scenarioet, ellers 1)")
    .option(
      "--uncertainty <antall>",
      "kjør også så mange usikkerhetsreplikater (minst 2; frø fra kjøringen) og legg til P10, P50 og P90 for befolkning, " +
        "sammendrag og tjenester som egne tabeller og viftediagrammer",
    )
    .option("--workers <antall>", "antall tråder usikkerhetsreplikatene fordeles på (standard 1); samme frø gir de samme tallene uansett antall")
    .option("--png", "lag også figurene som PNG-bilder (figurer/*.png) med chromium")
    .option("--pdf", "skriv også rapporten som report.pdf (A4, utskrift fra chromium med alle figurene), til saksframlegg")
    .action(async (file: string, flags: RunFlags) => {
      const { runCommand } = await import("../run");
      ctx.exitCode = await runCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
