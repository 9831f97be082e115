/**
 * Errors for bad input. Every message names where the problem is (file, line or field),
 * what was expected and what was found:
 * `data/pop.csv: line 4, field "population": expected a non-negative number, got "-3"`.
 * The CLI exits with code 1 on an InputError and code 2 on a usage error.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Where a value came from: a file, optionally a line, and a field path. */
export interface Location {
  file?: string;
  line?: number;
  field?: string;
}

/** Formats a location as `file: line 4, field "x"` (parts that are unknown are left out). */
export function formatLocation(loc: Location): string {
  const parts: string[] = [];
  if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.field !== undefined) parts.push(`field "${loc.field}"`);
  const where = parts.join(", ");
  if (loc.file && where) return `${loc.file}: ${where}`;
  return loc.file ?? where;
}

/** Builds an InputError: `<where>: expected <expected>, got <found>`. */
export function inputError(loc: Location, expected: string, found: unknown): InputError {
  const where = formatLocation(loc);
  const got = typeof found === "string" ? JSON.stringify(found) : String(found);
  return new InputError(`${where ? `${where}: ` : ""}expected ${expected}, got ${got}`);
}

/** A usage error of the command line (exit code 2): a missing or contradictory option. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
