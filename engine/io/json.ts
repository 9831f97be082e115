import { readTextFile } from "./text";
import { InputError } from "../errors";

/** Reads a JSON file (any encoding decodeText detects); errors name the file and, for syntax errors, the position. */
export function readJson(path: string): unknown {
  const { text } = readTextFile(path, "a readable JSON file");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: expected valid JSON, got ${(err as Error).message}`);
  }
}
