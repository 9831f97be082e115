/**
 * Benchmark: the projection kernel at national size, 357 places × 2 sexes × 106 ages × 27
 * years (2024-2050) × 9 alternatives, on one core, each place projected as a run projects
 * it (projectAlternative). The first (cold) run is printed too.
 * Prints wall time, cell-years per second and peak memory.
 *
 *   npm run bench
 */
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { SSB_ALTERNATIVES } from "../../engine/population/assumptions";
import { parseBands } from "../../engine/population/bands";
import { GRID_SIZE } from "../../engine/population/grid";
import { nationalAlternative, type PlaceModel, projectAlternative } from "../../engine/population/model";
import { placeFromBands, stationaryMaleShare } from "../../engine/population/place";
import { rogersCastroProfile } from "../../engine/population/migration-profile";

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

/** Projects every place under every alternative; returns a checksum (80-year-old men in the last year). */
function runAll(mortality = loadMortalityBase()): number {
  let sum = 0;
  for (const code of SSB_ALTERNATIVES) {
    const nat = nationalAlternative(assumptions, mortality, code);
    for (const place of places) {
      const p = projectAlternative(nat, place, END);
      sum += p.population[(YEARS - 1) * GRID_SIZE + 80];
    }
  }
  return sum;
}

function measure(): void {
  // A fresh mortality base, so that the mortality cache starts cold.
  const t0 = performance.now();
  runAll(loadMortalityBase());
  const cold = (performance.now() - t0) / 1000;
  const times: number[] = [];
  let sum = 0;
  for (let r = 0; r < REPS; r++) {
    const t = performance.now();
    sum = runAll();
    times.push((performance.now() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(REPS / 2)];
  console.log("én kjerne:");
  console.log(`  veggtid, median av ${REPS}: ${median.toFixed(3)} s (beste ${times[0].toFixed(3)} s; første, kald kjøring: ${cold.toFixed(3)} s)`);
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
measure();
