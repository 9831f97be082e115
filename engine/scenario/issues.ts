/** A key or index on the way to a field of a scenario. */
export type FieldPath = ReadonlyArray<string | number>;

/**
 * One problem found in a scenario: where (file and field path), what was expected and
 * what was found. Validation collects all of them before reporting.
 */
export interface ScenarioIssue {
  file: string;
  path: FieldPath;
  expected: string;
  found: string;
}

/**
 * A field path as text: `coverage.services[2].rates["80-84"]` (keys that are not plain
 * identifiers are quoted in brackets); the empty path is `(rot)`.
 */
export function formatFieldPath(path: FieldPath): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) out += out === "" ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out === "" ? "(rot)" : out;
}

/** A found value as short text for messages: strings quoted, objects and arrays cut to 60 characters. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** `file: field.path: expected X, got Y`. */
export function formatIssue(i: ScenarioIssue): string {
  return `${i.file}: ${formatFieldPath(i.path)}: expected ${i.expected}, got ${i.found}`;
}

/** All issues, one per line. */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map(formatIssue).join("\n");
}
