import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { checkWorkers, mapTasks, prestartWorkers, replicateBlocks } from "../../engine/parallel/blocks";
import { projectRoot } from "../../engine/root";
import { prepareScenarioUncertainty } from "../../engine/run/uncertainty-setup";
import { runReplicateBlock } from "../../engine/uncertainty/replicates";

describe("replicateBlocks(replicates, size)", () => {
  it("cuts [0, n) into fixed blocks, the last one shorter", () => {
    expect(replicateBlocks(60, 25)).toEqual([
      { from: 0, to: 25 },
      { from: 25, to: 50 },
      { from: 50, to: 60 },
    ]);
    expect(replicateBlocks(0, 25)).toEqual([]);
    expect(() => replicateBlocks(10, 0)).toThrow(/whole block size ≥ 1, got 0/);
  });
});

describe("mapTasks and checkWorkers", () => {
  it("runs in this thread with one worker, results in input order; refuses a bad number of workers", async () => {
    const seen: number[] = [];
    const r = await mapTasks({ module: "unused", fn: "unused", inputs: [3, 1, 2], workers: 1, local: (i: number) => (seen.push(i), i * 10) });
    expect(r).toEqual([30, 10, 20]);
    expect(seen).toEqual([3, 1, 2]);
    expect(() => checkWorkers(0)).toThrow("--workers requires a whole number of worker threads ≥ 1, got 0");
    await expect(mapTasks({ module: "unused", fn: "unused", inputs: [1], workers: 1.5, local: (i: number) => i })).rejects.toThrow(/got 1.5/);
  });
});

describe("prestartWorkers(module, workers)", () => {
  it("starts threads that the next mapTasks on the module takes (same results as one thread); release then does nothing", async () => {
    const { setup } = prepareScenarioUncertainty(loadScenarioFile("scenarios/default.json"));
    const module = join(projectRoot(), "engine", "uncertainty", "tasks.ts");
    const { release, sent } = prestartWorkers(module, 2);
    await sent;
    const inputs = [
      { seed: 3, from: 0, to: 2 },
      { seed: 3, from: 2, to: 3 },
    ];
    const local = (b: { seed: number; from: number; to: number }) => runReplicateBlock(setup, b.seed, b.from, b.to);
    const r = await mapTasks({ module, fn: "replicateChunk", inputs, workers: 2, local, shared: { fn: "setSetup", input: setup } });
    expect(r.map((x) => Array.from(x))).toEqual(inputs.map((b) => Array.from(local(b))));
    await release();
  }, 60_000);

  it("release closes threads no mapTasks took", async () => {
    const { release, sent } = prestartWorkers(join(projectRoot(), "engine", "uncertainty", "tasks.ts"), 2);
    await sent;
    await expect(release()).resolves.toBeUndefined();
  }, 60_000);
});
