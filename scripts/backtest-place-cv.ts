/**
 * Leave-one-place-out cross-validation of the back-test's cohort-component settings over
 * places and base years (README, "Accuracy"): every setting is back-tested from each base
 * year with SSB's rounds, each place is held out in turn and forecast with the setting that
 * did best on the other places (leaveOnePlaceOut), and the held-out forecasts are scored per
 * band beside each setting in-sample and SSB.
 *
 *   node node_modules/.bin/tsx scripts/backtest-place-cv.ts [DATA_DIR] [BASE_YEARS]
 *
 * DATA_DIR defaults to ../shared/data/telemark (run from the project root) (befolkningsframskrivinger_historiske.csv,
 * Framskrevet_folkemengde_*.csv and, when there, flytting_etter_alder_2016-2025.csv: the moves
 * by single age are a setting, with and without); BASE_YEARS to 2016,2020. Prints CSV.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadCodeHistory } from "../engine/io/ssb/code-history";
import { readMovesByAge } from "../engine/io/ssb/moves";
import { readSsbFile } from "../engine/io/ssb/read";
import { scoreBy, type ScoredRow, scoreFigures } from "../engine/population/backtest-score";
import { leaveOnePlaceOut } from "../engine/population/place-cv";
import { type BacktestsRunOptions, runBacktests } from "../engine/run/backtest";

const dir = process.argv[2] ?? join("..", "shared", "data", "telemark");
const baseYears = (process.argv[3] ?? "2016,2020").split(",").map(Number);
const history = readSsbFile(join(dir, "befolkningsframskrivinger_historiske.csv"), {});
const published = readdirSync(dir)
  .filter((f) => f.startsWith("Framskrevet_folkemengde_"))
  .map((f) => ({ file: f, ...readSsbFile(join(dir, f), {}) }));

const movesFile = join(dir, "flytting_etter_alder_2016-2025.csv");
const moves = existsSync(movesFile) ? readMovesByAge(movesFile, loadCodeHistory(), loadCodeHistory().newestYear) : undefined;

type Setting = Partial<BacktestsRunOptions>;
const grid: Array<[string, Setting]> = [];
// The defaults first (ties go to the earlier setting): own fertility, migration at 80+, no own mortality, no moves.
for (const mv of moves ? [false, true] : [false])
  for (const lf of [true, false])
    for (const oam of [true, false])
      for (const lm of [false, true])
        grid.push([
          `lf=${lf ? 1 : 0} oam=${oam ? 1 : 0} lm=${lm ? 1 : 0} moves=${mv ? 1 : 0}`,
          { localFertility: lf, oldAgeMigration: oam, localMortality: lm, moves: mv ? moves : undefined },
        ]);
const BANDS = ["0", "1-5", "0-5", "67-79", "80-89", "90+", "Total"];
const CRITERION = ["0-5", "67-79", "80-89", "90+", "Total"];
const runs = grid.map(([name, s]) => {
  const r = runBacktests({ historyFile: "history", history: history.rows, historyReport: history.report, baseYears, published, ...s });
  process.stderr.write(`${name}\n`);
  return { name, rows: r.rows };
});
const pct = (x: number | null) => (x === null ? "" : (100 * x).toFixed(1));
const table = (label: string, rows: readonly ScoredRow[]) =>
  scoreBy(
    rows.filter((r) => BANDS.includes(r.band)),
    (r) => `${r.baseYear}|${r.band}`,
  ).map((s) => [label, ...s.key.split("|"), ...scoreFigures(s).map(pct)].join(","));
const cv = leaveOnePlaceOut(runs, CRITERION);
console.log("setting,base_year,band,trappa_mape,trappa_bias,kk_mape,kk_bias,ssb_mape,ssb_bias,trappa_coverage,ssb_coverage");
for (const line of table("leave-one-place-out", cv.rows)) console.log(line);
for (const r of runs) for (const line of table(r.name, r.rows)) console.log(line);
console.log(`\nregion,chosen`);
for (const [region, name] of cv.chosen) console.log(`${region},${name}`);
