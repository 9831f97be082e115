import { existsSync, readdirSync } from "node:fs";
import { readTextFile } from "./text";
import { basename, join, relative } from "node:path";
import { buildCatalogue, type PriceCatalogue, type PriceEntry } from "../calculator/catalogue";
import { parsePriceUnit, PRICE_UNITS } from "../calculator/units";
import { InputError } from "../errors";
import { LIMITS, limitExpected } from "../limits";
import { parseCsv, requireColumns } from "./csv";
import { splitCsvComments } from "./csv-comments";
import { parseNumberText } from "./number-text";
import { dataPath } from "../root";

/**
 * Parses a price catalogue: CSV with the columns `service,variant,unit,price_nok` and
 * optionally `step,direct_time_share,staffing_factor,hours_per_place_year,source`, after a
 * comment block with settings `# name:`, `# municipality:`, `# version:`, `# price_year:`
 * and `# hours_per_fte:` (required: staff hours per årsverk). Units: per hour, per unit
 * per week (also "per week"), per place per year, per call-out, per day, per event, per
 * visit. A service/variant twice is an error naming both lines.
 *
 * @example parsePriceCatalogue("# hours_per_fte: 1595\nservice,variant,unit,price_nok\nGPS,,per week,81\n", "p.csv")
 */
export function parsePriceCatalogue(text: string, file: string): PriceCatalogue {
  const { text: body, meta, metaLines } = splitCsvComments(text);
  const table = parseCsv(body, { file, strictWidth: true });
  const idx = requireColumns(table, ["service", "variant", "unit", "price_nok"], file);
  const col = (name: string) => table.header.indexOf(name);
  const opt = { step: col("step"), dts: col("direct_time_share"), sf: col("staffing_factor"), hp: col("hours_per_place_year"), source: col("source") };
  const num = (r: string[], i: number, line: number, field: string, expected: string, ok: (x: number) => boolean): number | undefined => {
    if (i < 0) return undefined;
    const v = parseNumberText(r[i]);
    if (v === undefined) return undefined;
    if (!Number.isFinite(v) || !ok(v)) throw new InputError(`${file}: line ${line}, field "${field}": expected ${expected}, got "${r[i]}"`);
    return v;
  };
  const entries: PriceEntry[] = table.rows.map((r, k) => {
    const line = table.lines[k];
    const unitText = (r[idx.unit] ?? "").trim();
    const unit = parsePriceUnit(unitText);
    if (!unit) throw new InputError(`${file}: line ${line}, field "unit": expected one of ${PRICE_UNITS.map((u) => `"${u}"`).join(", ")}, got "${unitText}"`);
    const price = num(r, idx.price_nok, line, "price_nok", "a non-negative number", (x) => x >= 0);
    if (price !== undefined && price > LIMITS.moneyNok) {
      throw new InputError(`${file}: line ${line}, field "price_nok": expected ${limitExpected(LIMITS.moneyNok, "a price")}, got "${r[idx.price_nok]}"`);
    }
    if (price === undefined) throw new InputError(`${file}: line ${line}, field "price_nok": expected a non-negative number, got ""`);
    const source = opt.source >= 0 ? (r[opt.source] ?? "").trim() : "";
    return {
      step: num(r, opt.step, line, "step", "a whole step number", (x) => Number.isInteger(x) && x >= 0),
      service: (r[idx.service] ?? "").trim(),
      variant: (r[idx.variant] ?? "").trim(),
      unit,
      priceNok: price,
      directTimeShare: num(r, opt.dts, line, "direct_time_share", "a share in (0, 1]", (x) => x > 0 && x <= 1),
      staffingFactor: num(r, opt.sf, line, "staffing_factor", "a positive number up to 1000", (x) => x > 0 && x <= 1000),
      hoursPerPlaceYear: num(r, opt.hp, line, "hours_per_place_year", "a number of hours from 0 to 8784 (a year)", (x) => x >= 0 && x <= 8784),
      source: source || undefined,
      line,
    };
  });
  const hpf = parseNumberText(meta.hours_per_fte);
  if (hpf === undefined || !Number.isFinite(hpf) || hpf <= 0 || hpf > 8784) {
    const where = metaLines.hours_per_fte ? `${file}: line ${metaLines.hours_per_fte}` : file;
    throw new InputError(
      `${where}: "# hours_per_fte:": expected a positive number of staff hours per årsverk (e.g. "# hours_per_fte: 1595"), got ${meta.hours_per_fte === undefined ? "no such setting" : `"${meta.hours_per_fte}"`}`,
    );
  }
  let priceYear: number | undefined;
  if (meta.price_year !== undefined) {
    if (!/^\d{4}$/.test(meta.price_year))
      throw new InputError(`${file}: line ${metaLines.price_year}: "# price_year:": expected a four-digit year, got "${meta.price_year}"`);
    priceYear = Number(meta.price_year);
  }
  return buildCatalogue({
    name: meta.name || basename(file).replace(/\.csv$/i, ""),
    municipality: meta.municipality,
    version: meta.version,
    priceYear,
    hoursPerFte: hpf,
    file,
    entries,
  });
}

/** Reads and parses a price catalogue file (see parsePriceCatalogue). */
export function readPriceCatalogue(path: string): PriceCatalogue {
  return parsePriceCatalogue(readTextFile(path, "a readable price catalogue (CSV)").text, path);
}

/** Names of the price catalogues shipped in data/prices (file names without .csv), e.g. "oslo-nordstrand-2023-11". */
export function builtInCatalogues(): string[] {
  const dir = dataPath("prices");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => f.replace(/\.csv$/, ""))
    .sort();
}

/**
 * A price catalogue by path, or by the name of a shipped one (`oslo-nordstrand-2023-11`,
 * `generic-2021`). An unknown name is an error listing the shipped catalogues.
 */
export function loadPriceCatalogue(pathOrName: string): PriceCatalogue {
  if (existsSync(pathOrName)) return readPriceCatalogue(pathOrName);
  const builtIn = builtInCatalogues();
  if (builtIn.includes(pathOrName)) {
    const abs = join(dataPath("prices"), `${pathOrName}.csv`);
    const rel = relative(process.cwd(), abs);
    return readPriceCatalogue(rel.startsWith("..") ? abs : rel);
  }
  throw new InputError(`${pathOrName}: expected a price catalogue file or one of the shipped catalogues (${builtIn.join(", ")}), got no such file`);
}
