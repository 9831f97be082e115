import { Command, Option } from "commander";
import { UsageError } from "../errors";
import { readSsbFile } from "../io/ssb/read";
import { toCsv } from "../io/tidy-csv";
import { formatNumber } from "../report/format";
import { textTable } from "../report/text-table";
import { type BacktestsResult, runBacktests } from "../run/backtest";
import { norwegian } from "./help";

interface Flags {
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
  let out = toCsv(
    ["base_year", "target_year", "band", "engine_mape", "engine_bias", "ssb_mape", "ssb_bias", "ssb_coverage"],
    r.byBand.map((s) => [s.baseYear, s.targetYear, s.band, pct(s.engineMape), pct(s.engineBias), pct(s.ssbMape), pct(s.ssbBias), pct(s.ssbCoverage, 1)]),
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
        ["base_year", "target_year", "region", "name", "band", "observed", "engine", "ssb", "ssb_low", "ssb_high", "engine_error", "ssb_error"],
        r.rows.map((x) => [
          x.baseYear,
          x.targetYear,
          x.region,
          x.name,
          x.band,
          x.observed,
          Number(x.engine.toFixed(1)),
          x.ssb ?? "",
          x.ssbLow ?? "",
          x.ssbHigh ?? "",
          pct(err(x.engine, x.observed)),
          pct(err(x.ssb, x.observed)),
        ]),
      );
  }
  return out;
}

/** The back-test as Norwegian tables: per base year the bands side by side, then (with places) per place. */
function tableOutput(r: BacktestsResult, places: boolean): string {
  const out: string[] = [];
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
    if (run.publishedFile) out.push(`SSB: hovedalternativet (MMMM) i runden fra ${run.baseYear} (${run.publishedFile})`);
    for (const n of run.notes) out.push(n);
    out.push(
      `Prosentavvik fra registrert befolkning 1. januar ${run.targetYear}, i prosent (MAPE = gjennomsnittlig absolutt avvik; skjevhet = gjennomsnittlig avvik med fortegn; dekning = andel registrerte tall innenfor SSBs LLML–HHMH)`,
    );
    out.push("");
    const bands = r.byBand.filter((s) => s.baseYear === run.baseYear);
    out.push(
      textTable(
        ["Aldersgruppe", "Trappa MAPE", "Trappa skjevhet", "SSB MAPE", "SSB skjevhet", "SSB dekning"],
        bands.map((s) => [s.band === "Total" ? "I alt" : s.band, nb(s.engineMape), nb(s.engineBias), nb(s.ssbMape), nb(s.ssbBias), nb(s.ssbCoverage, 0)]),
      ).trimEnd(),
    );
    if (places) {
      out.push("");
      out.push("Per sted (over aldersgruppene):");
      out.push(
        textTable(
          ["Sted", "Trappa MAPE", "Trappa skjevhet", "SSB MAPE", "SSB skjevhet", "SSB dekning"],
          r.byPlace
            .filter((s) => s.baseYear === run.baseYear)
            .map((s) => [`${s.name} (${s.region})`, nb(s.engineMape), nb(s.engineBias), nb(s.ssbMape), nb(s.ssbBias), nb(s.ssbCoverage, 0)]),
        ).trimEnd(),
      );
      out.push("");
      const err = (x: number | null, o: number) => (x === null ? null : (x - o) / o);
      out.push(
        textTable(
          ["Sted", "Aldersgruppe", "Registrert", "Trappa", "SSB", "SSB LLML–HHMH", "Trappa %", "SSB %"],
          r.rows
            .filter((x) => x.baseYear === run.baseYear)
            .map((x) => [
              x.name,
              x.band === "Total" ? "I alt" : x.band,
              formatNumber(x.observed),
              formatNumber(x.engine),
              x.ssb === null ? "" : formatNumber(x.ssb),
              x.ssbLow === null || x.ssbHigh === null ? "" : `${formatNumber(x.ssbLow)}–${formatNumber(x.ssbHigh)}`,
              nb(err(x.engine, x.observed)),
              nb(err(x.ssb, x.observed)),
            ]),
        ).trimEnd(),
      );
    }
    out.push("");
  }
  out.push(
    "Trappas kohort-komponent-framskriving i tilbaketesten har ikke noe eget intervall; dekningen gjelder SSBs lave og høye alternativ (LLML–HHMH), lest som P10–P90 slik usikkerhetsberegningen leser dem.",
  );
  return `${out.join("\n")}\n`;
}

export function registerBacktest(program: Command): void {
  const cmd = norwegian(new Command("backtest"))
    .summary("tilbaketest: hvor godt har framskrivingene truffet?")
    .description(
      "Framskriver fra registrert befolkning i ett eller flere basisår og sammenligner med\n" +
        "registrert befolkning: gjennomsnittlig absolutt prosentavvik (MAPE), skjevhet og\n" +
        "dekning per aldersgruppe og per sted, for Trappa og – med --published – for SSBs\n" +
        "egen framskriving fra samme år (MMMM; LLML–HHMH som intervall). Bare det som var\n" +
        "publisert i basisåret brukes. Filene leses som SSB leverer dem (se import-ssb), med\n" +
        "kommunene på grensene i --border-year (standard de nyeste).",
    )
    .requiredOption("--history <fil>", "registrert befolkning (SSB tabell 07459 i et format import-ssb forstår)")
    .requiredOption("--base-year <år>", "basisår (1. januar), ett eller flere kommaseparert, f.eks. 2016,2020")
    .option("--horizon <år>", "antall år fram (standard: til siste registrerte år)")
    .option("--published <filer...>", "SSBs framskrivinger (rundene for basisårene; MMMM brukes, LLML og HHMH som intervall)")
    .option("--border-year <år>", "kommunegrensene stedene legges på (standard: de nyeste)")
    .option("--regions <koder>", "kommunenumre, kommaseparert (standard: alle kommuner i historikken)")
    .option("--window <år>", "år før basisåret som nettoflytting beregnes fra", "10")
    .option("--migration-bands <grupper>", "aldersgrupper for nettoflyttingen (standard 0-19,20-44,45+)")
    .option(
      "--shrinkage <personår>",
      "krymp små steders flyttesatser mot fylkets eller stedenes samlede (vekt personår / (personår + dette); 0: ikke)",
      "10000",
    )
    .option("--reconstruct-years <år>", "år med historikk for å rekonstruere ettårige kohorter (0: vanlig glatting)", "15")
    .option(
      "--reconstruct-from <alder>",
      "alder (en gruppegrense) som ettårige kohorter rekonstrueres fra; yngre aldre glattes innenfor gruppene (standard 67)",
    )
    .option("--no-area-mortality", "ikke les fylkets (eller stedenes samlede) 80+-historikk som lokal dødelighet")
    .option("--no-area-fertility", "ikke les fylkets (eller stedenes samlede) fødsler som lokal fruktbarhet")
    .option("--trend-damping <andel>", "andel av levealderstrenden som føres videre", "0.5")
    .option("--places", "vis også avviket per sted")
    .addOption(new Option("--format <format>", "csv eller table").choices(["csv", "table"]).default("table"))
    .action((flags: Flags) => {
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
      const r = runBacktests({
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
      });
      if (flags.format === "csv") {
        for (const run of r.runs) for (const n of run.notes) process.stderr.write(`${n}\n`);
        process.stdout.write(csvOutput(r, flags.places === true));
        return;
      }
      process.stdout.write(tableOutput(r, flags.places === true));
    });
  program.addCommand(cmd);
}
