import { Command, Option } from "commander";
import type { EffortFlags } from "../effort";
import { type CliContext, cliContext } from "../context";
import { norwegian, shippedNames } from "../help";

/** Adds `trappa effort FIL [--accounts A.csv --keys K.csv] [--format table|csv] [--out FIL]`; the action is loaded when it runs. */
export function registerEffort(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("effort"))
    .summary("innsatstrapp: kostnad, andel og mottakere per trinn, og forskyvninger")
    .description(
      "Fordeler kostnadene på innsatstrappens trinn og brukergrupper, enten fra tall\n" +
        "per trinn (mottakere, kostnad, pris per mottaker) eller fra regnskapet: ansvar\n" +
        "med beløp og en fordelingsnøkkel som sprer hvert ansvar på trinn og\n" +
        "brukergrupper. Beløp som ikke fordeles, vises for seg. Forskyvninger flytter\n" +
        "mottakere mellom trinn til trinnenes enhetskostnad og gir kostnadseffekten\n" +
        "per år. Med kjent total (totalNok, eller # total_nok: i trappefilen) regnes andelene\n" +
        "av totalen, og trinnene uten tall vises samlet. Tall per trinn kan også gi årsverk,\n" +
        "vedtak og timer per uke; visninger holder valgte trinn utenfor (f.eks. barnehager\n" +
        "og skoler).\n" +
        `FIL er en innsatstrappfil (JSON), en trappefil (CSV) eller en innebygd trapp:\n${shippedNames("effort")}.`,
    )
    .argument("<fil>", "innsatstrappfil (JSON) eller trappefil (CSV: step,name,…,recipients,price_per_recipient_nok,cost_nok)")
    .option("--accounts <fil>", "regnskap (CSV: cost_centre,name,amount_nok); krever --keys")
    .option("--keys <fil>", "fordelingsnøkkel (CSV: cost_centre,step,user_group,share); krever --accounts")
    .addOption(new Option("--format <format>", "utskrift: table eller csv").choices(["table", "csv"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm")
    .action(async (file: string, flags: EffortFlags) => {
      const { effortCommand } = await import("../effort");
      ctx.exitCode = await effortCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
