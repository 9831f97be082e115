/**
 * Benchmark: the default scenario end to end with the uncertainty switched on
 * (`trappa run scenarios/default.json --uncertainty 1000`, without PNGs): the whole run
 * (population, coverage, housing, council summary, calculator, personas), then 1 000
 * uncertainty replicates (population to 2050, coverage and housing to 2040, the council
 * summary, and the Johs scale-up to 2040 with 8 simulated persons' pathways per parameter
 * set), their percentiles, and the report, workbook, CSVs and run.json written to a
 * temporary folder. Prints the wall time, the time of the uncertainty part, milliseconds
 * per replicate, the process's peak memory (max RSS) and the load average (the machine is
 * shared). Prints, never asserts. Target: under 5 s wall on two workers (`-- --workers 2`).
 *
 *   npm run bench:uncertainty            (-- --replicates N for another count, -- --workers N for worker threads; default 1)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const at = process.argv.indexOf("--replicates");
const n = at > 0 ? Number(process.argv[at + 1]) : 1000;
const wat = process.argv.indexOf("--workers");
const workers = wat > 0 ? Number(process.argv[wat + 1]) : 1;
const load0 = loadavg()[0];
const t0 = performance.now();
const { runToFolder } = await import("../../engine/report/write-run");
const loadMs = performance.now() - t0;
const dir = mkdtempSync(join(tmpdir(), "trappa-bench-u-"));
const fmt = (ms: number) => `${(ms / 1000).toFixed(1).replace(".", ",")} s`;

try {
  const r = await runToFolder("scenarios/default.json", { out: join(dir, "u"), uncertainty: n, workers });
  const wall = performance.now() - t0;
  const part = r.result.timings.find((t) => t.part === "usikkerhet")!.ms;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const u = r.result.uncertainty!;
  const key = u.summary.find((s) => s.key === "cost_reduction_alt_profile")!;
  console.log(`Standardscenarioet ende til ende med --uncertainty ${n} (${r.files.length} filer, frø ${u.seed}):`);
  console.log(`  veggklokke i ny prosess (inkl. lasting av motoren ${fmt(loadMs)}): ${fmt(wall)}`);
  console.log(
    `  usikkerhetsdelen: ${fmt(part)} (${(part / n).toFixed(1).replace(".", ",")} ms per replikat, ${workers === 1 ? "én tråd" : `${workers} arbeidstråder`})`,
  );
  console.log(`  deler: ${r.result.timings.map((t) => `${t.part} ${Math.round(t.ms)} ms`).join(", ")}`);
  console.log(`  høyeste minnebruk (maks RSS): ${Math.round(rssMb)} MB`);
  console.log(`  kostnadsreduksjon med alternativ profil 2040: ${key.stats.map((v) => v.toFixed(1)).join(" / ")} (P10/P50/P90, mill. kr)`);
  const su = u.scaleUp;
  if (su)
    console.log(
      `  årlig innsparing ved opptrapping 2040: ${su.saving.stats.map((s) => (s[s.length - 1] / 1e6).toFixed(1)).join(" / ")} (P10/P50/P90, mill. kr); balanseår ${su.breakEven.stats.map((v) => v.toFixed(1)).join(" / ")}`,
    );
  console.log(`  belastning (load average 1 min) før/etter: ${load0.toFixed(1)} / ${loadavg()[0].toFixed(1)}`);
  console.log(`  mål: under 5 s: ${wall < 5000 ? "nådd" : "IKKE nådd"} (usikkerhetsdelen ${part < 5000 ? "under" : "over"} 5 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
