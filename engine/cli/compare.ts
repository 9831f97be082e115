import { compareStaircases } from "../effort/compare";
import { readRunTables } from "../io/run-dir";
import { isFolder, readStaircaseSource } from "../io/staircase-source";
import { compareRuns, comparisonCsv, comparisonText } from "../report/compare";
import { staircaseComparisonCsv, staircaseComparisonText } from "../report/staircase-compare";
import type { CliIo, CommandResult } from "./context";

/**
 * Runs `trappa compare` with the arguments and flags commander parsed (options and help:
 * register/compare.ts), writing to `io`. Two run folders: every table they share, row by
 * row (and, when both have innsatstrapp.csv, the staircases step by step). Otherwise two
 * staircases (scenario or effort files, staircase CSVs, shipped names, or run folders) step by step.
 */
export function compareCommand(dirA: string, dirB: string, flags: { format: "table" | "csv" }, io: CliIo): CommandResult {
  const names = { a: dirA, b: dirB };
  if (isFolder(dirA) && isFolder(dirB)) {
    const a = readRunTables(dirA);
    const b = readRunTables(dirB);
    const rows = compareRuns(a, b, names);
    if (flags.format === "csv") {
      io.stdout.write(comparisonCsv(rows));
      return 0;
    }
    io.stdout.write(`A = ${dirA}, B = ${dirB}\n\n${comparisonText(rows, { a: "A", b: "B" })}`);
    if (a.has("innsatstrapp") && b.has("innsatstrapp")) {
      io.stdout.write(`\n${staircaseComparisonText(compareStaircases(readStaircaseSource(dirA), readStaircaseSource(dirB)), names)}`);
    }
    return 0;
  }
  const steps = compareStaircases(readStaircaseSource(dirA), readStaircaseSource(dirB));
  io.stdout.write(flags.format === "csv" ? staircaseComparisonCsv(steps) : staircaseComparisonText(steps, names));
  return 0;
}
