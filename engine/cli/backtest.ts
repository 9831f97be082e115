import { Command, Option } from "commander";
import { UsageError } from "../errors";
import { readSsbFile } from "../io/ssb/read";
import { toCsv } from "../io/tidy-csv";
import { formatNumber } from "../report/format";
import { textTable } from "../report/text-table";
import { runBacktest } from "../run/backtest";
import { norwegian } from "./help";

interface Flags {
  history: string;
  baseYear: string;
  horizon: string;
  published?: string;
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

export function registerBacktest(program: Command): void {
  const cmd = norwegian(new Command("backtest"))
    .summary("tilbaketest: hvor godt har framskrivingene truffet?")
    .description(
      "Framskriver fra registrert befolkning i et basisår, H år fram, og sammenligner med\n" +
        "registrert befolkning: gjennomsnittlig absolutt prosentavvik (MAPE) og skjevhet per\n" +
        "aldersgruppe over stedene, for Trappa og – med --published – for SSBs egen\n" +
        "framskriving fra samme år (MMMM). Filene leses som SSB leverer dem (se import-ssb).",
    )
    .requiredOption("--history <fil>", "registrert befolkning (SSB tabell 07459 i et format import-ssb forstår)")
    .requiredOption("--base-year <år>", "basisår (1. januar)")
    .requiredOption("--horizon <år>", "antall år fram")
    .option("--published <fil>", "SSBs framskriving fra basisåret (MMMM brukes)")
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
      const baseYear = whole(flags.baseYear, "--base-year", 1900);
      const horizon = whole(flags.horizon, "--horizon", 1);
      const damping = Number(flags.trendDamping);
      if (!(damping >= 0 && damping <= 2)) throw new UsageError(`--trend-damping forventer et tall mellom 0 og 2, fikk "${flags.trendDamping}"`);
      const history = readSsbFile(flags.history);
      const published = flags.published ? readSsbFile(flags.published) : undefined;
      const r = runBacktest({
        historyFile: flags.history,
        history: history.rows,
        historyReport: history.report,
        baseYear,
        horizon,
        publishedFile: flags.published,
        published: published?.rows,
        publishedReport: published?.report,
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
      const pct = (v: number | null, d = 1) => (v === null ? "" : (100 * v).toFixed(d));
      if (flags.format === "csv") {
        for (const n of r.notes) process.stderr.write(`${n}\n`);
        process.stdout.write(
          toCsv(
            ["band", "engine_mape", "engine_bias", "ssb_mape", "ssb_bias"],
            r.summary.map((s) => [s.band, pct(s.engineMape, 2), pct(s.engineBias, 2), pct(s.ssbMape, 2), pct(s.ssbBias, 2)]),
          ),
        );
        if (flags.places) {
          process.stdout.write(
            "\n" +
              toCsv(
                ["region", "name", "band", "observed", "engine", "ssb", "engine_error", "ssb_error"],
                r.rows.map((x) => [x.region, x.name, x.band, x.observed, Number(x.engine.toFixed(1)), x.ssb ?? "", pct(x.engineError, 2), pct(x.ssbError, 2)]),
              ),
          );
        }
        return;
      }
      const nb = (v: number | null) => (v === null ? "" : formatNumber(100 * v, 1));
      process.stdout.write(`Tilbaketest: basisår ${r.baseYear}, ${horizon} år fram (til ${r.targetYear}), ${r.places.length} steder: ${r.places.join(", ")}\n`);
      if (r.areaFertilityFactor !== null)
        process.stdout.write(
          `Fruktbarhet: landets × ${formatNumber(r.areaFertilityFactor, 3)} (lest av områdets fødsler i ${flags.window} år før basisåret)\n`,
        );
      if (r.areaHazardRatio !== null)
        process.stdout.write(`Dødelighet: landets × ${formatNumber(r.areaHazardRatio, 3)} (lest av områdets 80+ i ${flags.window} år før basisåret)\n`);
      for (const n of r.notes) process.stdout.write(`${n}\n`);
      process.stdout.write(
        "Prosentavvik fra registrert befolkning 1. januar " +
          r.targetYear +
          " (MAPE = gjennomsnittlig absolutt avvik; skjevhet = gjennomsnittlig avvik med fortegn)\n\n",
      );
      process.stdout.write(
        textTable(
          ["Aldersgruppe", "Trappa MAPE", "Trappa skjevhet", "SSB MAPE", "SSB skjevhet"],
          r.summary.map((s) => [s.band === "Total" ? "I alt" : s.band, nb(s.engineMape), nb(s.engineBias), nb(s.ssbMape), nb(s.ssbBias)]),
        ),
      );
      if (flags.places) {
        process.stdout.write(
          "\n" +
            textTable(
              ["Sted", "Aldersgruppe", "Registrert", "Trappa", "SSB", "Trappa %", "SSB %"],
              r.rows.map((x) => [
                x.name,
                x.band,
                formatNumber(x.observed),
                formatNumber(x.engine),
                x.ssb === null ? "" : formatNumber(x.ssb),
                nb(x.engineError),
                nb(x.ssbError),
              ]),
            ),
        );
      }
    });
  program.addCommand(cmd);
}
