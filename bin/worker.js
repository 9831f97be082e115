// A worker thread for Trappa's worker pool (engine/run/worker-pool.ts): registers tsx so
// that TypeScript task modules can be imported, then runs the tasks it is sent.
import { register } from "tsx/esm/api";
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";

register();
const mod = await import(pathToFileURL(workerData.module).href);
parentPort.on("message", async (msg) => {
  try {
    const { result, transfer } = await mod[msg.fn](msg.input);
    parentPort.postMessage({ id: msg.id, result }, transfer ?? []);
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: String(err && err.stack ? err.stack : err) });
  }
});
parentPort.postMessage({ ready: true });
