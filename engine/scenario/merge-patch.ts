/** A JSON value as parsed from a file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Applies a JSON merge patch (RFC 7396) to a value and returns a new value (inputs are not
 * changed): an object patch merges key by key and recursively, `null` removes a key,
 * anything else (numbers, strings, arrays) replaces. This is how a variant scenario
 * overrides only what differs from its baseline.
 *
 * @example mergePatch({ a: { b: 1, c: 2 }, d: [1] }, { a: { c: null }, d: [2] }) // { a: { b: 1 }, d: [2] }
 */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key] ?? null, value);
  }
  return out;
}

function clone(v: Json): Json {
  if (Array.isArray(v)) return v.map(clone);
  if (isObject(v)) {
    const o: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) o[k] = clone(x);
    return o;
  }
  return v;
}
