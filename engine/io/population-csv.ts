import { readTextFile } from "./text";
import { InputError } from "../errors";
import { parseBand } from "../population/bands";
import type { PopulationRow } from "../population/rows";
import { parseCsv, requireColumns } from "./csv";
import { LIMITS, limitExpected } from "../limits";
import { parseNumberText } from "./number-text";

const SEX_WORDS: Record<string, PopulationRow["sex"]> = {
  both: "both",
  begge: "both",
  alle: "both",
  "begge kjønn": "both",
  "0": "both",
  male: "male",
  menn: "male",
  mann: "male",
  "1": "male",
  m: "male",
  female: "female",
  kvinner: "female",
  kvinne: "female",
  "2": "female",
  k: "female",
  f: "female",
};

/**
 * Parses a population file: CSV with the columns `region,year,age,population` and
 * optionally `sex` (both/male/female or menn/kvinner; both if absent), comma- or (Excel)
 * semicolon-separated, numbers as parseNumberText reads them ("5 454", "5454,0"); years
 * from 1900 to 2100 and at most LIMITS.persons persons a row. Ages are single
 * years ("67") or bands ("80-89", "90+"). Regions are municipality (4 digits) or county
 * (2 digits) numbers kept as text; a 3-digit number is a code that lost its leading zero
 * (a spreadsheet read "0301" as 301) and is refused.
 *
 * @example parsePopulationCsv("region,year,age,population\n3911,2024,0-17,5454\n", "pop.csv")
 */
export function parsePopulationCsv(text: string, file: string): PopulationRow[] {
  const table = parseCsv(text, { file, strictWidth: true });
  const idx = requireColumns(table, ["region", "year", "age", "population"], file);
  const sexIdx = table.header.indexOf("sex");
  const out: PopulationRow[] = [];
  table.rows.forEach((r, k) => {
    const line = table.lines[k];
    const region = (r[idx.region] ?? "").trim();
    if (/^\d{3}$/.test(region) || /^\d$/.test(region)) {
      throw new InputError(
        `${file}: line ${line}, field "region": expected a 4-digit municipality or 2-digit county number such as "0301", got "${region}" (the leading zero was lost: keep region codes as text)`,
      );
    }
    if (!/^\d{2}$|^\d{4}$|^[A-Za-zÆØÅæøå]/.test(region)) {
      throw new InputError(`${file}: line ${line}, field "region": expected a region number such as "3911", got "${region}"`);
    }
    const yearText = (r[idx.year] ?? "").trim();
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < LIMITS.firstYear || year > LIMITS.lastYear) {
      throw new InputError(`${file}: line ${line}, field "year": expected a year from ${LIMITS.firstYear} to ${LIMITS.lastYear}, got "${yearText}"`);
    }
    const band = parseBand(r[idx.age] ?? "", `${file}: line ${line}, field "age"`);
    const population = parseNumberText(r[idx.population]);
    if (population === undefined || !Number.isFinite(population) || population < 0) {
      throw new InputError(`${file}: line ${line}, field "population": expected a non-negative number, got "${r[idx.population] ?? ""}"`);
    }
    if (population > LIMITS.persons) {
      throw new InputError(
        `${file}: line ${line}, field "population": expected ${limitExpected(LIMITS.persons, "persons in one row")}, got "${r[idx.population]}"`,
      );
    }
    let sex: PopulationRow["sex"] = "both";
    if (sexIdx >= 0) {
      const s = SEX_WORDS[(r[sexIdx] ?? "").trim().toLowerCase()];
      if (!s) throw new InputError(`${file}: line ${line}, field "sex": expected both, male or female (or begge, menn, kvinner), got "${r[sexIdx] ?? ""}"`);
      sex = s;
    }
    out.push({ region, year, band, sex, population, line });
  });
  if (out.length === 0) throw new InputError(`${file}: expected at least one data line, got none`);
  return out;
}

/** Reads and parses a population file (see parsePopulationCsv). */
export function readPopulationCsv(path: string): PopulationRow[] {
  return parsePopulationCsv(readTextFile(path, "a readable population file").text, path);
}
