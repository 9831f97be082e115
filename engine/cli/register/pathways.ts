import { Command, Option } from "commander";
import type { PathwaysFlags } from "../pathways";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa pathways FILE [--deterministic | --replicates N --seed S [--scale-up]] [--format table|csv|json]`; the action is loaded when it runs. */
export function registerPathways(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("pathways"))
    .summary("personaforløp: tidslinje, Monte Carlo og oppskalering til kommunen")
    .description(
      "Personaforløp (f.eks. Johs med demens): hvert forløp er faser med en tjenestepakke\n" +
        "priset med ressurskalkulatoren (eller et publisert årstall) fra en alder eller\n" +
        "etter forrige fase.\n" +
        "--deterministic: den publiserte tidslinjen, kostnad og personaltimer per alder\n" +
        "  (csv: pathway,age,cost_nok,staff_hours i hele kroner og timer, som den\n" +
        "  publiserte tabellen), med avvik fra publisert tabell.\n" +
        "--replicates N --seed S: Monte Carlo; alder ved start, fasenes varighet og død\n" +
        "  (dødelighetstabell × hasardratio) trekkes; de samme personene går gjennom alle\n" +
        "  forløp (parede forskjeller). Replikat i bruker strøm (frø, i): samme frø gir\n" +
        "  samme tall uansett antall arbeidstråder.\n" +
        "--scale-up: personer med tilstanden i kommunen (antall eller forekomst × befolkning)\n" +
        "  og nye tilfeller hvert år (insidens × befolkning), per år til --to-year, og\n" +
        "  overgangsscenarioet: nye tilfeller får det nye forløpet, eksisterende fortsetter.\n" +
        "--scale-up --method published: konsulentenes regel uten simulering (csv: key,value,unit):\n" +
        "  stabil tilstand = personer × livstidsforskjell ÷ --spread-years; overgang: personer ÷\n" +
        "  tabellens rader nye tilfeller i året går radene i den publiserte tabellen.",
    )
    .argument("<fil>", "personafil (JSON), f.eks. scenarios/personas/johs.json")
    .option("--deterministic", "den publiserte tidslinjen uten tilfeldighet")
    .option("--replicates <n>", "antall replikater (simulerte personer, eller kommuner ved --scale-up)")
    .option("--seed <frø>", "hovedfrø", "1")
    .addOption(new Option("--variation <av/på>", "off: alle trekk er medianen (lik tidslinjen)").choices(["on", "off"]).default("on"))
    .option("--workers <n>", "arbeidstråder (standard: 1 for små kjøringer, ellers antall kjerner)")
    .option("--scale-up", "oppskaler til kommunen (standard: Færder, SSB MMMM)")
    .option("--count <n>", "personer med tilstanden ved start (standard: forekomst × befolkning)")
    .option("--from-year <år>", "første år i oppskaleringen", "2025")
    .option("--to-year <år>", "siste år i oppskaleringen", "2040")
    .option("--transition <fra:til>", "overgang: eksisterende fortsetter på «fra», nye får «til»", "normal:proactive")
    .option("--mix <andeler>", "forløpsblanding, f.eks. normal=0.5,proactive=0.5")
    .addOption(
      new Option("--method <metode>", "oppskaleringens metode: cohort (simulering) eller published (konsulentenes regel)")
        .choices(["cohort", "published"])
        .default("cohort"),
    )
    .option("--spread-years <år>", "published: år livstidsforskjellen fordeles over i stabil tilstand (standard 15,2)")
    .option("--new-cases <n>", "published: nye tilfeller per år i overgangen (standard: personer ÷ tabellens rader)")
    .addOption(new Option("--format <format>", "utskrift: table, csv eller json").choices(["table", "csv", "json"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm")
    .action(async (file: string, flags: PathwaysFlags) => {
      const { pathwaysCommand } = await import("../pathways");
      ctx.exitCode = await pathwaysCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
