import { Command, Option } from "commander";
import type { HomeServicesFlags } from "../hjemmetjenester";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `trappa hjemmetjenester FIL [--direct-share S] [--arsverk N] [--reference NAVN=VERDI …] [--format table|csv] [--out FIL]`; the action is loaded when it runs. */
export function registerHomeServices(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("hjemmetjenester"))
    .summary("hjemmetjenester: mottakere etter timer per uke og alder, årsverk per enhet")
    .description(
      "Leser en vedtaksliste for hjemmetjenester slik kommunen eksporterer den (én rad per vedtak:\n" +
        "person- eller anonym id, alder, enhet/distrikt, tjeneste, timer per uke) og viser\n" +
        "mottakerne etter vedtatte timer per uke (under 1, 1–2,5, 2,5–5, 5–10, 10–15, 15 og mer)\n" +
        "og etter alder, med andeler og andeler til og med gruppen; årsverkene hver enhet trenger\n" +
        "ved en gitt andel direkte tid (timer × 52 ÷ andel ÷ timer per årsverk); og årsverk per\n" +
        "100 brukere ved siden av referanseverdier. Vedtak med samme id regnes som én mottaker.\n" +
        "FIL er vedtakslisten (CSV: person_id,age,unit,service,hours_per_week eller\n" +
        "id,alder,enhet,tjeneste,timer_per_uke) eller en analysefil (JSON) som peker på den og\n" +
        "gir innstillingene, f.eks. scenarios/hjemmetjenester/eksempel.json (konstruert eksempel).",
    )
    .argument("<fil>", "vedtaksliste (CSV) eller analysefil (JSON)")
    .option("--direct-share <andel>", "andel av arbeidstiden som er direkte brukertid (standard 0.6)")
    .option("--hours-per-arsverk <timer>", "timer per årsverk i året (standard 1595)")
    .option("--arsverk <n>", "årsverk i hjemmetjenestene i dag (gir årsverk per 100 brukere)")
    .option("--reference <navn=verdi>", "referanseverdi for årsverk per 100 brukere (kan gjentas)", collect)
    .addOption(new Option("--format <format>", "utskrift: table eller csv").choices(["table", "csv"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm")
    .action(async (file: string, flags: HomeServicesFlags) => {
      const { homeServicesCommand } = await import("../hjemmetjenester");
      ctx.exitCode = await homeServicesCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
