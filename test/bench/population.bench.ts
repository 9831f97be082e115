/**
 * Benchmark: a national-size run, 357 places × 2 sexes × 106 ages × 27 years (2024-2050)
 * × 9 alternatives, on one core and on two worker threads. All results are kept in one
 * output array (147 MB), allocated once and reused by the repeated runs, as in repeated
 * national runs (uncertainty replicates); the first (cold) run is printed too.
 * Prints wall time, cell-years per second and peak memory.
 *
 *   npm run bench
 */
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { SSB_ALTERNATIVES } from "../../engine/population/assumptions";
import { parseBands } from "../../engine/population/bands";
import { GRID_SIZE } from "../../engine/population/grid";
import type { PlaceModel } from "../../engine/population/model";
import { placeFromBands, stationaryMaleShare } from "../../engine/population/place";
import { rogersCastroProfile } from "../../engine/population/migration-profile";
import { NationalRun } from "../../engine/run/national";

const PLACES = 357;
const BASE = 2024;
const END = 2050;
const YEARS = END - BASE + 1; // 27 years of population, 26 steps
const REPS = 7;

const assumptions = loadNationalAssumptions();
const bands = parseBands("plan");
const profile = rogersCastroProfile();

function makePlaces(): PlaceModel[] {
  const mortality = loadMortalityBase();
  const maleShare = stationaryMaleShare(mortality, 81.5, 84.7, assumptions.sexRatioAtBirth);
  // 357 synthetic places: Færder's band structure scaled to sizes from 200 to 700 000.
  return Array.from({ length: PLACES }, (_, i) => {
    const size = 200 * 3500 ** (i / (PLACES - 1));
    const totals = [5454, 9608, 6719, 4125, 1320, 275].map((v) => (v / 27501) * size);
    const p = placeFromBands({ code: String(1000 + i), name: `Sted ${i}`, baseYear: BASE, bands, totals, maleShare, immigrationShare: size / 5550203 });
    return { ...p, flows: [{ label: "innenlands", profile, level: { "2024": (i % 7) - 3 } }] };
  });
}

const places = makePlaces();
const cellYears = PLACES * 2 * 106 * YEARS * SSB_ALTERNATIVES.length;

function checksum(out: Float64Array): number {
  const size = YEARS * GRID_SIZE;
  let s = 0;
  for (let k = 0; k < out.length / size; k++) s += out[(k + 1) * size - GRID_SIZE + 80];
  return s;
}

async function measure(workers: number): Promise<void> {
  // A fresh mortality base per set-up, so that the mortality cache starts cold.
  const run = new NationalRun(assumptions, loadMortalityBase(), places, [...SSB_ALTERNATIVES], END, workers);
  const t0 = performance.now();
  await run.run();
  const cold = (performance.now() - t0) / 1000;
  const times: number[] = [];
  let sum = 0;
  for (let r = 0; r < REPS; r++) {
    const t = performance.now();
    sum = checksum(await run.run());
    times.push((performance.now() - t) / 1000);
  }
  await run.close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(REPS / 2)];
  const label = workers === 1 ? "én kjerne" : `${workers} arbeidstråder`;
  console.log(`${label}:`);
  console.log(`  veggtid, median av ${REPS}: ${median.toFixed(3)} s (beste ${times[0].toFixed(3)} s; første, kald kjøring med oppstart: ${cold.toFixed(3)} s)`);
  console.log(
    `  gjennomstrømning: ${(cellYears / median / 1e6).toFixed(0)} mill. celle-år per sekund (beste: ${(cellYears / times[0] / 1e6).toFixed(0)} mill.)`,
  );
  console.log(`  høyeste minnebruk så langt (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`  kontrollsum: ${sum.toFixed(3)}`);
}

console.log("Befolkningsframskriving, nasjonal størrelse");
console.log(
  `  ${PLACES} steder × 2 kjønn × 106 aldre × ${YEARS} år × ${SSB_ALTERNATIVES.length} alternativer = ${(cellYears / 1e6).toFixed(1)} mill. celle-år`,
);
await measure(1);
await measure(Number(process.env.BENCH_WORKERS ?? 2));
