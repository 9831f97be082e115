import { Command } from "commander";
import type { ImportFlags } from "../import-ssb";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa import-ssb` to the program; the action is loaded when it runs. */
export function registerImportSsb(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("import-ssb"))
    .summary("les befolkningstall fra SSB og skriv dem på ryddig form")
    .description(
      "Leser befolkningstall fra SSBs statistikkbank: JSON-stat2 fra PxWebApi,\n" +
        "PxWebApi v2 CSV (komma, ISO-8859-1), CSV-eksport fra nettsiden (semikolon,\n" +
        "desimalkomma, to overskriftsrader) eller lange CSV-filer\n" +
        "(region,statistikkvariabel,år,alder,value). Registrert befolkning (07459) og\n" +
        "framskrivinger (12882, 13600, 14288, 14746 og eldre runder).\n" +
        "Skriver ryddig CSV (region,region_name,table,round,alternative,year,sex,age,\n" +
        "value,status) og en rapport: steder (kode, navn, kodehistorikk), år, aldre,\n" +
        "kjønn, alternativer, runder og manglende celler. Stedsnavn med periode\n" +
        "(«Skien (2020-2023)») blir ett sted med dagens kode (4003); sammenslåtte kommuner\n" +
        "summeres til grensene i --border-year (standard 2024), og en kommune som er delt\n" +
        "etter at tallene ble laget, er en feil.",
    )
    .argument("<fil>", "SSB-fil (.json eller .csv)")
    .option("--out <fil>", "skriv ryddig CSV til denne fila (.csv); uten --out skrives CSV til skjermen og rapporten til stderr")
    .option("--alternative <kode>", "alternativ for filer som ikke sier om tallene er framskrevet (f.eks. MMMM)")
    .option("--round <år>", "framskrivingsår for filer som ikke oppgir tabell eller runde (f.eks. 2026)")
    .option("--border-year <år>", "kommunegrensene tallene legges på (standard: de nyeste, 2024); sammenslåtte kommuner summeres")
    .action(async (file: string, flags: ImportFlags) => {
      const { importSsbCommand } = await import("../import-ssb");
      ctx.exitCode = await importSsbCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
