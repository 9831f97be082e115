import { UsageError } from "../errors";
import { readSsbFile } from "../io/ssb/read";
import { toCsv } from "../io/tidy-csv";
import { formatNumber } from "../report/format";
import { textTable } from "../report/text-table";
import { runBacktest } from "../run/backtest";
import type { CliIo, CommandResult } from "./context";

export interface Flags {
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

/** Runs `trappa backtest` with the arguments and flags commander parsed (options and help: register/backtest.ts), writing to `io`. */
export function backtestCommand(flags: Flags, io: CliIo): CommandResult {
  const baseYear = whole(flags.baseYear, "--base-year", 1900);
  const horizon = whole(flags.horizon, "--horizon", 1);
  const damping = Number(flags.trendDamping);
  if (!(damping >= 0 && damping <= 2)) throw new UsageError(`--trend-damping forventer et tall mellom 0 og 2, fikk "${flags.trendDamping}"`);
  const history = readSsbFile(flags.history).rows;
  const published = flags.published ? readSsbFile(flags.published).rows : undefined;
  const r = runBacktest({
    historyFile: flags.history,
    history,
    baseYear,
    horizon,
    publishedFile: flags.published,
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
  const pct = (v: number | null, d = 1) => (v === null ? "" : (100 * v).toFixed(d));
  if (flags.format === "csv") {
    io.stdout.write(
      toCsv(
        ["band", "engine_mape", "engine_bias", "ssb_mape", "ssb_bias"],
        r.summary.map((s) => [s.band, pct(s.engineMape, 2), pct(s.engineBias, 2), pct(s.ssbMape, 2), pct(s.ssbBias, 2)]),
      ),
    );
    if (flags.places) {
      io.stdout.write(
        "\n" +
          toCsv(
            ["region", "name", "band", "observed", "engine", "ssb", "engine_error", "ssb_error"],
            r.rows.map((x) => [x.region, x.name, x.band, x.observed, Number(x.engine.toFixed(1)), x.ssb ?? "", pct(x.engineError, 2), pct(x.ssbError, 2)]),
          ),
      );
    }
    return 0;
  }
  const nb = (v: number | null) => (v === null ? "" : formatNumber(100 * v, 1));
  io.stdout.write(`Tilbaketest: basisår ${r.baseYear}, ${horizon} år fram (til ${r.targetYear}), ${r.places.length} steder: ${r.places.join(", ")}\n`);
  if (r.areaFertilityFactor !== null)
    io.stdout.write(`Fruktbarhet: landets × ${formatNumber(r.areaFertilityFactor, 3)} (lest av områdets fødsler i ${flags.window} år før basisåret)\n`);
  if (r.areaHazardRatio !== null)
    io.stdout.write(`Dødelighet: landets × ${formatNumber(r.areaHazardRatio, 3)} (lest av områdets 80+ i ${flags.window} år før basisåret)\n`);
  io.stdout.write(
    "Prosentavvik fra registrert befolkning 1. januar " +
      r.targetYear +
      " (MAPE = gjennomsnittlig absolutt avvik; skjevhet = gjennomsnittlig avvik med fortegn)\n\n",
  );
  io.stdout.write(
    textTable(
      ["Aldersgruppe", "Trappa MAPE", "Trappa skjevhet", "SSB MAPE", "SSB skjevhet"],
      r.summary.map((s) => [s.band === "Total" ? "I alt" : s.band, nb(s.engineMape), nb(s.engineBias), nb(s.ssbMape), nb(s.ssbBias)]),
    ),
  );
  if (flags.places) {
    io.stdout.write(
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
  return 0;
}
