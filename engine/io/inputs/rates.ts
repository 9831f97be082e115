import { parseBand } from "../../population/bands";
import { addSource, type Applied, applied, markTemplate } from "./applied";
import { itemsWithId, type JsonObject, plainNumber } from "./json-parts";
import { type InputTable, inputCsvText, missingColumns, numberCell, SOURCE_COLUMN, templateSource, textCell } from "./table";

/** Columns of the coverage-rate CSV (`navn` is for the reader and is not read back). */
export const RATE_COLUMNS = ["tjeneste", "navn", "aldersgruppe", "dekningsgrad", SOURCE_COLUMN] as const;

/**
 * Fills `coverage.services[].rates` of a merged scenario (changed in place) from the
 * coverage-rate CSV: one row per service and age band (`tjeneste`, `aldersgruppe`,
 * `dekningsgrad`, `kilde`). Every service of the scenario that has rates needs at least one
 * row; its rates become exactly the rows' bands. A rate is a share from 0 to 1 (for a
 * service counted in hours: hours per resident, 0 or more). Unknown services, bad bands,
 * a band given twice and empty cells are issues naming the file, line and column.
 */
export function applyRates(json: JsonObject, t: InputTable): Applied {
  const out = applied(missingColumns(t, ["tjeneste", "aldersgruppe", "dekningsgrad"]));
  if (out.issues.length) return out;
  const services = itemsWithId(json, "coverage", "services").filter((s) => s.rates !== undefined);
  const ids = services.map((s) => s.id as string);
  const rates = new Map<string, Record<string, number>>();
  for (const row of t.rows) {
    const id = textCell(t, row, "tjeneste", `a service id (${ids.join(", ")})`, out.issues);
    const bandText = textCell(t, row, "aldersgruppe", 'an age band such as "80-84" or "90+"', out.issues);
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
    let band: string | undefined;
    if (bandText !== undefined) {
      try {
        band = parseBand(bandText, "").label;
      } catch {
        out.issues.push({
          file: t.file,
          path: ["aldersgruppe"],
          line: row.line,
          expected: 'an age band such as "80-84" or "90+"',
          found: JSON.stringify(bandText),
        });
      }
    }
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
    const before = svc.rates !== null && typeof svc.rates === "object" && !Array.isArray(svc.rates) ? plainNumber(svc.rates[band]) : undefined;
    markTemplate(out, `${svc.id} ${band}`, source, before === v);
    addSource(out.sources, `coverage:${svc.id}`, source);
  }
  for (const s of services) {
    if (!rates.has(s.id as string))
      out.issues.push({
        file: t.file,
        path: ["tjeneste"],
        expected: `rows for every service of the scenario with rates (${ids.join(", ")})`,
        found: `none for ${s.id}`,
      });
    else s.rates = rates.get(s.id as string)!;
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
