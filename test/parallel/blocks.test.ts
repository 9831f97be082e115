import { describe, expect, it } from "vitest";
import { checkWorkers, mapTasks, replicateBlocks } from "../../engine/parallel/blocks";

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
