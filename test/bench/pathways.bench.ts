/**
 * Benchmark: the Færder scale-up of the Johs persona (684 persons with dementia plus new cases
 * from incidence × the projected population, 2025-2040, three pathways per person with common
 * random numbers), 10 000 replicates, on one thread and on worker threads. Prints wall time and
 * person-years simulated per second (years lived inside 2025-2040 by simulated persons,
 * counted once per person; each is evaluated under all three pathways). Never asserts timings.
 *
 *   npm run bench:pathways            (BENCH_REPLICATES, BENCH_WORKERS to change)
 */
import { availableParallelism } from "node:os";
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { loadConditionDefaults, loadPersona } from "../../engine/io/persona-file";
import { periodMx } from "../../engine/pathways/life-table-mx";
import { runScaleUpMonteCarlo } from "../../engine/pathways/run";
import { scaleUpLayout } from "../../engine/pathways/scale-up";
import { buildScaleUpModel } from "../../engine/pathways/scale-up-build";
import { scaleUpPopulation } from "../../engine/pathways/scale-up-population";

const REPLICATES = Number(process.env.BENCH_REPLICATES ?? 10000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? Math.min(2, availableParallelism()));

const persona = loadPersona("scenarios/personas/johs.json");
const d = loadConditionDefaults();
const base = loadMortalityBase(), as = loadNationalAssumptions();
const model = buildScaleUpModel(persona, scaleUpPopulation(2025, 2040), {
  prevalence: d.prevalence.value, incidence70plus: d.incidence70plus.value, existingCount: 684,
  survivalMedianYears: d.survivalAfterDiagnosis.medianYears, survivalAtAge: d.survivalAfterDiagnosis.atAge,
  mx: { male: periodMx(base, as, "male", d.lifeTableYear).mx, female: periodMx(base, as, "female", d.lifeTableYear).mx },
});
const L = scaleUpLayout(model);

async function measure(workers: number): Promise<Float64Array> {
  const t0 = performance.now();
  const values = await runScaleUpMonteCarlo(model, { seed: 2040, replicates: REPLICATES, workers });
  const secs = (performance.now() - t0) / 1000;
  let py = 0, persons = 0;
  for (let r = 0; r < REPLICATES; r++) {
    py += values[r * L.stride + L.personYears];
    for (let y = 0; y < L.years; y++) persons += values[r * L.stride + L.newCases + y];
  }
  persons += REPLICATES * model.existingCount;
  const label = workers === 1 ? "én tråd" : `${workers} arbeidstråder (inkl. oppstart)`;
  console.log(`${label}:`);
  console.log(`  veggtid: ${secs.toFixed(2)} s`);
  console.log(`  ${(persons / 1e6).toFixed(1)} mill. personer, ${(py / 1e6).toFixed(1)} mill. person-år (${(py / REPLICATES).toFixed(0)} per replikat), × ${model.pathways.length} forløp`);
  console.log(`  ${(py / secs / 1e6).toFixed(2)} mill. person-år per sekund (${(py / secs / 1e6 / workers).toFixed(2)} mill. per kjerne); ${((py * model.pathways.length) / secs / 1e6).toFixed(2)} mill. forløps-person-år per sekund`);
  return values;
}

console.log(`Oppskalering Færder: ${model.existingCount} personer med demens + insidens ${model.firstYear}-${model.lastYear}, ${REPLICATES} replikater`);
const a = await measure(1);
const b = await measure(WORKERS);
console.log(`  like resultater med 1 og ${WORKERS} tråder: ${Buffer.from(a.buffer).equals(Buffer.from(b.buffer)) ? "ja" : "NEI"}`);
