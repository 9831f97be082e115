import type { Issue } from "../../errors";
import { parseBand } from "../../population/bands";
import { type InputTable, isTemplateSource } from "./table";

/** What an input file gave: issues, the labels of values still from the template, the number of values, and sources by target. */
export interface Applied {
  issues: Issue[];
  values: number;
  /** Values marked MALVERDI and equal to the template's. */
  template: string[];
  /** Values marked MALVERDI but changed from the template's: replaced, without their source written. */
  unsourced: string[];
  /** Source texts by target ("coverage:<id>", "housing:<id>"), in row order. */
  sources: Map<string, string[]>;
}

/** Adds a source text for a target (once). */
export function addSource(sources: Map<string, string[]>, key: string, text: string): void {
  if (!text) return;
  const list = sources.get(key) ?? [];
  if (!list.includes(text)) list.push(text);
  sources.set(key, list);
}

/**
 * Records a row's template mark: a value whose source starts with MALVERDI is the template's
 * while it equals the template's value, and a replaced value without its source once it
 * differs (the report then does not call it a template value).
 */
export function markTemplate(out: Applied, label: string, source: string, unchanged: boolean): void {
  if (!isTemplateSource(source)) return;
  (unchanged ? out.template : out.unsourced).push(label);
}

/** An empty result. */
export function applied(issues: Issue[] = []): Applied {
  return { issues, values: 0, template: [], unsourced: [], sources: new Map() };
}

/**
 * A row's age band as one of the scenario's bands `known` for what the row fills ("80-84 år"
 * reads as "80-84"), or an issue naming the file, line, the bands expected and the text
 * found. The bands are the scenario's: other bands (and the alternatives' references to
 * them) are changed in the scenario file, not in a CSV, so that a deleted or mistyped row
 * is never a silently empty band.
 */
export function knownBand(
  t: InputTable,
  row: InputTable["rows"][number],
  column: string,
  known: readonly string[],
  what: string,
  issues: Issue[],
): string | undefined {
  const text = row.cells[column] ?? "";
  let band: string | undefined;
  try {
    band = parseBand(text, "").label;
  } catch {
    band = undefined;
  }
  if (band === undefined || !known.includes(band)) {
    issues.push({
      file: t.file,
      path: [column],
      line: row.line,
      expected: `an age band of ${what} in the scenario (${known.join(", ")})`,
      found: text === "" ? "an empty cell" : JSON.stringify(text),
    });
    return undefined;
  }
  return band;
}

/** A record by age band with its keys as band labels ("80-84 år" → "80-84"; a key that is no band is kept). */
export function byBandLabel<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) {
    let label = k;
    try {
      label = parseBand(k, "").label;
    } catch {
      // not a band: the schema and the run name it
    }
    out[label] = v;
  }
  return out;
}
