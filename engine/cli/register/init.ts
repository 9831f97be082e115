import { Command } from "commander";
import type { InitFlags } from "../init";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa init SSB-FIL KOMMUNE [--out MAPPE] [--template FIL] [--target-year ÅR] [--force]` to the program; the action is loaded when it runs. */
export function registerInit(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("init"))
    .summary("lag en scenariomappe for en kommune fra SSBs framskriving")
    .description(
      "Lager en scenariomappe for kommunen fra en SSB-fil med befolkningsframskriving (alle formater " +
        "import-ssb leser): scenario.json, som arver fra en mal (standard scenarios/maler/kommune.json) " +
        "og kalibrerer befolkningen til SSBs MMMM med filens alternativer og aldersgrupper; " +
        "befolkning-ssb.csv med kommunens tall fra fila; og inndata som fylles ut i Excel: " +
        "dekningsgrader.csv (per tjeneste og aldersgruppe), arsverk-og-kostnader.csv (årsverk og " +
        "kostnad per enhet for tjenester og boligtrinn) og boligprofil.csv (dagens boligprofil). " +
        "CSV-filene er forhåndsutfylt med malens nasjonale eller illustrative verdier, merket " +
        "MALVERDI i kolonnen kilde; rapporten sier hvilke som ikke er erstattet ennå. " +
        "Kommunen kan gis med nummer eller navn, også et tidligere (0806 og Skien er 4003 Skien). " +
        "En mappe som finnes fra før, skrives ikke over uten --force.",
    )
    .argument("<ssb-fil>", "SSB-fil med framskrivingen (.csv eller .json), f.eks. Framskrevet_folkemengde_2024-2050.csv")
    .argument("<kommune>", "kommunenummer eller -navn, f.eks. 4003 eller Skien")
    .option("--out <mappe>", "mappen som lages (standard: kommunens navn, f.eks. skien)")
    .option("--template <fil>", "scenariofilen (eller mappen fra trappa init) det nye scenarioet arver fra (standard: scenarios/maler/kommune.json)")
    .option("--target-year <år>", "målåret for sammendraget (standard: 2040, innenfor filens år)")
    .option("--force", "skriv over filene init lager i en mappe som finnes (andre filer blir liggende)")
    .action(async (file: string, place: string, flags: InitFlags) => {
      const { initCommand } = await import("../init");
      ctx.exitCode = await initCommand(file, place, flags, ctx);
    });
  program.addCommand(cmd);
}
