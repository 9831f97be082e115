import { InputError } from "../../errors";
import { decodeText } from "../text";
import { detectSsbFormat, unrecognisedFormat } from "./detect";
import { isJsonStat, parseJsonStat } from "./jsonstat";
import { tableFromFileName } from "./labels";
import { parsePxWebCsv } from "./pxweb-csv";
import { normalizeRecords, type RawTable, type SsbParseOptions } from "./records";
import type { SsbFormat, SsbImportReport } from "./report";
import type { SsbRow } from "./tidy";
import { parseTidyLongCsv } from "./tidy-long-csv";
import { parseWebExportCsv } from "./web-export-csv";

/** The result of parseSsb: the detected format, the tidy rows and what was understood. */
export interface SsbImport {
  format: SsbFormat;
  rows: SsbRow[];
  report: SsbImportReport;
}

/**
 * Parses SSB StatBank data in any of the forms users get — JSON-stat2 from PxWebApi,
 * PxWebApi v2 CSV (ISO-8859-1), StatBank's web export CSV (semicolons, decimal comma), or a
 * tidy long CSV (`region,statistikkvariabel,år,alder,value`, `Kommune,Alder,År,Personer,Kilde`,
 * Trappa's tidy form) — into the engine's tidy rows (see SsbRow), sorted canonically.
 * A Buffer is decoded by decodeText (UTF-8, UTF-16 or Windows-1252/ISO-8859-1, detected). `fileName` names the
 * source in messages (and may supply the table number, "07459_….csv").
 *
 * Missing data: SSB's symbols and JSON-stat nulls become `value: null` with the symbol in
 * `status`; they are counted in the report, never dropped or replaced by zero.
 * Regions: codes keep their leading zeros; names and era labels map to the place's current
 * code (unknown names get code "" and are listed in the report).
 * Errors: InputError naming the file, line or field, what was expected and what was found
 * (an unrecognised file lists the understood formats; an unknown alternative label lists
 * MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00).
 *
 * @example
 * const { rows, report } = parseSsb(readFileSync("07459.json"), "07459.json");
 * rows[0] // { region: "0301", regionName: "Oslo", table: "07459", round: null, alternative: null, year: 2024, sex: "male", age: "0", value: 3817, status: "" }
 */
export function parseSsb(input: string | Uint8Array, fileName: string, options: SsbParseOptions = {}): SsbImport {
  const text = typeof input === "string" ? (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : decodeText(input, fileName).text;
  const format = detectSsbFormat(text, fileName);
  const table = tableFromFileName(fileName);
  let raw: RawTable;
  if (format === "jsonstat2") {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new InputError(`${fileName}: expected valid JSON (JSON-stat2), got ${(err as Error).message}`);
    }
    if (!isJsonStat(json)) {
      throw unrecognisedFormat(fileName, "JSON without JSON-stat fields (id, size, dimension, value)");
    }
    raw = parseJsonStat(json, fileName, table);
  } else if (format === "pxweb-csv") raw = parsePxWebCsv(text, fileName, table);
  else if (format === "web-export-csv") raw = parseWebExportCsv(text, fileName, table);
  else raw = parseTidyLongCsv(text, fileName, table);
  const { rows, report } = normalizeRecords(raw, fileName, options);
  return { format, rows, report };
}
