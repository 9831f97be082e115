#!/usr/bin/env node
// The unit tests (vitest) and the notebooks (test/notebooks/run-notebooks.mjs) at the same
// time: both are bound by the processor, and run one after the other on two cores each leaves
// a core idle at its end (vitest's last long file, the odd notebook). vitest reports as it
// goes; the notebooks' lines follow when vitest has finished. Fails if either fails.
// `npm test` runs it after Biome and the type check.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");

/** Runs node with `args` in the project; resolves to its exit code and, when captured, its output. */
function node(args, capture) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) {
      child.stdout.setEncoding("utf8").on("data", (d) => (output += d));
      child.stderr.setEncoding("utf8").on("data", (d) => (output += d));
    }
    child.on("error", (err) => done({ code: 1, output: `${output}${err}\n`, secs: (Date.now() - t0) / 1000 }));
    child.on("close", (code, signal) => done({ code: code ?? (signal ? 1 : 0), output, secs: (Date.now() - t0) / 1000 }));
  });
}

const notebooks = node([join("test", "notebooks", "run-notebooks.mjs")], true);
const unit = await node([join("node_modules", "vitest", "vitest.mjs"), "run"], false);
const nb = await notebooks;
process.stdout.write(`\nNotatbøker (kjørt samtidig med enhetstestene):\n${nb.output}`);
console.log(
  `Enhetstester ${unit.secs.toFixed(0)} s (${unit.code === 0 ? "ok" : "FEIL"}), notatbøker ${nb.secs.toFixed(0)} s (${nb.code === 0 ? "ok" : "FEIL"}).`,
);
process.exit(unit.code || nb.code ? 1 : 0);
