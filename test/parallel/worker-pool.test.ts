import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { WorkerPool } from "../../engine/parallel/worker-pool";

describe("WorkerPool: an error in a worker thread keeps its kind", () => {
  const pool = new WorkerPool(join(__dirname, "fixtures", "failing-task.ts"), 1);
  afterAll(() => pool.close());

  it("bad input thrown in a worker arrives as an InputError with the message only (the CLI prints it without a stack)", async () => {
    const err = await pool.map("badInput", [{ file: "s.json" }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe("s.json: population.endYear: expected a year up to 2100, got 2200");
  });

  it("any other error arrives as an Error carrying the worker's stack", async () => {
    const err = await pool.map("bug", [{}]).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^TypeError: x is undefined\n\s+at /);
  });
});
