import { join } from "node:path";
import { projectRoot } from "../io/project-root";
import { WorkerPool } from "../run/worker-pool";

/** Replicates per task: fixed, so that the split never depends on the number of workers. */
export const CHUNK_REPLICATES = 250;

/** Replicate ranges [from, to) of CHUNK_REPLICATES each. */
export function replicateChunks(replicates: number, size = CHUNK_REPLICATES): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let f = 0; f < replicates; f += size) out.push({ from: f, to: Math.min(replicates, f + size) });
  return out;
}

/**
 * Runs the task `fn` of engine/pathways/tasks.ts on every input: in this thread with one
 * worker, else on a pool of worker threads (results in input order either way, so the
 * outcome is identical). The pool is started and closed here.
 */
export async function runTasks<I, R>(fn: string, inputs: I[], workers: number, local: (input: I) => { result: R }): Promise<R[]> {
  if (workers <= 1 || inputs.length <= 1) return inputs.map((i) => local(i).result);
  const pool = new WorkerPool(join(projectRoot(), "engine", "pathways", "tasks.ts"), Math.min(workers, inputs.length));
  try {
    return await pool.map<I, R>(fn, inputs);
  } finally {
    await pool.close();
  }
}
