import { readRunTables } from "../io/run-dir";
import { compareRuns, comparisonCsv, comparisonText } from "../report/compare";
import type { CliIo, CommandResult } from "./context";

/** Runs `trappa compare` with the arguments and flags commander parsed (options and help: register/compare.ts), writing to `io`. */
export function compareCommand(dirA: string, dirB: string, flags: { format: "table" | "csv" }, io: CliIo): CommandResult {
  const names = { a: dirA, b: dirB };
  const rows = compareRuns(readRunTables(dirA), readRunTables(dirB), names);
  io.stdout.write(flags.format === "csv" ? comparisonCsv(rows) : `A = ${dirA}, B = ${dirB}\n\n${comparisonText(rows, { a: "A", b: "B" })}`);
  return 0;
}
