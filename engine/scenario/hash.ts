import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level (arrays keep their order): the same content gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** SHA-256 (hex) of a scenario's canonical JSON: the scenario's content hash in a run's provenance. */
export function scenarioHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
