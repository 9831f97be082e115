import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { projectRoot } from "../root";
import { taskBundle } from "./task-bundle";
import { InputError, UsageError } from "../errors";

/**
 * A small pool of worker threads that run exported functions of one TypeScript module.
 * Each task function takes a structured-cloneable input and returns
 * `{ result, transfer? }` (transfer: ArrayBuffers handed back without copying).
 * Tasks are handed out in order as workers become free; results come back in task
 * order, so the outcome never depends on the number of workers.
 *
 * The threads start at once; the module reaches them as one JavaScript bundle
 * (taskBundle, built while they start), or as the TypeScript file when no bundle can be
 * built (bin/worker.js then loads it through tsx).
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly ready: Promise<void>[] = [];
  /** Resolves when the task module has been sent to the threads (its bundle built, or none buildable). */
  readonly sent: Promise<void>;

  constructor(
    readonly module: string,
    size: number,
  ) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error(`WorkerPool requires a whole number of workers ≥ 1, got ${size}`);
    const root = projectRoot();
    const script = join(root, "bin", "worker.js");
    const code = taskBundle(module);
    this.sent = code.then(
      () => {},
      () => {},
    );
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      this.workers.push(w);
      this.ready.push(
        new Promise((resolve, reject) => {
          const onMessage = (m: { ready?: boolean }) => {
            if (m.ready) {
              w.off("message", onMessage);
              resolve();
            }
          };
          w.on("message", onMessage);
          w.once("error", reject);
          code.then((c) => w.postMessage({ load: { module, root, code: c } }), reject);
        }),
      );
    }
  }

  /** Resolves when every worker has loaded the task module. */
  async started(): Promise<void> {
    await Promise.all(this.ready);
  }

  /** Runs `fn` on every input; results in the order of the inputs. */
  async map<I, R>(fn: string, inputs: I[]): Promise<R[]> {
    await this.started();
    const results = new Array<R>(inputs.length);
    let next = 0;
    const runOn = (w: Worker): Promise<void> =>
      new Promise((resolve, reject) => {
        const step = () => {
          if (next >= inputs.length) {
            w.off("message", onMessage);
            resolve();
            return;
          }
          const id = next++;
          w.postMessage({ id, fn, input: inputs[id] });
        };
        const onMessage = (m: { id: number; result?: R; error?: string; kind?: string }) => {
          if (m.error !== undefined) {
            w.off("message", onMessage);
            reject(workerError(m.error, m.kind));
            return;
          }
          results[m.id] = m.result as R;
          step();
        };
        w.on("message", onMessage);
        step();
      });
    await Promise.all(this.workers.map(runOn));
    return results;
  }

  /** Runs `fn` once on every worker with the same input (e.g. to hand each worker shared data). */
  async broadcast<I>(fn: string, input: I): Promise<void> {
    await this.started();
    await Promise.all(
      this.workers.map(
        (w, k) =>
          new Promise<void>((resolve, reject) => {
            const id = -1 - k;
            const onMessage = (m: { id: number; error?: string; kind?: string }) => {
              if (m.id !== id) return;
              w.off("message", onMessage);
              if (m.error !== undefined) reject(workerError(m.error, m.kind));
              else resolve();
            };
            w.on("message", onMessage);
            w.postMessage({ id, fn, input });
          }),
      ),
    );
  }

  /** Lets the process exit while the workers wait (a pool started ahead of its tasks), or (`true`) keeps it alive again. */
  hold(keepAlive: boolean): void {
    for (const w of this.workers) {
      if (keepAlive) w.ref();
      else w.unref();
    }
  }

  /** The number of worker threads. */
  get size(): number {
    return this.workers.length;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** An error a worker reported, as the kind it was thrown as (bad input stays an InputError or UsageError). */
function workerError(message: string, kind: string | undefined): Error {
  if (kind === "InputError") return new InputError(message);
  if (kind === "UsageError") return new UsageError(message);
  return new Error(message);
}
