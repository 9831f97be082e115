/**
 * Benchmark: a national-size run, 357 places × 2 sexes × 106 ages × 27 years (2024-2050)
 * × 9 alternatives, on one core. Prints wall time, cell-years per second and peak memory.
 *
 *   npm run bench
 */
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { SSB_ALTERNATIVES } from "../../engine/population/assumptions";
import { parseBands } from "../../engine/population/bands";
import { GRID_SIZE } from "../../engine/population/grid";
import { nationalAlternative, type PlaceModel } from "../../engine/population/model";
import { projectMany } from "../../engine/population/many";
import { placeFromBands, stationaryMaleShare } from "../../engine/population/place";
import { rogersCastroProfile } from "../../engine/population/migration-profile";

const PLACES = 357;
const BASE = 2024;
const END = 2050;
const YEARS = END - BASE + 1; // 27 years of population, 26 steps

const assumptions = loadNationalAssumptions();
let mortality = loadMortalityBase();
const bands = parseBands("plan");
const maleShare = stationaryMaleShare(mortality, 81.5, 84.7, assumptions.sexRatioAtBirth);
const profile = rogersCastroProfile();

// 357 synthetic places: Færder's band structure scaled to sizes from 200 to 700 000.
const places: PlaceModel[] = [];
for (let i = 0; i < PLACES; i++) {
  const size = 200 * Math.pow(3500, i / (PLACES - 1));
  const totals = [5454, 9608, 6719, 4125, 1320, 275].map((v) => (v / 27501) * size);
  const p = placeFromBands({ code: String(1000 + i), name: `Sted ${i}`, baseYear: BASE, bands, totals, maleShare, immigrationShare: size / 5550203 });
  places.push({ ...p, flows: [{ label: "innenlands", profile, level: { "2024": (i % 7) - 3 } }] });
}

function run(): { checksum: number; prepMs: number } {
  let checksum = 0;
  mortality = loadMortalityBase(); // a fresh base: its mortality cache starts cold, as in a real run
  const t0 = performance.now();
  const nationals = SSB_ALTERNATIVES.map((code) => nationalAlternative(assumptions, mortality, code));
  for (const n of nationals) for (let y = BASE; y < END; y++) n.year(y); // solve mortality once per alternative and year
  const prepMs = performance.now() - t0;
  // All results are kept, as in a real run: one buffer per alternative.
  const size = YEARS * GRID_SIZE;
  for (const n of nationals) {
    const out = projectMany({ assumptions, mortality, alternative: n.code, places, endYear: END }).result;
    for (let k = 0; k < PLACES; k++) checksum += out[(k + 1) * size - GRID_SIZE + 80];
  }
  return { checksum, prepMs };
}

run(); // warm-up (JIT)
const reps = 5;
const times: number[] = [];
const cpuTimes: number[] = [];
let prep = 0;
let checksum = 0;
for (let r = 0; r < reps; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const res = run();
  const c1 = process.cpuUsage(c0);
  cpuTimes.push((c1.user + c1.system) / 1000);
  times.push(performance.now() - t0);
  prep = res.prepMs;
  checksum = res.checksum;
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(reps / 2)] / 1000;
const cpuMedian = cpuTimes[Math.floor(reps / 2)] / 1000;
const cellYears = PLACES * 2 * 106 * YEARS * SSB_ALTERNATIVES.length;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log("Befolkningsframskriving, nasjonal størrelse (én kjerne)");
console.log(`  ${PLACES} steder × 2 kjønn × 106 aldre × ${YEARS} år × ${SSB_ALTERNATIVES.length} alternativer = ${(cellYears / 1e6).toFixed(1)} mill. celle-år`);
console.log(`  veggtid (median av ${reps}): ${median.toFixed(3)} s (dødelighet løst for 9 alternativer × 26 år: ${(prep / 1000).toFixed(3)} s)`);
console.log(`  gjennomstrømning: ${(cellYears / median / 1e6).toFixed(0)} mill. celle-år per sekund (CPU-tid ${cpuMedian.toFixed(3)} s: ${(cellYears / cpuMedian / 1e6).toFixed(0)} mill. per CPU-sekund)`);
console.log(`  høyeste minnebruk (maxRSS): ${peakMb.toFixed(0)} MB`);
console.log(`  kontrollsum: ${checksum.toFixed(3)}`);

// The same run split over worker threads (places in chunks × alternatives), results in
// task order so that they do not depend on the number of workers.
const { WorkerPool } = await import("../../engine/run/worker-pool");
const { resolve } = await import("node:path");
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const CHUNKS = 4;
const tStart = performance.now();
const pool = new WorkerPool(resolve("engine/population/many.ts"), WORKERS);
await pool.started();
const startMs = performance.now() - tStart;
await pool.broadcast("setShared", { assumptions, mortality, places });
const tasks = SSB_ALTERNATIVES.flatMap((alternative) =>
  Array.from({ length: CHUNKS }, (_, c) => ({ alternative, from: Math.floor((c * PLACES) / CHUNKS), to: Math.floor(((c + 1) * PLACES) / CHUNKS), endYear: END })));
async function runParallel(): Promise<number> {
  const out = await pool.map<typeof tasks[number], Float64Array>("projectChunk", tasks);
  const size = YEARS * GRID_SIZE;
  let sum = 0;
  for (const chunk of out) for (let k = 0; k < chunk.length / size; k++) sum += chunk[(k + 1) * size - GRID_SIZE + 80];
  return sum;
}
await runParallel();
const ptimes: number[] = [];
let pchecksum = 0;
for (let r = 0; r < reps; r++) {
  const t0 = performance.now();
  pchecksum = await runParallel();
  ptimes.push(performance.now() - t0);
}
await pool.close();
ptimes.sort((a, b) => a - b);
const pmedian = ptimes[Math.floor(reps / 2)] / 1000;
console.log(`Samme kjøring på ${WORKERS} arbeidstråder (${tasks.length} oppgaver)`);
console.log(`  veggtid (median av ${reps}, varme tråder): ${pmedian.toFixed(3)} s; oppstart av trådene (én gang): ${(startMs / 1000).toFixed(2)} s`);
console.log(`  gjennomstrømning: ${(cellYears / pmedian / 1e6).toFixed(0)} mill. celle-år per sekund`);
console.log(`  høyeste minnebruk (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`  kontrollsum: ${pchecksum.toFixed(3)} (${pchecksum === checksum ? "lik" : "ULIK"} den på én kjerne)`);
