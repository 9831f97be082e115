// A worker thread for Trappa's worker pool (engine/parallel/worker-pool.ts). Its first message
// says what to load: the task module as one CommonJS bundle (`code`, evaluated here with a
// require that resolves from the project), or, without a bundle, the TypeScript `module`
// itself through tsx. Then it runs the tasks it is sent.
import { parentPort } from "node:worker_threads";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runInThisContext } from "node:vm";

async function load({ module, root, code }) {
  if (code) {
    const m = { exports: {} };
    const wrapped = runInThisContext(`(function (exports, require, module) {${code}\n})`, { filename: `${module} (bundle)` });
    wrapped(m.exports, createRequire(join(root, "package.json")), m);
    return m.exports;
  }
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(module).href);
}

parentPort.once("message", async (msg) => {
  const mod = await load(msg.load);
  parentPort.on("message", async (msg) => {
    try {
      const { result, transfer } = await mod[msg.fn](msg.input);
      parentPort.postMessage({ id: msg.id, result }, transfer ?? []);
    } catch (err) {
      // Bad input keeps its kind across the thread boundary: the CLI prints it without a stack.
      const input = err?.name === "InputError" || err?.name === "UsageError";
      parentPort.postMessage({ id: msg.id, error: String(input ? err.message : err?.stack ? err.stack : err), kind: input ? err.name : undefined });
    }
  });
  parentPort.postMessage({ ready: true });
});
