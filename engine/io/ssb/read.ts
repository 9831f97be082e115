import { readFileSync } from "node:fs";
import { InputError } from "../../errors";
import { parseSsb, type SsbImport } from "./parse";
import type { SsbParseOptions } from "./records";

/**
 * Reads an SSB file (JSON-stat2, PxWebApi v2 CSV, StatBank web export CSV or tidy long CSV)
 * as bytes, decodes UTF-8 or ISO-8859-1, and parses it with parseSsb.
 *
 * @example const { rows, report } = readSsbFile("../shared/data/telemark/Framskrevet_folkemengde_2024-2050.csv");
 */
export function readSsbFile(path: string, options: SsbParseOptions = {}): SsbImport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`${path}: expected a readable SSB file, got ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return parseSsb(bytes, path, options);
}
