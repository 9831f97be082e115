import { afterEach, vi } from "vitest";

/**
 * Captures what the CLI writes to stdout and stderr when `main` runs in-process
 * (restored after each test).
 */
export function capture(): { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s: any) => ((out += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s: any) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

/** Runs `trappa` in this process (for output larger than a child's pipe buffer) and returns its exit code and output. */
export async function runMain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../../engine/cli");
  const c = capture();
  try {
    return { code: await main(args), out: c.out(), err: c.err() };
  } finally {
    vi.restoreAllMocks();
  }
}
