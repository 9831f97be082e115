import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const BIN = resolve(__dirname, "..", "..", "bin", "trappa.js");

/** Runs the real `trappa` command (as a user would) and returns its exit code and output. */
export function trappa(args: string[], cwd = resolve(__dirname, "..", "..")): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, TRAPPA_ROOT: "" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
