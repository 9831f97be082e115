/**
 * Errors for bad input: one type, one form. Every message names where the problem is
 * (file, line or field path), what was expected and what was found:
 * `scenarios/x.json: coverage.services[2].rates["80-84"]: expected a share between 0 and 1, got 1.4`.
 * The CLI prints an InputError without a stack and exits with code 1; a usage error
 * (a bad option) exits with code 2.
 */

/** A key or index on the way to a field (of a scenario, a JSON file, a record). */
export type FieldPath = ReadonlyArray<string | number>;

/**
 * One problem found in an input: where (file and field path, or line), what was expected
 * and what was found. Readers collect all of them before reporting.
 */
export interface Issue {
  file: string;
  path: FieldPath;
  expected: string;
  found: string;
  /** The line of a text file (CSV), when the problem has one. */
  line?: number;
}

/** Former name of Issue (scenario validation). */
export type ScenarioIssue = Issue;

/**
 * Bad input. `issues` holds the problems behind the message in structured form when the
 * thrower had them (scenario validation, zod-checked files); the message is always complete.
 */
export class InputError extends Error {
  readonly issues: readonly Issue[];
  constructor(message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = "InputError";
    this.issues = issues;
  }

  /** One InputError listing every issue, one per line (see formatIssue). */
  static of(issues: readonly Issue[]): InputError {
    return new InputError(formatIssues(issues), issues);
  }
}

/** A usage error of the command line (exit code 2): a missing or contradictory option. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
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

/** `file: field.path: expected X, got Y` (`file: line 4, field.path: …` when the issue has a line). */
export function formatIssue(i: Issue): string {
  const where = i.line !== undefined ? `line ${i.line}${i.path.length ? `, ${formatFieldPath(i.path)}` : ""}` : formatFieldPath(i.path);
  return `${i.file}: ${where}: expected ${i.expected}, got ${i.found}`;
}

/** All issues, one per line. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map(formatIssue).join("\n");
}
