import type { Json } from "../../scenario/merge-patch";

/** A JSON object of a scenario being filled from input files (loosely typed: validation comes after). */
export type JsonObject = Record<string, Json>;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The objects of `json[part][list]` that have a text `id` (services of coverage, steps of housing); [] when absent or malformed. */
export function itemsWithId(json: JsonObject, part: string, list: string): JsonObject[] {
  const p = json[part];
  if (!isObject(p)) return [];
  const items = p[list];
  if (!Array.isArray(items)) return [];
  return items.filter((x): x is JsonObject => isObject(x) && typeof x.id === "string");
}

/** `json[key]` as an object, or undefined. */
export function objectAt(json: JsonObject, key: string): JsonObject | undefined {
  const v = json[key];
  return isObject(v) ? v : undefined;
}

/** A number of a scenario value that may carry its uncertainty (`{ "value": … }`); undefined otherwise. */
export function plainNumber(v: Json | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (isObject(v) && typeof v.value === "number") return v.value;
  return undefined;
}
