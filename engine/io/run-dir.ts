import { existsSync, readdirSync, statSync } from "node:fs";
import { readTextFile } from "./text";
import { join } from "node:path";
import { InputError } from "../errors";
import { parseCsv, type CsvTable } from "./csv";

/**
 * The tables of a run folder written by `trappa run`: every `*.csv` in it by file stem
 * (e.g. "sammendrag"), parsed with the values kept as text.
 */
export function readRunTables(dir: string): Map<string, CsvTable> {
  if (!existsSync(dir)) throw new InputError(`${dir}: expected a run folder written by trappa run, got no such folder`);
  if (!statSync(dir).isDirectory()) throw new InputError(`${dir}: expected a run folder written by trappa run, got a file`);
  const out = new Map<string, CsvTable>();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".csv"))
    .sort()) {
    out.set(f.slice(0, -4), parseCsv(readTextFile(join(dir, f), "a readable CSV table").text, { file: join(dir, f) }));
  }
  return out;
}
