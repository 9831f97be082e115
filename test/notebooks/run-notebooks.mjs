#!/usr/bin/env node
// Executes every notebook in notebooks/ with the project's tslab kernel (jupyter/kernels),
// writing the executed copies to build/notebooks. A failing cell fails the run (exit 1).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
const dir = join(root, "notebooks");
const outDir = join(root, "build", "notebooks");
mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);
const notebooks = readdirSync(dir)
  .filter((f) => f.endsWith(".ipynb") && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
if (notebooks.length === 0) {
  console.error("Fant ingen notatbøker i notebooks/.");
  process.exit(1);
}
let failed = 0;
for (const nb of notebooks) {
  const t0 = Date.now();
  const r = spawnSync(
    "jupyter",
    [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=600",
      "--ExecutePreprocessor.kernel_name=tslab",
      "--output-dir",
      outDir,
      join(dir, nb),
    ],
    { cwd: root, env: { ...process.env, JUPYTER_PATH: join(root, "jupyter"), TRAPPA_ROOT: root }, encoding: "utf8" },
  );
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status === 0) {
    console.log(`ok   ${nb} (${secs} s)`);
  } else {
    failed++;
    console.log(`FEIL ${nb} (${secs} s)`);
    console.log(
      (r.stderr || "")
        .split("\n")
        .filter((l) => !/MissingIDFieldWarning|validate\(nb\)/.test(l))
        .slice(-40)
        .join("\n"),
    );
    if (r.error) console.log(String(r.error));
  }
}
console.log(`${notebooks.length - failed} av ${notebooks.length} notatbøker kjørte uten feil.`);
process.exit(failed ? 1 : 0);
