#!/usr/bin/env node
// Executes every notebook in notebooks/ with the project's tslab kernel (jupyter/kernels),
// writing the executed copies to build/notebooks. A failing cell fails the run (exit 1).
// The engine's bundle that notebooks import (dist/engine, bin/notebook-engine.mjs) is built
// once here first, so that kernels starting side by side find it current.
// Notebooks run two at a time (each is mostly tslab type-checking the engine on one core);
// `--jobs N` or TRAPPA_NOTEBOOK_JOBS=N sets another number. Other arguments select
// notebooks whose file name contains them.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { notebookEngine } from "../../bin/notebook-engine.mjs";

const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
const dir = join(root, "notebooks");
const outDir = join(root, "build", "notebooks");
mkdirSync(outDir, { recursive: true });
await notebookEngine(root);

const args = process.argv.slice(2);
let jobs = Number(process.env.TRAPPA_NOTEBOOK_JOBS ?? Math.min(2, availableParallelism()));
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--jobs") jobs = Number(args[++i]);
  else only.push(args[i]);
}
if (!(Number.isInteger(jobs) && jobs >= 1)) {
  console.error(`--jobs forventer et heltall fra 1, fikk "${jobs}"`);
  process.exit(2);
}
const notebooks = readdirSync(dir)
  .filter((f) => f.endsWith(".ipynb") && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
if (notebooks.length === 0) {
  console.error("Fant ingen notatbøker i notebooks/.");
  process.exit(1);
}

/** Executes one notebook; resolves to whether it ran without errors (and prints the outcome). */
function execute(nb) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(
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
      { cwd: root, env: { ...process.env, JUPYTER_PATH: join(root, "jupyter"), TRAPPA_ROOT: root }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d) => (stderr += d));
    let finished = false;
    const finish = (status, error) => {
      if (finished) return;
      finished = true;
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (status === 0) {
        console.log(`ok   ${nb} (${secs} s)`);
        done(true);
        return;
      }
      console.log(`FEIL ${nb} (${secs} s)`);
      console.log(
        stderr
          .split("\n")
          .filter((l) => !/MissingIDFieldWarning|validate\(nb\)/.test(l))
          .slice(-40)
          .join("\n"),
      );
      if (error) console.log(String(error));
      done(false);
    };
    child.on("error", (err) => finish(null, err));
    child.on("close", (status) => finish(status));
  });
}

let next = 0;
let failed = 0;
async function lane() {
  while (next < notebooks.length) {
    const nb = notebooks[next++];
    if (!(await execute(nb))) failed++;
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, notebooks.length) }, lane));
console.log(`${notebooks.length - failed} av ${notebooks.length} notatbøker kjørte uten feil.`);
process.exit(failed ? 1 : 0);
