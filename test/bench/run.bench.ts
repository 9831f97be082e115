/**
 * Benchmark: the default scenario end to end (`trappa run scenarios/default.json`, without
 * PNGs): load and validate the scenario, project the population (3 alternatives), coverage
 * (alternativ 0 + 4 alternatives), housing staircase, council summary, calculator, then the
 * report, the workbook, the CSVs and run.json written to a temporary folder. Prints the wall
 * time of the first run in a fresh process (including loading the engine), of warm runs,
 * and the process's peak memory (max RSS). Target: under 5 s without PNGs.
 *
 *   npm run bench:run            (add -- --png to time the PNG images too)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const t0 = performance.now();
const { runToFolder } = await import("../../engine/report/write-run");
const loadMs = performance.now() - t0;
const dir = mkdtempSync(join(tmpdir(), "trappa-bench-"));
const png = process.argv.includes("--png");
const fmt = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;

try {
  const first = await runToFolder("scenarios/default.json", { out: join(dir, "first"), png });
  const cold = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const w0 = performance.now();
    await runToFolder("scenarios/default.json", { out: join(dir, `warm-${i}`), png });
    warm.push(performance.now() - w0);
  }
  warm.sort((a, b) => a - b);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const rows = first.result.tables.reduce((s, t) => s + t.data.numRows(), 0);
  console.log(
    `Standardscenarioet ende til ende${png ? " med PNG" : " uten PNG"} (${first.files.length} filer, ${rows} tabellrader, ${first.result.replicates} replikater):`,
  );
  console.log(`  første kjøring i ny prosess (inkl. lasting av motoren ${fmt(loadMs)}): ${fmt(cold)}`);
  console.log(`  varme kjøringer, median av 5: ${fmt(warm[2])} (min ${fmt(warm[0])}, maks ${fmt(warm[4])})`);
  console.log(`  deler: ${first.result.timings.map((t) => `${t.part} ${Math.round(t.ms)} ms`).join(", ")}`);
  console.log(`  høyeste minnebruk (maks RSS): ${Math.round(rssMb)} MB`);
  console.log(`  mål: under 5 s uten PNG: ${cold < 5000 ? "nådd" : "IKKE nådd"}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
