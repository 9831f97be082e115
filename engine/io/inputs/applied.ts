import type { Issue } from "../../errors";

/** What an input file gave: issues, the labels of values still from the template, the number of values, and sources by target. */
export interface Applied {
  issues: Issue[];
  values: number;
  template: string[];
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
