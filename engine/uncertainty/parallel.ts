import { join } from "node:path";
import { projectRoot } from "../io/project-root";
import { WorkerPool } from "../run/worker-pool";
import { replicateLayout, runReplicateBlock, type ReplicateModel } from "./replicates";
import { FIGURE_STRIDE, checkUncertaintyReplicates, figureBlock, uncertaintyResult, type UncertaintyResult } from "./result";
import type { UncertaintySetup } from "./run";

/** Replicates per task: fixed, so that the split never depends on the number of workers. */
export const UNCERTAINTY_CHUNK = 25;

/** Checks a number of worker threads: a whole number ≥ 1. */
export function checkWorkers(workers: number, where = "--workers"): number {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error(`${where} requires a whole number of worker threads ≥ 1, got ${workers}`);
  return workers;
}

/**
 * Rows of N replicates (`stride` numbers each, replicate order): in this thread (`local`)
 * with one worker, else in blocks of UNCERTAINTY_CHUNK on a pool of worker threads running
 * engine/uncertainty/tasks.ts (`set` hands each worker the model once, `chunk` runs a block).
 */
async function inBlocks(
  o: { set: string; model: unknown; chunk: string; seed: number; replicates: number; stride: number; workers: number },
  local: (from: number, to: number) => Float64Array,
): Promise<Float64Array> {
  checkWorkers(o.workers);
  const chunks: Array<{ seed: number; from: number; to: number }> = [];
  for (let f = 0; f < o.replicates; f += UNCERTAINTY_CHUNK) chunks.push({ seed: o.seed, from: f, to: Math.min(o.replicates, f + UNCERTAINTY_CHUNK) });
  if (o.workers <= 1 || chunks.length <= 1) return local(0, o.replicates);
  const pool = new WorkerPool(join(projectRoot(), "engine", "uncertainty", "tasks.ts"), Math.min(o.workers, chunks.length));
  try {
    await pool.broadcast(o.set, o.model);
    const parts = await pool.map<(typeof chunks)[number], Float64Array>(o.chunk, chunks);
    const out = new Float64Array(o.replicates * o.stride);
    parts.forEach((p, k) => out.set(p, chunks[k].from * o.stride));
    return out;
  } finally {
    await pool.close();
  }
}

/**
 * N uncertainty replicates of a whole run's model, row after row (see replicateLayout),
 * on `workers` threads. Replicate i draws from stream (seed, i) only, so the rows are
 * identical to the bit whatever the number of workers.
 */
export function runReplicates(model: ReplicateModel, seed: number, replicates: number, workers = 1): Promise<Float64Array> {
  const stride = replicateLayout(model).stride;
  return inBlocks({ set: "setReplicateModel", model, chunk: "replicateChunk", seed, replicates, stride, workers }, (f, t) =>
    runReplicateBlock(model, seed, f, t),
  );
}

/** As runUncertainty (engine/uncertainty/result.ts), the replicates split over `workers` threads: the same result whatever the number. */
export async function runUncertaintyAsync(
  setup: UncertaintySetup,
  options: { replicates?: number; seed?: number; workers?: number } = {},
): Promise<UncertaintyResult> {
  const n = checkUncertaintyReplicates(options.replicates ?? setup.settings.replicates);
  const seed = options.seed ?? setup.settings.seed;
  const rows = await inBlocks(
    { set: "setFigureSetup", model: setup, chunk: "figureChunk", seed, replicates: n, stride: FIGURE_STRIDE, workers: options.workers ?? 1 },
    (f, t) => figureBlock(setup, seed, f, t),
  );
  return uncertaintyResult(setup, seed, rows);
}
