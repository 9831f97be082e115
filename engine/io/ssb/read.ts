import { readTextFile } from "../text";
import { parseSsb, type SsbImport } from "./parse";
import type { SsbParseOptions } from "./records";

/**
 * Reads an SSB file (JSON-stat2, PxWebApi v2 CSV, StatBank web export CSV or tidy long CSV)
 * as bytes, decodes it (decodeText: UTF-8, UTF-16 or Windows-1252/ISO-8859-1), and parses it with parseSsb.
 *
 * @example const { rows, report } = readSsbFile("../shared/data/telemark/Framskrevet_folkemengde_2024-2050.csv");
 */
export function readSsbFile(path: string, options: SsbParseOptions = {}): SsbImport {
  return parseSsb(readTextFile(path, "a readable SSB file").text, path, options);
}
