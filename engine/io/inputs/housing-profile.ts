import { SHARE_TOLERANCE } from "../../housing/profile";
import { addSource, type Applied, applied, byBandLabel, knownBand, markTemplate } from "./applied";
import { itemsWithId, type JsonObject, objectAt, plainNumber } from "./json-parts";
import { type InputTable, inputCsvText, missingColumns, numberCell, SOURCE_COLUMN, templateSource } from "./table";

const BAND_COLUMN = "aldersgruppe";
const lower = (s: string) => s.toLowerCase();

/**
 * Fills today's housing profile of a merged scenario (`housing.profiles.today`, changed in
 * place) from the housing-profile CSV: one row per age band (`aldersgruppe`), one column per
 * step of the staircase (its id) with the share of the band living on that step, and
 * `kilde`. Every band of the scenario's profile needs its row (and no other band: bands are
 * set in the scenario file, where the alternative profile refers to them), every step its
 * column; each share is 0 to 1 and a row's shares sum to 1
 * (± 1e-6, as the housing engine requires, unless the scenario sets `normaliseShares`).
 */
export function applyHousingProfile(json: JsonObject, t: InputTable): Applied {
  const steps = itemsWithId(json, "housing", "steps").map((s) => s.id as string);
  const out = applied(missingColumns(t, [BAND_COLUMN, ...steps.map(lower)]));
  for (const h of t.header) {
    if (h !== "" && h !== BAND_COLUMN && h !== SOURCE_COLUMN && !steps.map(lower).includes(h))
      out.issues.push({
        file: t.file,
        path: [],
        line: 1,
        expected: `columns ${BAND_COLUMN}, the housing steps (${steps.join(", ")}) and ${SOURCE_COLUMN}`,
        found: `the column ${JSON.stringify(h)}`,
      });
  }
  const housing = objectAt(json, "housing");
  if (out.issues.length || !housing) return out;
  const normalise = housing.normaliseShares === true;
  const before = byBandLabel(objectAt(objectAt(housing, "profiles") ?? {}, "today") ?? {});
  const bands = Object.keys(before);
  /** Bands with a row (valid or not), so a bad share is not also reported as a missing row. */
  const seen = new Set<string>();
  const today: Record<string, Record<string, number>> = {};
  for (const row of t.rows) {
    const band = knownBand(t, row, BAND_COLUMN, bands, "today's housing profile", out.issues);
    if (band !== undefined) seen.add(band);
    const shares: Record<string, number> = {};
    let sum = 0;
    let complete = true;
    for (const step of steps) {
      const v = numberCell(t, row, lower(step), { min: 0, max: 1, what: "a share between 0 and 1 (e.g. 0,259)" }, out.issues);
      if (v === undefined) complete = false;
      else {
        shares[step] = v;
        sum += v;
      }
    }
    if (band === undefined || !complete) continue;
    if (!normalise && Math.abs(sum - 1) > SHARE_TOLERANCE) {
      out.issues.push({
        file: t.file,
        path: [],
        line: row.line,
        expected: `shares of ${steps.join(", ")} that sum to 1 (every resident of the band on one step)`,
        found: `a sum of ${Number(sum.toPrecision(12))} for ${band}`,
      });
      continue;
    }
    if (band in today) {
      out.issues.push({ file: t.file, path: [BAND_COLUMN], line: row.line, expected: "each age band once", found: `${band} again` });
      continue;
    }
    today[band] = shares;
    out.values++;
    const source = row.cells[SOURCE_COLUMN] ?? "";
    const was = before[band];
    const unchanged = was !== null && typeof was === "object" && !Array.isArray(was) && steps.every((st) => (plainNumber(was[st]) ?? 0) === shares[st]);
    markTemplate(out, band, source, unchanged);
    addSource(out.sources, "profile", source);
  }
  const missing = bands.filter((b) => !seen.has(b));
  if (missing.length)
    out.issues.push({
      file: t.file,
      path: [BAND_COLUMN],
      expected: `a row for every age band of today's housing profile (${bands.join(", ")})`,
      found: `none for ${missing.join(", ")}`,
    });
  const profiles = objectAt(housing, "profiles");
  if (profiles && out.issues.length === 0) profiles.today = today;
  return out;
}

/** The housing-profile CSV of a scenario (today's profile: bands × steps), each row marked as a template value. */
export function housingProfileCsv(json: JsonObject): string {
  const steps = itemsWithId(json, "housing", "steps");
  const today = objectAt(objectAt(objectAt(json, "housing") ?? {}, "profiles") ?? {}, "today") ?? {};
  const rows = Object.entries(today).map(([band, shares]) => {
    const s = shares !== null && typeof shares === "object" && !Array.isArray(shares) ? shares : {};
    return [band, ...steps.map((st) => plainNumber(s[st.id as string]) ?? 0), templateSource("dagens boligprofil i malen (standardscenarioet)")];
  });
  return inputCsvText(
    [
      "Dagens boligprofil: andelen av innbyggerne i hver aldersgruppe som bor på hvert trinn i boligtrappen (andeler mellom 0 og 1 som summerer til 1 per rad).",
      `Trinnene: ${steps.map((s) => `${s.id} = ${String(s.name ?? "")}`).join(", ")}.`,
      "Forhåndsutfylt med malens illustrative verdier. Skriv inn kommunens egne tall og kilden i kolonnen kilde.",
      "Rader der kilde begynner med MALVERDI, står i rapporten som malverdier som ikke er erstattet ennå. Linjer som begynner med # leses ikke.",
    ],
    [BAND_COLUMN, ...steps.map((s) => s.id as string), SOURCE_COLUMN],
    rows,
  );
}
