import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { main } from "../../engine/cli";

const ROOT = resolve(__dirname, "..", "..");
const BIN = resolve(ROOT, "bin", "trappa.js");

/** What one call of the command line gave: its exit code and what it wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `trappa` in this process (main() with its output captured) and returns its exit code and output. */
export async function trappa(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** Runs the real `trappa` command (bin/trappa.js in a new process, as a user would) and returns its exit code and output. */
export function trappaProcess(args: string[], env: Record<string, string> = {}, cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, TRAPPA_ROOT: "", ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
