import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { projectRoot } from "../../engine/root";
import { taskBundle } from "../../engine/parallel/task-bundle";

describe("taskBundle: a task module as one CommonJS bundle for worker threads", () => {
  it("bundles the pathway tasks with the engine modules they import, packages left outside; built once", async () => {
    const module = join(projectRoot(), "engine", "pathways", "tasks.ts");
    const code = await taskBundle(module);
    expect(code).toContain("scaleUpChunk");
    expect(code).toContain("runScaleUpReplicates");
    expect(taskBundle(module)).toBe(taskBundle(module));
  });
  it("resolves to null when the module cannot be bundled (the worker then loads the TypeScript)", async () => {
    expect(await taskBundle(join(projectRoot(), "engine", "no-such-module.ts"))).toBeNull();
  });
});
