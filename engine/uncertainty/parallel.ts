import { join } from "node:path";
import { projectRoot } from "../io/project-root";
import { checkWorkers, mapTasks, replicateBlocks } from "../parallel/blocks";
import { replicateLayout, runReplicateBlock, type ReplicateModel } from "./replicates";
import { FIGURE_STRIDE, checkUncertaintyReplicates, figureBlock, uncertaintyResult, type UncertaintyResult } from "./result";
import type { UncertaintySetup } from "./run";

/** Replicates per task: fixed, so that the split never depends on the number of workers. */
export const UNCERTAINTY_CHUNK = 25;

export { checkWorkers };

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
  const blocks = replicateBlocks(o.replicates, UNCERTAINTY_CHUNK).map((b) => ({ seed: o.seed, ...b }));
  if (o.workers <= 1 || blocks.length <= 1) return local(0, o.replicates);
  const parts = await mapTasks<(typeof blocks)[number], Float64Array>({
    module: join(projectRoot(), "engine", "uncertainty", "tasks.ts"),
    fn: o.chunk,
    inputs: blocks,
    workers: o.workers,
    local: (b) => local(b.from, b.to),
    shared: { fn: o.set, input: o.model },
  });
  const out = new Float64Array(o.replicates * o.stride);
  parts.forEach((p, k) => out.set(p, blocks[k].from * o.stride));
  return out;
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
