import { effortResultRows } from "../effort/export";
import { effortReportText } from "../report/effort";
import { runEffort } from "../effort/run";
import { UsageError } from "../errors";
import { readEffortFile } from "../io/effort-files";
import { toCsv } from "../io/tidy-csv";
import { emit } from "./emit";
import { checkOutputFile } from "../io/output-path";
import type { CliIo, CommandResult } from "./context";

export interface EffortFlags {
  accounts?: string;
  keys?: string;
  format: "table" | "csv";
  out?: string;
}

/** Runs `trappa effort` with the arguments and flags commander parsed (options and help: register/effort.ts), writing to `io`. */
export function effortCommand(file: string, flags: EffortFlags, io: CliIo): CommandResult {
  if ((flags.accounts === undefined) !== (flags.keys === undefined)) {
    throw new UsageError(`--accounts og --keys må gis sammen (fikk bare ${flags.accounts ? "--accounts" : "--keys"})`);
  }
  if (flags.out !== undefined) checkOutputFile(flags.out);
  const result = runEffort(readEffortFile(file, { accounts: flags.accounts, keys: flags.keys }));
  for (const w of result.distribution.warnings) io.stderr.write(`advarsel: ${w}\n`);
  let text: string;
  if (flags.format === "csv") {
    const t = effortResultRows(result);
    text = toCsv(t.header, t.rows);
  } else text = effortReportText(result);
  emit(io, text, flags.out);
  return 0;
}
