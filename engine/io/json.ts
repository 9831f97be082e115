import { readFileSync } from "node:fs";
import { InputError } from "../errors";

/** Reads a JSON file; errors name the file and, for syntax errors, the position. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new InputError(`${path}: expected a readable JSON file, got ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: expected valid JSON, got ${(err as Error).message}`);
  }
}
