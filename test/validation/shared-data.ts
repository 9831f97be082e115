import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** ../shared/data beside the project root (not part of the project; tests skip without it). */
export const SHARED_DATA = resolve(__dirname, "..", "..", "..", "shared", "data");
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);
export const SKIP_MESSAGE = `../shared/data is absent (${SHARED_DATA}): validation against published data skipped`;

if (!HAS_SHARED_DATA) console.warn(SKIP_MESSAGE);

/** Reads a CSV file of ../shared/data as rows of strings (simple: no quoted commas in these files). */
export function readSharedCsv(relative: string): string[][] {
  return readFileSync(join(SHARED_DATA, relative), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(",").map((c) => c.replace(/^"|"$/g, "")));
}
