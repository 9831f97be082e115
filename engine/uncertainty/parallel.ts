import { join } from "node:path";
import { projectRoot } from "../root";
import { checkWorkers, mapTasks, prestartWorkers, replicateBlocks } from "../parallel/blocks";
import { replicateLayout } from "./layout";
import { runReplicateBlock } from "./replicates";
import { checkUncertaintyReplicates, uncertaintyResult, type UncertaintyResult } from "./result";
import type { UncertaintySetup } from "./setup";

/** Replicates per task: fixed, so that the split never depends on the number of workers. */
export const UNCERTAINTY_BLOCK = 25;

/** The task module the worker threads run. */
const TASKS = () => join(projectRoot(), "engine", "uncertainty", "tasks.ts");

/**
 * Starts the worker threads `replicates` replicates on `workers` threads will use (none with
 * one worker or one block), so that they load while the run's other parts compute; the
 * next runReplicates takes them. Returns `release` and `sent` (see prestartWorkers). The
 * numbers do not change.
 */
export function prestartReplicateWorkers(replicates: number, workers: number): { release: () => Promise<void>; sent: Promise<void> } {
  const size = Math.min(workers, replicateBlocks(replicates, UNCERTAINTY_BLOCK).length);
  if (!(Number.isInteger(workers) && workers > 1) || size <= 1) return { release: async () => {}, sent: Promise.resolve() };
  return prestartWorkers(TASKS(), size);
}

/**
 * N replicates of a setup, row after row (see replicateLayout): in this thread with one
 * worker, else in blocks of UNCERTAINTY_BLOCK on a pool of worker threads (engine/parallel)
 * running engine/uncertainty/tasks.ts, each worker handed the setup once. Replicate i draws
 * from stream (seed, i) only, so the rows are identical to the bit whatever the number of
 * workers.
 *
 * @example await runReplicates(setup, 2040, 1000, 2)
 */
export async function runReplicates(setup: UncertaintySetup, seed: number, replicates: number, workers = 1): Promise<Float64Array> {
  checkWorkers(workers);
  const stride = replicateLayout(setup).stride;
  const blocks = replicateBlocks(replicates, UNCERTAINTY_BLOCK).map((b) => ({ seed, ...b }));
  if (workers <= 1 || blocks.length <= 1) return runReplicateBlock(setup, seed, 0, replicates);
  const parts = await mapTasks<(typeof blocks)[number], Float64Array>({
    module: TASKS(),
    fn: "replicateChunk",
    inputs: blocks,
    workers,
    local: (b) => runReplicateBlock(setup, seed, b.from, b.to),
    shared: { fn: "setSetup", input: setup },
  });
  const out = new Float64Array(replicates * stride);
  parts.forEach((p, k) => out.set(p, blocks[k].from * stride));
  return out;
}

/** As runUncertainty (engine/uncertainty/result.ts), the replicates split over `workers` threads: the same result whatever the number. */
export async function runUncertaintyAsync(
  setup: UncertaintySetup,
  options: { replicates?: number; seed?: number; workers?: number } = {},
): Promise<UncertaintyResult> {
  const n = checkUncertaintyReplicates(options.replicates ?? setup.settings.replicates);
  const seed = options.seed ?? setup.settings.seed;
  return uncertaintyResult(setup, seed, await runReplicates(setup, seed, n, options.workers ?? 1));
}
