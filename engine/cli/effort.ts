import { Command, Option } from "commander";
import { effortResultRows } from "../effort/export";
import { effortReportText } from "../report/effort";
import { runEffort } from "../effort/run";
import { UsageError } from "../errors";
import { builtInStaircases, readEffortFile } from "../io/effort-files";
import { toCsv } from "../io/tidy-csv";
import { emit } from "./emit";
import { norwegian } from "./help";

interface EffortFlags {
  accounts?: string;
  keys?: string;
  format: "table" | "csv";
  out?: string;
}

/** Adds `trappa effort FIL [--accounts A.csv --keys K.csv] [--format table|csv] [--out FIL]`. */
export function registerEffort(program: Command): void {
  const cmd = norwegian(new Command("effort"))
    .summary("innsatstrapp: kostnad, andel og mottakere per trinn, og forskyvninger")
    .description(
      "Fordeler kostnadene på innsatstrappens trinn og brukergrupper, enten fra tall\n" +
        "per trinn (mottakere, kostnad, pris per mottaker) eller fra regnskapet: ansvar\n" +
        "med beløp og en fordelingsnøkkel som sprer hvert ansvar på trinn og\n" +
        "brukergrupper. Beløp som ikke fordeles, vises for seg. Forskyvninger flytter\n" +
        "mottakere mellom trinn til trinnenes enhetskostnad og gir kostnadseffekten\n" +
        "per år.\n" +
        `FIL er en innsatstrappfil (JSON), en trappefil (CSV) eller en innebygd trapp:\n${builtInStaircases().join(", ") || "(ingen)"}.`,
    )
    .argument("<fil>", "innsatstrappfil (JSON) eller trappefil (CSV: step,name,…,recipients,price_per_recipient_nok,cost_nok)")
    .option("--accounts <fil>", "regnskap (CSV: cost_centre,name,amount_nok); krever --keys")
    .option("--keys <fil>", "fordelingsnøkkel (CSV: cost_centre,step,user_group,share); krever --accounts")
    .addOption(new Option("--format <format>", "utskrift: table eller csv").choices(["table", "csv"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm")
    .action((file: string, flags: EffortFlags) => {
      if ((flags.accounts === undefined) !== (flags.keys === undefined)) {
        throw new UsageError(`--accounts og --keys må gis sammen (fikk bare ${flags.accounts ? "--accounts" : "--keys"})`);
      }
      const result = runEffort(readEffortFile(file, { accounts: flags.accounts, keys: flags.keys }));
      for (const w of result.distribution.warnings) process.stderr.write(`advarsel: ${w}\n`);
      let text: string;
      if (flags.format === "csv") {
        const t = effortResultRows(result);
        text = toCsv(t.header, t.rows);
      } else text = effortReportText(result);
      emit(text, flags.out);
    });
  program.addCommand(cmd);
}
