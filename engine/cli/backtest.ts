import { UsageError } from "../errors";
import { readSsbFile } from "../io/ssb/read";
import { loadCodeHistory } from "../io/ssb/code-history";
import { readMovesByAge } from "../io/ssb/moves";
import { toCsv } from "../io/tidy-csv";
import { formatNumber } from "../report/format";
import { textTable } from "../report/text-table";
import { SCORE_COLUMNS, type Score, scoreFigures } from "../population/backtest-score";
import type { CorrectionSettings } from "../population/ssb-correction";
import { type BacktestsResult, type CorrectionRun, runBacktests } from "../run/backtest";
import type { CliIo, CommandResult } from "./context";

export interface Flags {
  history: string;
  baseYear: string;
  horizon?: string;
  published?: string[];
  borderYear?: string;
  regions?: string;
  window: string;
  migrationBands?: string;
  shrinkage: string;
  reconstructYears: string;
  reconstructFrom?: string;
  areaMortality: boolean;
  areaFertility: boolean;
  trendDamping: string;
  places?: boolean;
  moves?: string;
  learn: boolean;
  format: "csv" | "table";
}

function whole(text: string, flag: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${flag} forventer et heltall ≥ ${min}, fikk "${text}"`);
  return Number(text);
}

/** Percent with one decimal, Norwegian ("12,9"); empty for null. */
const nb = (v: number | null, d = 1) => (v === null ? "" : formatNumber(100 * v, d));
const pct = (v: number | null, d = 2) => (v === null ? "" : (100 * v).toFixed(d));

/** The back-test as CSV: one section per band, then (with places) per place and per place and band. */
function csvOutput(r: BacktestsResult, places: boolean): string {
  const cols = [...SCORE_COLUMNS];
  // MAPE and bias with 2 decimals, coverage with 1 (percent)
  const vals = (s: Score) => scoreFigures(s).map((v, i) => pct(v, i < 6 ? 2 : 1));
  let out = toCsv(
    ["base_year", "target_year", "band", ...cols],
    r.byBand.map((s) => [s.baseYear, s.targetYear, s.band, ...vals(s)]),
  );
  if (places) {
    out +=
      "\n" +
      toCsv(
        ["base_year", "target_year", "region", "name", "engine_mape", "engine_bias", "ssb_mape", "ssb_bias", "ssb_coverage"],
        r.byPlace.map((s) => [
          s.baseYear,
          s.targetYear,
          s.region,
          s.name,
          pct(s.engineMape),
          pct(s.engineBias),
          pct(s.ssbMape),
          pct(s.ssbBias),
          pct(s.ssbCoverage, 1),
        ]),
      );
    const err = (x: number | null, o: number) => (x === null ? null : (x - o) / o);
    out +=
      "\n" +
      toCsv(
        [
          "base_year",
          "target_year",
          "region",
          "name",
          "band",
          "observed",
          "engine",
          "engine_low",
          "engine_high",
          "cc",
          "ssb",
          "ssb_low",
          "ssb_high",
          "engine_error",
          "cc_error",
          "ssb_error",
        ],
        r.rows.map((x) => [
          x.baseYear,
          x.targetYear,
          x.region,
          x.name,
          x.band,
          x.observed,
          Number(x.engine.toFixed(1)),
          x.engineLow === null ? "" : Number(x.engineLow.toFixed(1)),
          x.engineHigh === null ? "" : Number(x.engineHigh.toFixed(1)),
          Number(x.cc.toFixed(1)),
          x.ssb ?? "",
          x.ssbLow ?? "",
          x.ssbHigh ?? "",
          pct(err(x.engine, x.observed)),
          pct(err(x.cc, x.observed)),
          pct(err(x.ssb, x.observed)),
        ]),
      );
  }
  return out;
}

const POOLING_NO: Record<CorrectionSettings["pooling"], string> = { all: "alle stedene", size: "steder av samme størrelse", own: "stedets egne" };

/** The correction: one Norwegian sentence and a table of what was chosen per band. */
function correctionText(c: CorrectionRun, baseYear: number): string {
  const lines = [
    `Trappa = SSBs runde fra ${baseYear} korrigert for SSBs systematiske avvik per aldersgruppe (en drift per år fram), lært av rundene ${c.rounds.join(", ")} mot registrert befolkning til ${baseYear}, ` +
      "eventuelt blandet med KK (geometrisk snitt, med fast vekt eller vekten som gir minst varians i de tidligere avvikene); for hver aldersgruppe er andelen av driften, hvem det læres av, hvor mange runder og blandingen valgt ved kryssvalidering " +
      "(hvert sted og hver runde holdes ute etter tur og forutsies fra rundene før, med det som var registrert da; SSBs runde uendret velges med mindre en korreksjon er mer enn én standardfeil bedre). Intervallet er 10.–90. persentil av de samme forutsigelsenes tidligere avvik. " +
      "KK = Trappas kohort-komponent-framskriving.",
    "",
    textTable(
      ["Aldersgruppe", "Drift/år %", "Andel", "Lært av", "Runder", "KK-vekt", "KV-MAPE", "KV-MAPE SSB", "Minste KV-MAPE", "Standardfeil"],
      Object.entries(c.bands).map(([band, b]) => [
        band === "Total" ? "I alt" : band,
        formatNumber(100 * b.drift.perYear, 2),
        formatNumber(b.settings.damping, 1),
        POOLING_NO[b.settings.pooling],
        b.settings.recentRounds === null ? "alle" : `siste ${b.settings.recentRounds}`,
        b.settings.blend === "variance" ? `${formatNumber(b.blendWeight, 2)} (varians)` : formatNumber(b.blendWeight, 1),
        nb(b.cvMape),
        nb(b.cvMapeSsb),
        nb(b.cvMapeBest),
        nb(b.cvSe, 2),
      ]),
    ).trimEnd(),
    "",
  ];
  return lines.join("\n");
}

/** The back-test as Norwegian tables: per base year the bands side by side, then (with places) per place. */
function tableOutput(r: BacktestsResult, places: boolean): string {
  const out: string[] = [];
  const corrected = r.runs.some((x) => x.forecast !== "cc");
  const head = corrected
    ? ["Trappa MAPE", "Trappa skjevhet", "KK MAPE", "KK skjevhet", "SSB MAPE", "SSB skjevhet", "Trappa dekning", "SSB dekning"]
    : ["Trappa MAPE", "Trappa skjevhet", "SSB MAPE", "SSB skjevhet", "SSB dekning"];
  const cells = (s: Score) =>
    corrected
      ? [nb(s.engineMape), nb(s.engineBias), nb(s.ccMape), nb(s.ccBias), nb(s.ssbMape), nb(s.ssbBias), nb(s.engineCoverage, 0), nb(s.ssbCoverage, 0)]
      : [nb(s.engineMape), nb(s.engineBias), nb(s.ssbMape), nb(s.ssbBias), nb(s.ssbCoverage, 0)];
  for (const run of r.runs) {
    out.push(
      `Tilbaketest: basisår ${run.baseYear}, ${run.targetYear - run.baseYear} år fram (til ${run.targetYear}), ${run.places.length} steder: ${run.places.join(", ")}`,
    );
    out.push(
      `Kjent i basisåret: registrert befolkning til 1. januar ${run.baseYear}, landets levealder og fruktbarhet til ${run.baseYear - 1}; flytting fra ${run.window} år før basisåret`,
    );
    if (run.areaFertilityFactor !== null)
      out.push(`Fruktbarhet: landets × ${formatNumber(run.areaFertilityFactor, 3)} (lest av områdets fødsler i ${run.window} år før basisåret)`);
    if (run.areaHazardRatio !== null)
      out.push(`Dødelighet: landets × ${formatNumber(run.areaHazardRatio, 3)} (lest av områdets 80+ i ${run.window} år før basisåret)`);
    if (run.moves)
      out.push(
        `Flytting: nettoflytting etter ettårig alder 1-${run.moves.top - 1} fra SSBs flyttinger ${run.moves.years[0]}-${run.moves.years[run.moves.years.length - 1]} (stedenes samlede aldersprofil på hvert steds eget nivå per aldersgruppe, krympet mot fellesnivået); eldre aldre fra aldersgruppene`,
      );
    if (run.publishedFile) out.push(`SSB: hovedalternativet (MMMM) i runden fra ${run.baseYear} (${run.publishedFile})`);
    if (run.correction) out.push(correctionText(run.correction, run.baseYear));
    for (const n of run.notes) out.push(n);
    out.push(
      `Prosentavvik fra registrert befolkning 1. januar ${run.targetYear}, i prosent (MAPE = gjennomsnittlig absolutt avvik; skjevhet = gjennomsnittlig avvik med fortegn; dekning = andel registrerte tall innenfor 80 %-intervallet: Trappas, og SSBs LLML–HHMH)`,
    );
    out.push("");
    out.push(
      textTable(
        ["Aldersgruppe", ...head],
        r.byBand.filter((s) => s.baseYear === run.baseYear).map((s) => [s.band === "Total" ? "I alt" : s.band, ...cells(s)]),
      ).trimEnd(),
    );
    if (places) {
      out.push("");
      out.push("Per sted (over aldersgruppene):");
      out.push(
        textTable(
          ["Sted", ...head],
          r.byPlace.filter((s) => s.baseYear === run.baseYear).map((s) => [`${s.name} (${s.region})`, ...cells(s)]),
        ).trimEnd(),
      );
      out.push("");
      const err = (x: number | null, o: number) => (x === null ? null : (x - o) / o);
      const range = (lo: number | null, hi: number | null) => (lo === null || hi === null ? "" : `${formatNumber(lo)}–${formatNumber(hi)}`);
      out.push(
        textTable(
          ["Sted", "Aldersgruppe", "Registrert", "Trappa", "Trappa P10–P90", "KK", "SSB", "SSB LLML–HHMH", "Trappa %", "KK %", "SSB %"],
          r.rows
            .filter((x) => x.baseYear === run.baseYear)
            .map((x) => [
              x.name,
              x.band === "Total" ? "I alt" : x.band,
              formatNumber(x.observed),
              formatNumber(x.engine),
              range(x.engineLow, x.engineHigh),
              formatNumber(x.cc),
              x.ssb === null ? "" : formatNumber(x.ssb),
              range(x.ssbLow, x.ssbHigh),
              nb(err(x.engine, x.observed)),
              nb(err(x.cc, x.observed)),
              nb(err(x.ssb, x.observed)),
            ]),
        ).trimEnd(),
      );
    }
    out.push("");
  }
  if (!corrected)
    out.push(
      "Trappas kohort-komponent-framskriving i tilbaketesten har ikke noe eget intervall; dekningen gjelder SSBs lave og høye alternativ (LLML–HHMH), lest som P10–P90 slik usikkerhetsberegningen leser dem.",
    );
  return `${out.join("\n")}\n`;
}

/** Runs `trappa backtest` with the flags commander parsed (options and help: register/backtest.ts), writing to `io`. */
export function backtestCommand(flags: Flags, io: CliIo): CommandResult {
  const baseYears = flags.baseYear.split(",").map((y) => whole(y.trim(), "--base-year", 1900));
  const horizon = flags.horizon === undefined ? undefined : whole(flags.horizon, "--horizon", 1);
  const damping = Number(flags.trendDamping);
  if (!(damping >= 0 && damping <= 2)) throw new UsageError(`--trend-damping forventer et tall mellom 0 og 2, fikk "${flags.trendDamping}"`);
  const borderYear = flags.borderYear === undefined ? undefined : whole(flags.borderYear, "--border-year", 1900);
  const history = readSsbFile(flags.history, { borderYear });
  const published = (flags.published ?? [])
    .flatMap((f) => f.split(","))
    .map((f) => f.trim())
    .filter((f) => f !== "")
    .map((file) => ({ file, ...readSsbFile(file, { borderYear }) }));
  const codes = loadCodeHistory();
  const moves = flags.moves === undefined ? undefined : readMovesByAge(flags.moves, codes, borderYear ?? codes.newestYear);
  const r = runBacktests({
    moves,
    movesFile: flags.moves,
    historyFile: flags.history,
    history: history.rows,
    historyReport: history.report,
    baseYears,
    horizon,
    published,
    regions: flags.regions?.split(",").map((s) => s.trim()),
    window: whole(flags.window, "--window", 1),
    migrationBands: flags.migrationBands,
    shrinkage: whole(flags.shrinkage, "--shrinkage", 0),
    reconstructYears: whole(flags.reconstructYears, "--reconstruct-years", 0),
    reconstructFrom: flags.reconstructFrom === undefined ? undefined : whole(flags.reconstructFrom, "--reconstruct-from", 0),
    areaMortality: flags.areaMortality,
    areaFertility: flags.areaFertility,
    trendDamping: damping,
    learn: flags.learn,
  });
  if (flags.format === "csv") {
    for (const run of r.runs) for (const n of run.notes) io.stderr.write(`${n}\n`);
    io.stdout.write(csvOutput(r, flags.places === true));
    return 0;
  }
  io.stdout.write(tableOutput(r, flags.places === true));
  return 0;
}
