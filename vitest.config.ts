import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A safety net, not a speed check (speed is measured in test/bench): the slowest tests take
    // 10-35 s alone and four times that on a 2-core machine busy with other work.
    testTimeout: 240_000,
    // Two test files at a time (vitest's default on a 2-core machine is one: cores − 1), in
    // worker threads that keep the engine's modules loaded from one file to the next instead
    // of loading them again for each of the ~90 files (isolate: false; measured 104 against
    // 158 s of processor time for the suite). The price: a test file must not rely on module
    // state another file leaves behind, nor leave any (restore spies when the test finishes,
    // as test/cli/capture.ts does); the suite also passes with `--isolate --pool=forks`.
    pool: "threads",
    isolate: false,
    maxWorkers: 2,
  },
});
