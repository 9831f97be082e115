import { summaryBasisNote } from "../report/summary-basis";
import { UsageError } from "../errors";
import type { CouncilSummary } from "../housing/council-summary";
import { loadScenarioFile } from "../io/scenario-file";
import { toCsv } from "../io/tidy-csv";
import { formatNumber, formatPercent } from "../report/format";
import { textTable } from "../report/text-table";
import { runCouncilSummary } from "../run/summary";
import { resolveScenario } from "../scenario/resolve";
import type { CliIo, CommandResult } from "./context";
import { scenarioArgument } from "./scenario-arg";
import { yearOption } from "./options";

export interface SummaryFlags {
  targetYear?: string;
  baseYear?: string;
  alternative?: string;
  positionSize?: string;
  format: "table" | "csv" | "json";
}

const parseYear = yearOption;

/** Decimals each unit is printed with. */
function decimalsFor(unit: string): number {
  if (unit === "årsverk") return 1;
  if (unit.startsWith("mill.")) return 1;
  return 0;
}

/** The council summary as a Norwegian text table. */
export function councilSummaryTable(s: CouncilSummary, title: string): string {
  const body = s.rows.map((r) => [
    r.label,
    r.unit === "andel" ? formatPercent(r.value, 1) : formatNumber(r.value, decimalsFor(r.unit)),
    r.unit === "andel" ? "" : r.unit,
  ]);
  return `${title}\n\n${textTable(["", "Verdi", "Enhet"], body)}`;
}

/** The council summary as CSV: `key,label,value,unit` (shares as fractions, money in millions of the price year). */
export function councilSummaryCsv(s: CouncilSummary): string {
  return toCsv(
    ["key", "label", "value", "unit"],
    s.rows.map((r) => [r.key, r.label, r.value, r.unit]),
  );
}

/** Runs `trappa summary` with the arguments and flags commander parsed (options and help: register/summary.ts), writing to `io`. */
export function summaryCommand(arg: string, flags: SummaryFlags, io: CliIo): CommandResult {
  const file = scenarioArgument(arg);
  const targetYear = parseYear(flags.targetYear, "--target-year");
  const baseYear = parseYear(flags.baseYear, "--base-year");
  let positionSize: number | undefined;
  if (flags.positionSize !== undefined) {
    positionSize = Number(flags.positionSize.replace(",", "."));
    if (!(positionSize > 0 && positionSize <= 1))
      throw new UsageError(`--position-size forventer en andel over 0 og høyst 1 (f.eks. 0.67), fikk "${flags.positionSize}"`);
  }
  const resolved = resolveScenario(loadScenarioFile(file), { alternative: flags.alternative, targetYear, summaryBaseYear: baseYear, positionSize });
  const { summary, run } = runCouncilSummary(resolved);
  const scenario = { name: resolved.name };
  if (flags.format === "csv") {
    io.stdout.write(councilSummaryCsv(summary));
  } else if (flags.format === "json") {
    const out = {
      scenario: scenario.name,
      file,
      populationAlternative: run.alternative,
      baseYear: summary.baseYear,
      targetYear: summary.targetYear,
      positionSize: summary.positionSize,
      priceYear: summary.priceYear,
      rows: summary.rows,
      totals: summary.totals,
      registered: summary.registered ?? null,
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const title =
      `${scenario.name}: sammendrag for kommunestyret, ${summary.baseYear}–${summary.targetYear}\n` +
      `Befolkning: ${run.alternative}. Kostnader i mill. ${summary.priceYear}-kr. Negativ endring = spart.`;
    io.stdout.write(`${councilSummaryTable(summary, title)}\n${summaryBasisNote(summary)}\n`);
  }
  return 0;
}
