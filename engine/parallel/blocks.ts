import { WorkerPool } from "./worker-pool";

/**
 * Replicate ranges [from, to) of `size` replicates each, the last one shorter: fixed by
 * the caller, never by the number of workers, so that how the work is split cannot change
 * a result.
 *
 * @example replicateBlocks(60, 25) // [{ from: 0, to: 25 }, { from: 25, to: 50 }, { from: 50, to: 60 }]
 */
export function replicateBlocks(replicates: number, size: number): Array<{ from: number; to: number }> {
  if (!(Number.isInteger(size) && size >= 1)) throw new Error(`replicateBlocks requires a whole block size ≥ 1, got ${size}`);
  const out: Array<{ from: number; to: number }> = [];
  for (let f = 0; f < replicates; f += size) out.push({ from: f, to: Math.min(replicates, f + size) });
  return out;
}

/** Checks a number of worker threads: a whole number ≥ 1. */
export function checkWorkers(workers: number, where = "--workers"): number {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error(`${where} requires a whole number of worker threads ≥ 1, got ${workers}`);
  return workers;
}

/** What mapTasks runs: task `fn` of the task module `module` (an absolute path) on every input. */
export interface TaskMap<I, R> {
  module: string;
  fn: string;
  inputs: I[];
  workers: number;
  /** The same task in this thread (used with one worker or one input). */
  local: (input: I) => R;
  /** Handed to every worker once before the tasks (task `fn` of the module with `input`), e.g. a model every task reads. */
  shared?: { fn: string; input: unknown };
}

/**
 * Runs a task on every input: in this thread with one worker (or one input), else on a
 * pool of min(workers, inputs) worker threads (WorkerPool, started and closed here) that
 * take the inputs in order as they become free. The results come back in input order
 * either way, so a result never depends on the number of workers as long as each task's
 * result depends only on its input (replicate i drawing from stream (seed, i)).
 *
 * @example await mapTasks({ module, fn: "replicateChunk", inputs: replicateBlocks(1000, 25), workers: 2, local })
 */
export async function mapTasks<I, R>(t: TaskMap<I, R>): Promise<R[]> {
  checkWorkers(t.workers);
  if (t.workers <= 1 || t.inputs.length <= 1) return t.inputs.map((i) => t.local(i));
  const size = Math.min(t.workers, t.inputs.length);
  const pool = takeSpare(t.module, size) ?? new WorkerPool(t.module, size);
  try {
    if (t.shared) await pool.broadcast(t.shared.fn, t.shared.input);
    return await pool.map<I, R>(t.fn, t.inputs);
  } finally {
    await pool.close();
  }
}

/** Pools started ahead of their tasks (prestartWorkers), by task module. */
const spares = new Map<string, WorkerPool>();

function takeSpare(module: string, size: number): WorkerPool | undefined {
  const pool = spares.get(module);
  if (!pool) return undefined;
  spares.delete(module);
  if (pool.size !== size) {
    void pool.close();
    return undefined;
  }
  pool.hold(true);
  return pool;
}

/**
 * Starts `workers` worker threads for task module `module` now, so that they load while this
 * thread does other work; the next mapTasks on that module with as many workers takes them
 * (and closes them when done, as always). The threads do not keep the process alive while
 * they wait. Returns `release`, which closes them if no mapTasks took them (call it when the
 * work that might have is over), and `sent`, which resolves when the task module has been
 * sent to the threads: its bundle is built asynchronously, so a caller about to keep this
 * thread busy should await `sent` first, or the threads wait for it. Only when and where the
 * threads start changes, never what the tasks compute.
 *
 * @example const { release, sent } = prestartWorkers(module, 2); await sent; try { … await mapTasks({ module, … }) } finally { await release() }
 */
export function prestartWorkers(module: string, workers: number): { release: () => Promise<void>; sent: Promise<void> } {
  checkWorkers(workers);
  const old = spares.get(module);
  if (old) void old.close();
  const pool = new WorkerPool(module, workers);
  pool.hold(false);
  // A thread that fails to load is reported by the mapTasks that takes the pool (started() rejects there), not as an unhandled rejection here.
  pool.started().catch(() => {});
  spares.set(module, pool);
  const release = async () => {
    if (spares.get(module) !== pool) return;
    spares.delete(module);
    await pool.close();
  };
  return { release, sent: pool.sent };
}
