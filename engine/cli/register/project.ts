import { Command, Option } from "commander";
import type { ProjectFlags } from "../project";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa project` to the program; the action is loaded when it runs. */
export function registerProject(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("project"))
    .summary("befolkningsframskriving (SSB-stil) for en kommune")
    .description(
      "Framskriver befolkningen etter kjønn og ettårig alder (0-104, 105+) med kohort-komponent-\n" +
        "metoden, under SSBs alternativer (MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00),\n" +
        "og summerer til aldersgrupper. Uten scenariofil brukes innebygd Færder (3911), kalibrert\n" +
        "til SSBs MMMM for 2025, 2030 og 2040.",
    )
    .argument("[scenario]", "scenariofil (JSON) med en population-del; flagg overstyrer den")
    .option("--population <fil>", "befolkningsfil (CSV: region,year,age,population[,sex])")
    .option("--region <kode>", "kommunenummer (4 sifre) når filen har flere steder")
    .option("--alternative <koder>", "alternativ(er), kommaseparert, f.eks. MMMM,LLML,HHMH")
    .option("--to <år>", "siste år i framskrivingen (høyst 2100)")
    .option("--bands <grupper>", "aldersgrupper: plan, eldre, ssb, 5-aar eller liste som 0-17,18-49,50-66,67-79,80-89,90+")
    .addOption(new Option("--sex <kjønn>", "both: begge kjønn samlet; split: menn, kvinner og begge").choices(["both", "split"]).default("both"))
    .option("--no-calibrate", "ikke kalibrer mot senere år i befolkningsfilen")
    .option("--calibrate-to <fil>", "SSB-framskriving (alle formater import-ssb leser): stedet hentes herfra og tilpasses MMMM")
    .option("--border-year <år>", "kommunegrensene stedene legges på (standard: de nyeste); sammenslåtte kommuner summeres")
    .option(
      "--moves <fil>",
      "SSBs flyttinger etter ettårig alder (År;Region;Alder;Utflytting;Innflytting;Nettoflytting): stedets nettoflytting per alder fra de ti årene før basisåret",
    )
    .option("--calibrate-years <år>", "år det tilpasses til, kommaseparert (standard: året etter basisåret og hvert femte år)")
    .option("--fit", "skriv kalibreringens treff per aldersgruppe og år")
    .addOption(new Option("--format <format>", "utskrift: csv eller table").choices(["csv", "table"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm: .csv eller .xlsx")
    .action(async (scenarioFile: string | undefined, flags: ProjectFlags) => {
      const { projectCommand } = await import("../project");
      ctx.exitCode = await projectCommand(scenarioFile, flags, ctx);
    });
  program.addCommand(cmd);
}
