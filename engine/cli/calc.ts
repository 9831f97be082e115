import { calculatePackage } from "../calculator/calculate";
import { packageResultJson, packageResultRows } from "../calculator/export";
import { packageReportText } from "../report/calculator";
import { readPackageFile } from "../io/package-file";
import { loadPriceCatalogue } from "../io/price-catalogue";
import { toCsv } from "../io/tidy-csv";
import { emit } from "./emit";
import { checkOutputFile } from "../io/output-path";
import type { CliIo, CommandResult } from "./context";

export interface CalcFlags {
  prices: string;
  format: "table" | "json" | "csv";
  out?: string;
}

/** Runs `trappa calc` with the arguments and flags commander parsed (options and help: register/calc.ts), writing to `io`. */
export function calcCommand(packageFile: string, flags: CalcFlags, io: CliIo): CommandResult {
  if (flags.out !== undefined) checkOutputFile(flags.out);
  const catalogue = loadPriceCatalogue(flags.prices);
  const pkg = readPackageFile(packageFile);
  const result = calculatePackage(catalogue, pkg, packageFile);
  let text: string;
  if (flags.format === "json") text = `${JSON.stringify(packageResultJson(result), null, 2)}\n`;
  else if (flags.format === "csv") {
    const t = packageResultRows(result);
    text = toCsv(t.header, t.rows);
  } else text = packageReportText(result);
  emit(io, text, flags.out);
  return 0;
}
