import { onTestFinished, vi } from "vitest";
import { trappa } from "./run-cli";

/**
 * Captures what the CLI writes to stdout and stderr when `main` runs in-process without
 * its own streams (restored when the test finishes). Call it inside a test.
 */
export function capture(): { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: any) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: any) => ((err += String(s)), true));
  onTestFinished(() => {
    o.mockRestore();
    e.mockRestore();
  });
  return { out: () => out, err: () => err };
}

/** Runs `trappa` in this process and returns its exit code and output. */
export async function runMain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await trappa(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}
