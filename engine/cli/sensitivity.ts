import { InputError } from "../errors";
import { LIMITS } from "../limits";
import { checkScenarioFile } from "../io/scenario-file";
import { toCsv } from "../io/tidy-csv";
import { formatNumber, formatPercent } from "../report/format";
import { textTable } from "../report/text-table";
import { formatIssues } from "../errors";
import { inputBounds } from "../uncertainty/population";
import { prepareScenarioUncertainty } from "../run/uncertainty-setup";
import { figureInfo } from "../uncertainty/evaluate";
import { figureKeys } from "../uncertainty/figures";
import { runUncertaintyAsync } from "../uncertainty/parallel";
import { checkTarget, firstOrderIndices, sensitivityInputs, tornado } from "../uncertainty/sensitivity";
import type { CliIo, CommandResult } from "./context";
import { scenarioArgument } from "./scenario-arg";
import { seedOption, wholeNumberOption } from "./options";

export interface SensitivityFlags {
  target: string;
  format: "table" | "csv";
  replicates?: string;
  seed?: string;
  alternative?: string;
  workers?: string;
}

/** Decimals for a unit as the council summary prints it. */
function decimals(unit: string): number {
  if (unit === "årsverk" || unit.startsWith("mill.")) return 1;
  if (unit === "andel") return 3;
  if (unit === "barn per kvinne" || unit === "faktor") return 2;
  if (unit === "år" || unit === "per 1 000 personår") return 1;
  return 0;
}

function value(v: number, unit: string, input = false): string {
  if (input && unit === "årsverk") return formatNumber(v, 3);
  if (unit === "år" && Math.abs(v) >= 1000) return v.toFixed(1).replace(".", ",").replace("-", "−");
  return unit === "andel" ? formatPercent(v, 1) : formatNumber(v, decimals(unit));
}

/** Runs `trappa sensitivity` with the arguments and flags commander parsed (options and help: register/sensitivity.ts), writing to `io`. */
export async function sensitivityCommand(arg: string, flags: SensitivityFlags, io: CliIo): Promise<CommandResult> {
  const file = scenarioArgument(arg);
  checkTarget(flags.target);
  const replicates = wholeNumberOption(flags.replicates, "--replicates", 2, LIMITS.uncertaintyReplicates, "usikkerhetsreplikater");
  const seed = seedOption(flags.seed);
  const workers = wholeNumberOption(flags.workers, "--workers", 1, LIMITS.workers, "tråder") ?? 1;
  const { loaded, issues } = checkScenarioFile(file);
  if (!loaded) throw new InputError(`${issues.length} feil i ${file}:\n${formatIssues(issues)}`);
  const { settings, setup } = prepareScenarioUncertainty(loaded, { seed, alternative: flags.alternative });
  const target = checkTarget(flags.target, figureKeys(setup));
  const parts = setup.scenario!;
  for (const w of inputBounds(setup.population).warnings) io.stderr.write(`advarsel: ${w}\n`);
  const inputs = sensitivityInputs(setup);
  const t = tornado(setup, target, inputs);
  const result = await runUncertaintyAsync(setup, { replicates, workers });
  const indices = new Map(firstOrderIndices(result, inputs, target).map((r) => [r.id, r.index]));
  if (flags.format === "csv") {
    io.stdout.write(
      toCsv(
        [
          "target",
          "input",
          "label",
          "unit",
          "low_value",
          "high_value",
          "figure_low",
          "figure_high",
          "swing",
          "first_order_index",
          "central",
          "level",
          "replicates",
          "seed",
        ],
        t.rows.map((r) => [
          target,
          r.id,
          r.label,
          r.unit,
          r.low,
          r.high,
          r.figureLow,
          r.figureHigh,
          r.swing,
          indices.get(r.id) ?? "",
          t.central,
          t.level,
          result.replicates,
          result.seed,
        ]),
      ),
    );
    return 0;
  }
  const info = figureInfo(setup)[target];
  const s = result.summary[target];
  const pct = formatPercent(settings.level, 0);
  const lo = formatNumber((100 * (1 - settings.level)) / 2, 0);
  const hi = formatNumber((100 * (1 + settings.level)) / 2, 0);
  const title =
    `${parts.name}: følsomhet for «${info.label}» (${target}), ${info.unit === "andel" ? "andel" : info.unit}, ${setup.targetYear}\n` +
    `Befolkning: ${setup.population.alternative} med ${settings.population.low}/${settings.population.high} som P${lo}/P${hi}. Sentral verdi: ${value(t.central, info.unit)}.\n` +
    `${pct}-intervall over ${result.replicates} replikater (frø ${result.seed}): ${value(s.low, info.unit)} – ${value(s.high, info.unit)}, median ${value(s.median, info.unit)}.\n` +
    `Monte Carlo-standardfeil (støy fra antall replikater, ikke usikkerhet): P${lo} ${value(s.seLow, info.unit)}, P50 ${value(s.seMedian, info.unit)}, P${hi} ${value(s.seHigh, info.unit)}.\n\n` +
    `Tornado: hver inndata på sin P${lo} og P${hi}, de andre sentrale. Indeks = førsteordens følsomhetsindeks (andel av variansen).`;
  const shown = t.rows.filter((r) => r.swing > 0);
  const hidden = t.rows.length - shown.length;
  const body = shown.map((r) => [
    r.label,
    r.unit,
    value(r.low, r.unit, true),
    value(r.high, r.unit, true),
    value(r.figureLow, info.unit),
    value(r.figureHigh, info.unit),
    value(r.swing, info.unit),
    formatNumber(indices.get(r.id) ?? NaN, 2),
  ]);
  const split = result.decomposition?.[target as keyof NonNullable<typeof result.decomposition>];
  const decomposition = split
    ? `\nVariansdekomponering (${split.personReplicates} simulerte forløp per parametersett, de samme personene i alle sett): ` +
      `standardavvik fra parameterusikkerhet ${value(Math.sqrt(split.between), info.unit)}, ` +
      `fra tilfeldig variasjon mellom personer (ett utfall) ${value(Math.sqrt(split.within), info.unit)}; ` +
      `Monte Carlo-støy i hvert setts gjennomsnitt ${value(Math.sqrt(split.mcVarianceOfMean), info.unit)}.\n`
    : "";
  io.stdout.write(
    `${title}\n${decomposition}\n` +
      textTable(["Inndata", "Enhet", "Lav verdi", "Høy verdi", "Tall ved lav", "Tall ved høy", "Utslag", "Indeks"], body) +
      (hidden > 0 ? `\n${hidden} inndata uten utslag på tallet er utelatt (de står i --format csv).\n` : ""),
  );
  return 0;
}
