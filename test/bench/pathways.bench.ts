/**
 * Benchmark: the Færder scale-up of the Johs persona (684 persons with dementia plus new cases
 * from incidence × the projected population, 2025-2040, three pathways per person with common
 * random numbers), 10 000 replicates, on one thread and on worker threads. Prints wall time
 * (model set-up excluded; with workers, starting them included) and person-years simulated
 * per second. What is counted: for every simulated person, the years he or she is alive
 * inside 1 January 2025 - 31 December 2040, summed over persons and replicates (the
 * personYears column of each replicate, filled by the simulation itself); once per person,
 * although each person is laid out under all three pathways (that figure is printed
 * separately as "forløps-person-år"). Years of an existing person's course before 2025 and
 * of any course after 2040 are simulated too but not counted. Per core: the figure ÷ the
 * number of threads computing. Also prints the processor time of all the process's threads
 * (person-years per processor-second: what a core does when it is not shared) and the load
 * average, since other work on the machine changes the wall-clock figures. Never asserts
 * timings.
 *
 *   npm run bench:pathways            (BENCH_REPLICATES, BENCH_WORKERS to change)
 */
import { availableParallelism, loadavg } from "node:os";
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { loadConditionDefaults, loadPersona } from "../../engine/io/persona-file";
import { periodMx } from "../../engine/pathways/life-table-mx";
import { runScaleUpMonteCarlo } from "../../engine/pathways/run";
import { scaleUpLayout } from "../../engine/pathways/scale-up";
import { buildScaleUpModel } from "../../engine/pathways/scale-up-build";
import { scaleUpPopulation } from "../../engine/run/personas";

const REPLICATES = Number(process.env.BENCH_REPLICATES ?? 10000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? Math.min(2, availableParallelism()));

const persona = loadPersona("scenarios/personas/johs.json");
const d = loadConditionDefaults();
const base = loadMortalityBase(),
  as = loadNationalAssumptions();
const model = buildScaleUpModel(persona, scaleUpPopulation(2025, 2040), {
  prevalence: d.prevalence.value,
  incidence70plus: d.incidence70plus.value,
  existingCount: 684,
  survivalMedianYears: d.survivalAfterDiagnosis.medianYears,
  survivalAtAge: d.survivalAfterDiagnosis.atAge,
  mx: { male: periodMx(base, as, "male", d.lifeTableYear).mx, female: periodMx(base, as, "female", d.lifeTableYear).mx },
});
const L = scaleUpLayout(model);

async function measure(workers: number): Promise<Float64Array> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const values = await runScaleUpMonteCarlo(model, { seed: 2040, replicates: REPLICATES, workers });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  let py = 0,
    persons = 0;
  for (let r = 0; r < REPLICATES; r++) {
    py += values[r * L.stride + L.personYears];
    for (let y = 0; y < L.years; y++) persons += values[r * L.stride + L.newCases + y];
  }
  persons += REPLICATES * model.existingCount;
  // Check of the count: every year alive is in exactly one phase of each pathway, so the person-years
  // per phase of any pathway, summed, give the same total.
  let inPhases = 0;
  for (let r = 0; r < REPLICATES; r++) {
    for (const g of [0, 1]) for (const at of L.series[g][0].phases) for (let y = 0; y < L.years; y++) inPhases += values[r * L.stride + at + y];
  }
  const label = workers === 1 ? "én tråd" : `${workers} arbeidstråder (inkl. oppstart)`;
  console.log(`${label}:`);
  console.log(`  veggtid: ${secs.toFixed(2)} s (${((secs * 1000) / REPLICATES).toFixed(2)} ms per replikat)`);
  console.log(
    `  ${(persons / 1e6).toFixed(1)} mill. personer, ${(py / 1e6).toFixed(1)} mill. person-år (${(py / REPLICATES).toFixed(0)} per replikat), × ${model.pathways.length} forløp`,
  );
  console.log(
    `  kontroll: person-år i fasene til «${model.pathways[0].id}» summert = ${(inPhases / 1e6).toFixed(3)} mill. (avvik ${(Math.abs(inPhases / py - 1)).toExponential(1)})`,
  );
  console.log(
    `  ${(py / secs / 1e6).toFixed(2)} mill. person-år per sekund (${(py / secs / 1e6 / workers).toFixed(2)} mill. per kjerne); ${((py * model.pathways.length) / secs / 1e6).toFixed(2)} mill. forløps-person-år per sekund`,
  );
  console.log(`  prosessortid (alle tråder): ${cpuSecs.toFixed(2)} s, ${(py / cpuSecs / 1e6).toFixed(2)} mill. person-år per prosessorsekund`);
  return values;
}

console.log(`Oppskalering Færder: ${model.existingCount} personer med demens + insidens ${model.firstYear}-${model.lastYear}, ${REPLICATES} replikater`);
console.log(`Person-år: år i live innenfor ${model.firstYear}-${model.lastYear} per simulert person, summert (én gang per person, ikke per forløp).`);
console.log(
  `Belastning (load average 1/5/15 min) ved start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")}`,
);
const a = await measure(1);
const b = await measure(WORKERS);
console.log(`  like resultater med 1 og ${WORKERS} tråder: ${Buffer.from(a.buffer).equals(Buffer.from(b.buffer)) ? "ja" : "NEI"}`);
console.log(
  `Belastning ved slutt: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")}`,
);
