import { addSource, type Applied, applied, byBandLabel, knownBand, markTemplate } from "./applied";
import { itemsWithId, type JsonObject, plainNumber } from "./json-parts";
import { type InputTable, inputCsvText, missingColumns, numberCell, SOURCE_COLUMN, templateSource, textCell } from "./table";

/** Columns of the coverage-rate CSV (`navn` is for the reader and is not read back). */
export const RATE_COLUMNS = ["tjeneste", "navn", "aldersgruppe", "dekningsgrad", SOURCE_COLUMN] as const;

/** The age bands of a service's rates in the scenario (labels normalised). */
function bandsOf(svc: JsonObject): string[] {
  return Object.keys(byBandLabel(svc.rates as JsonObject));
}

/**
 * Fills `coverage.services[].rates` of a merged scenario (changed in place) from the
 * coverage-rate CSV: one row per service and age band (`tjeneste`, `aldersgruppe`,
 * `dekningsgrad`, `kilde`). Every service of the scenario that has rates needs a row for each
 * of its bands, and only those (other bands are set in the scenario file, where the
 * alternatives refer to them). A rate is a share from 0 to 1 (for a service counted in
 * hours: hours per resident, 0 or more). Unknown services, bands the service does not have,
 * a band given twice or not at all and empty cells are issues naming the file, line and column.
 */
export function applyRates(json: JsonObject, t: InputTable): Applied {
  const out = applied(missingColumns(t, ["tjeneste", "aldersgruppe", "dekningsgrad"]));
  if (out.issues.length) return out;
  const services = itemsWithId(json, "coverage", "services").filter((s) => s.rates !== null && typeof s.rates === "object" && !Array.isArray(s.rates));
  const ids = services.map((s) => s.id as string);
  const rates = new Map<string, Record<string, number>>();
  /** Bands with a row (valid or not), so a bad value is not also reported as a missing row. */
  const seen = new Set<string>();
  for (const row of t.rows) {
    const id = textCell(t, row, "tjeneste", `a service id (${ids.join(", ")})`, out.issues);
    const svc = services.find((s) => s.id === id);
    if (id !== undefined && !svc) {
      out.issues.push({
        file: t.file,
        path: ["tjeneste"],
        line: row.line,
        expected: `a service of the scenario with rates (${ids.join(", ")})`,
        found: JSON.stringify(id),
      });
    }
    const band = svc ? knownBand(t, row, "aldersgruppe", bandsOf(svc), `${svc.id}`, out.issues) : undefined;
    if (svc && band !== undefined) seen.add(`${svc.id} ${band}`);
    const hours = svc?.unit === "hours";
    const v = numberCell(
      t,
      row,
      "dekningsgrad",
      hours ? { min: 0, max: 1e6, what: "hours per resident, 0 or more" } : { min: 0, max: 1, what: "a share between 0 and 1 (e.g. 0,042)" },
      out.issues,
    );
    if (!svc || band === undefined || v === undefined) continue;
    const r = rates.get(svc.id as string) ?? {};
    if (band in r) {
      out.issues.push({ file: t.file, path: ["aldersgruppe"], line: row.line, expected: `each band once per service`, found: `${band} again for ${svc.id}` });
      continue;
    }
    r[band] = v;
    rates.set(svc.id as string, r);
    out.values++;
    const source = row.cells[SOURCE_COLUMN] ?? "";
    markTemplate(out, `${svc.id} ${band}`, source, plainNumber(byBandLabel(svc.rates as JsonObject)[band]) === v);
    addSource(out.sources, `coverage:${svc.id}`, source);
  }
  for (const s of services) {
    const given = rates.get(s.id as string) ?? {};
    const missing = bandsOf(s).filter((b) => !seen.has(`${s.id} ${b}`));
    if (missing.length)
      out.issues.push({
        file: t.file,
        path: ["aldersgruppe"],
        expected: `a row for every age band of ${s.id} (${bandsOf(s).join(", ")})`,
        found: `none for ${missing.join(", ")}`,
      });
    if (bandsOf(s).every((b) => b in given)) s.rates = given;
  }
  return out;
}

/** The coverage-rate CSV of a scenario (its services' rates), each row marked as a template value. */
export function ratesCsv(json: JsonObject): string {
  const rows: Array<Array<string | number>> = [];
  for (const s of itemsWithId(json, "coverage", "services")) {
    if (s.rates === null || typeof s.rates !== "object" || Array.isArray(s.rates)) continue;
    for (const [band, v] of Object.entries(s.rates)) {
      const rate = plainNumber(v);
      if (rate !== undefined) rows.push([s.id as string, String(s.name ?? ""), band, rate, templateSource(s.source as string | undefined)]);
    }
  }
  return inputCsvText(
    [
      "Dekningsgrader: brukere (eller plasser) i tjenesten i aldersgruppen delt på innbyggerne i gruppen, som andel mellom 0 og 1 (0,042 = 4,2 %).",
      "Forhåndsutfylt med malens nasjonale eller illustrative verdier. Skriv inn kommunens egne tall og kilden i kolonnen kilde.",
      "Rader der kilde begynner med MALVERDI, står i rapporten som malverdier som ikke er erstattet ennå.",
      "Kolonnen navn er bare til hjelp. Tjeneste og aldersgruppe må stå som i malen. Linjer som begynner med # leses ikke.",
    ],
    RATE_COLUMNS,
    rows,
  );
}
