import { MAX_YEAR } from "../../scenario/resolve";
import { addSource, type Applied, applied, markTemplate } from "./applied";
import { itemsWithId, type JsonObject, objectAt, plainNumber } from "./json-parts";
import { type InputTable, inputCsvText, missingColumns, numberCell, SOURCE_COLUMN, templateSource, textCell } from "./table";

/** Columns of the staffing and cost CSV (`navn` and `enhet` are for the reader and are not read back). */
export const STAFFING_COLUMNS = ["del", "id", "navn", "enhet", "arsverk_per_enhet", "kostnad_per_enhet", "prisaar", SOURCE_COLUMN] as const;

/** The two kinds of rows: a service of the coverage part, a step of the housing staircase. */
const PARTS = {
  tjeneste: { part: "coverage", list: "services", cost: "unitCost" },
  boligtrinn: { part: "housing", list: "steps", cost: "costPerUnit" },
} as const;

const UNIT_NO: Record<string, string> = { places: "plass", users: "bruker", hours: "time" };

/** Largest cost per unit and year accepted (kroner): keeps sums over a municipality finite and catches a misplaced decimal mark. */
export const MAX_UNIT_COST = 1e9;

/**
 * Fills årsverk and cost per unit and year of a merged scenario's services
 * (`coverage.services[]`: `arsverkPerUnit`, `unitCost`) and housing steps
 * (`housing.steps[]`: `arsverkPerUnit`, `costPerUnit`), changed in place, from the staffing
 * CSV: one row per service (`del` = tjeneste) and step (`del` = boligtrinn) with `id`,
 * `arsverk_per_enhet`, `kostnad_per_enhet` (kroner) and `prisaar` (the price year, one for
 * all rows: costs are summed over services and steps). Every service and step needs exactly
 * one row. A value given with its uncertainty in the template
 * becomes the plain value of the file.
 */
export function applyStaffing(json: JsonObject, t: InputTable): Applied {
  const out = applied(missingColumns(t, ["del", "id", "arsverk_per_enhet", "kostnad_per_enhet", "prisaar"]));
  if (out.issues.length) return out;
  const seen = new Set<string>();
  let first: { year: number; line: number } | undefined;
  for (const row of t.rows) {
    const del = textCell(t, row, "del", "tjeneste or boligtrinn", out.issues)?.toLowerCase();
    const id = textCell(t, row, "id", "the id of a service or housing step", out.issues);
    const spec = del === "tjeneste" || del === "boligtrinn" ? PARTS[del] : undefined;
    if (del !== undefined && !spec)
      out.issues.push({ file: t.file, path: ["del"], line: row.line, expected: "tjeneste or boligtrinn", found: JSON.stringify(del) });
    const items = spec ? itemsWithId(json, spec.part, spec.list) : [];
    const item = items.find((x) => x.id === id);
    if (spec && id !== undefined && !item) {
      const ids = items.map((x) => x.id).join(", ");
      out.issues.push({ file: t.file, path: ["id"], line: row.line, expected: `a ${del} of the scenario (${ids || "none"})`, found: JSON.stringify(id) });
    }
    const arsverk = numberCell(t, row, "arsverk_per_enhet", { min: 0, max: 100, what: "årsverk per unit and year, 0 to 100 (e.g. 1,224)" }, out.issues);
    const cost = numberCell(t, row, "kostnad_per_enhet", { min: 0, max: MAX_UNIT_COST, what: `kroner per unit and year, 0 to ${MAX_UNIT_COST}` }, out.issues);
    const priceYear = numberCell(t, row, "prisaar", { min: 1900, max: MAX_YEAR, what: `a price year, 1900 to ${MAX_YEAR}` }, out.issues);
    if (priceYear !== undefined && !Number.isInteger(priceYear))
      out.issues.push({ file: t.file, path: ["prisaar"], line: row.line, expected: "a whole year", found: String(priceYear) });
    if (priceYear !== undefined && Number.isInteger(priceYear)) {
      // Costs are summed over services and steps: one price year for all (the housing engine requires it of the steps).
      first ??= { year: priceYear, line: row.line };
      if (priceYear !== first.year)
        out.issues.push({
          file: t.file,
          path: ["prisaar"],
          line: row.line,
          expected: `the price year of every row, ${first.year} (line ${first.line})`,
          found: String(priceYear),
        });
    }
    if (!spec || !item || arsverk === undefined || cost === undefined || priceYear === undefined) continue;
    const key = `${spec.part}:${id}`;
    if (seen.has(key)) {
      out.issues.push({ file: t.file, path: ["id"], line: row.line, expected: `one row per ${del}`, found: `${id} again` });
      continue;
    }
    seen.add(key);
    const money = objectAt(item, spec.cost);
    const unchanged = plainNumber(item.arsverkPerUnit) === arsverk && plainNumber(money?.value) === cost && plainNumber(money?.priceYear) === priceYear;
    item.arsverkPerUnit = arsverk;
    item[spec.cost] = { value: cost, priceYear };
    out.values++;
    const source = row.cells[SOURCE_COLUMN] ?? "";
    markTemplate(out, `${del} ${id}`, source, unchanged);
    addSource(out.sources, key, source);
  }
  for (const [del, spec] of Object.entries(PARTS)) {
    for (const item of itemsWithId(json, spec.part, spec.list)) {
      if (!seen.has(`${spec.part}:${item.id}`))
        out.issues.push({ file: t.file, path: ["id"], expected: `a row for every ${del} of the scenario`, found: `none for ${item.id}` });
    }
  }
  return out;
}

/** The staffing and cost CSV of a scenario (its services and housing steps), each row marked as a template value. */
export function staffingCsv(json: JsonObject): string {
  const rows: Array<Array<string | number>> = [];
  for (const [del, spec] of Object.entries(PARTS)) {
    for (const item of itemsWithId(json, spec.part, spec.list)) {
      const money = objectAt(item, spec.cost);
      const unit = del === "tjeneste" ? (UNIT_NO[String(item.unit)] ?? String(item.unit ?? "")) : "bolig eller plass";
      rows.push([
        del,
        item.id as string,
        String(item.name ?? ""),
        unit,
        plainNumber(item.arsverkPerUnit) ?? "",
        plainNumber(money?.value) ?? "",
        plainNumber(money?.priceYear) ?? "",
        templateSource(item.source as string | undefined),
      ]);
    }
  }
  return inputCsvText(
    [
      "Bemanning og kostnader i dag: årsverk og kroner per enhet (plass, bruker eller bolig) og år for hver tjeneste og hvert trinn i boligtrappen.",
      "Forhåndsutfylt med malens nasjonale eller illustrative verdier. Skriv inn kommunens egne tall, prisåret og kilden i kolonnen kilde.",
      "Rader der kilde begynner med MALVERDI, står i rapporten som malverdier som ikke er erstattet ennå.",
      "Kolonnene navn og enhet er bare til hjelp. Del og id må stå som i malen. Linjer som begynner med # leses ikke.",
    ],
    STAFFING_COLUMNS,
    rows,
  );
}
