import type { Issue } from "../../errors";
import { isTemplateSource } from "./table";

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
