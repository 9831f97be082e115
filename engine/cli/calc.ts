import { Command, Option } from "commander";
import { calculatePackage } from "../calculator/calculate";
import { packageResultJson, packageResultRows } from "../calculator/export";
import { packageReportText } from "../report/calculator";
import { readPackageFile } from "../io/package-file";
import { builtInCatalogues, loadPriceCatalogue } from "../io/price-catalogue";
import { toCsv } from "../io/tidy-csv";
import { emit } from "./emit";
import { norwegian } from "./help";

interface CalcFlags {
  prices: string;
  format: "table" | "json" | "csv";
  out?: string;
}

/** Adds `trappa calc PAKKE.json --prices KATALOG.csv [--format table|json|csv] [--out FIL]`. */
export function registerCalc(program: Command): void {
  const cmd = norwegian(new Command("calc"))
    .summary("ressurskalkulator: årskostnad, timer og årsverk for en tjenestepakke")
    .description(
      "Priser en tjenestepakke (inntil tre alternativer side om side) med en\n" +
        "prisliste: årskostnad (pris × mengde per uke × 52, eller pris × plasser),\n" +
        "årlige personaltimer (timer per uke × 52 × bemanningsfaktor ÷ andel direkte\n" +
        "tid) og årsverk, og for hver tjeneste i prislisten hvor mye det samme årlige\n" +
        "beløpet ville kjøpt.\n" +
        `Innebygde prislister: ${builtInCatalogues().join(", ") || "(ingen)"}.`,
    )
    .argument("<pakke>", "pakkefil (JSON) med alternatives: [{ name, lines: [{ service, variant, quantityPerWeek | places }] }]")
    .requiredOption("--prices <katalog>", "prisliste (CSV) eller navnet på en innebygd, f.eks. oslo-nordstrand-2023-11")
    .addOption(new Option("--format <format>", "utskrift: table, json eller csv").choices(["table", "json", "csv"]).default("table"))
    .option("--out <fil>", "skriv til fil i stedet for skjerm")
    .action((packageFile: string, flags: CalcFlags) => {
      const catalogue = loadPriceCatalogue(flags.prices);
      const pkg = readPackageFile(packageFile);
      const result = calculatePackage(catalogue, pkg, packageFile);
      let text: string;
      if (flags.format === "json") text = `${JSON.stringify(packageResultJson(result), null, 2)}\n`;
      else if (flags.format === "csv") {
        const t = packageResultRows(result);
        text = toCsv(t.header, t.rows);
      } else text = packageReportText(result);
      emit(text, flags.out);
    });
  program.addCommand(cmd);
}
