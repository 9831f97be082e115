import type { WithoutServicesSeries } from "../coverage/without-services";
import { InputError } from "../errors";
import { parseCsv } from "./csv";
import { splitCsvComments } from "./csv-comments";
import { parseNumberText } from "./number-text";
import { readTextFile } from "./text";

/**
 * Parses a series of the share of residents 80+ without care services: CSV with a
 * `region` column and one column per year (four digits); shares as fractions (0.39) or
 * percentages ("39 %"); blank cells are years without a value. Settings `# name:` and
 * `# municipality:` (the row to highlight; default the first). `municipality` overrides.
 */
export function parseWithoutServicesCsv(text: string, file: string, municipality?: string): WithoutServicesSeries {
  const { text: body, meta } = splitCsvComments(text);
  const t = parseCsv(body, { file });
  if (t.header[0]?.trim().toLowerCase() !== "region")
    throw new InputError(`${file}: line 1: expected "region" as the first column, got "${t.header[0] ?? ""}"`);
  const years = t.header.slice(1).map((h, i) => {
    if (!/^\d{4}$/.test(h.trim())) throw new InputError(`${file}: line 1, column ${i + 2}: expected a four-digit year, got "${h}"`);
    return Number(h);
  });
  if (years.length === 0) throw new InputError(`${file}: line 1: expected one column per year after "region", got none`);
  const regions = t.rows.map((r, k) => {
    const values: Array<{ year: number; share: number }> = [];
    years.forEach((year, i) => {
      const raw = (r[i + 1] ?? "").trim();
      if (raw === "") return;
      const pct = /%\s*$/.test(raw);
      const v = parseNumberText(raw.replace(/%\s*$/, ""));
      const share = v === undefined ? Number.NaN : pct ? v / 100 : v;
      if (!(share >= 0 && share <= 1))
        throw new InputError(`${file}: line ${t.lines[k]}, field "${year}": expected a share between 0 and 1 (or 0-100 %), got "${raw}"`);
      values.push({ year, share });
    });
    return { region: (r[0] ?? "").trim(), values };
  });
  if (regions.length === 0) throw new InputError(`${file}: expected at least one region, got none`);
  const wanted = municipality ?? meta.municipality ?? regions[0].region;
  if (!regions.some((r) => r.region === wanted)) {
    throw new InputError(`${file}: municipality: expected one of the regions ${regions.map((r) => `"${r.region}"`).join(", ")}, got "${wanted}"`);
  }
  return { name: meta.name ?? "Andel innbyggere 80+ uten omsorgstjenester", municipality: wanted, regions };
}

/** Reads a series (see parseWithoutServicesCsv). */
export function readWithoutServices(path: string, municipality?: string): WithoutServicesSeries {
  return parseWithoutServicesCsv(readTextFile(path, "a readable series file (CSV)").text, path, municipality);
}
