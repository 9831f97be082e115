import { readFileSync } from "node:fs";
import type { ZodError } from "zod";
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

/** Formats zod issues as `file: path.to[2].field: message` lines, all of them. */
export function zodMessage(file: string, error: ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.map((p, k) => (typeof p === "number" ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`)).join("");
      return `${file}: ${path || "(root)"}: ${i.message}`;
    })
    .join("\n");
}
