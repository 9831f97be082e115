import type { z } from "zod";
import { describeFound, type FieldPath, InputError } from "../errors";
import type { Json } from "./merge-patch";
import { numberLimitProblems } from "./number-limits";

/** A zod issue as field path, expected and found (file still to be named). */
export interface FieldProblem {
  path: FieldPath;
  expected: string;
  found: string;
}

const TYPE_NAMES: Record<string, string> = {
  number: "a number",
  string: "a text (string)",
  boolean: "true or false",
  object: "an object",
  array: "a list (array)",
  int: "a whole number",
  bigint: "a whole number",
  record: "an object",
};

/**
 * Turns zod issues (from `safeParse(x, { reportInput: true })`) into problems of the
 * form "expected …, got …": one per unknown key (with the allowed keys when the schema
 * is known), the expected type and the value found, ranges with their bounds.
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const input = (issue as { input?: unknown }).input;
    // A schema's own message in the convention ("expected …, got …") is kept as written.
    const own = /^expected ([\s\S]*), got ([\s\S]*)$/.exec(issue.message);
    if (own) {
      out.push({ path, expected: own[1], found: own[2] });
      continue;
    }
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys)
          out.push({
            path: [...path, key],
            expected: "no such key (the schema is closed; check the spelling)",
            found: `the unknown key ${JSON.stringify(key)}`,
          });
        break;
      case "invalid_type":
        out.push({
          path,
          expected: TYPE_NAMES[issue.expected] ?? issue.expected,
          found: input === undefined ? "nothing (the field is required)" : describeFound(input),
        });
        break;
      case "too_small":
      case "too_big": {
        const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
        const op = issue.code === "too_small" ? (issue.inclusive ? "at least" : "more than") : issue.inclusive ? "at most" : "less than";
        const what =
          issue.origin === "array"
            ? `a list with ${op} ${bound} elements`
            : issue.origin === "string"
              ? `a text of ${op} ${bound} characters`
              : `a number ${op} ${bound}`;
        out.push({ path, expected: what, found: Array.isArray(input) ? `${input.length} elements` : describeFound(input) });
        break;
      }
      case "invalid_value":
        out.push({ path, expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`, found: describeFound(input) });
        break;
      case "invalid_format":
        out.push({ path, expected: issue.message.replace(/^Invalid string: /, ""), found: describeFound(input) });
        break;
      case "invalid_union": {
        // A value of one form (e.g. an object where a number or a declared interval is allowed): that form's problems.
        const branches = (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
        const fitting = branches.filter((b) => b.length > 0 && !b.some((i) => i.code === "invalid_type" && i.path.length === 0));
        if (fitting.length === 1) {
          for (const p of zodProblems(fitting[0])) out.push({ ...p, path: [...path, ...p.path] });
          break;
        }
        out.push({ path, expected: "one of the allowed forms of this field", found: describeFound(input) });
        break;
      }
      default:
        out.push({ path, expected: issue.message, found: describeFound(input) });
    }
  }
  return out;
}

/**
 * Parses `value` with a zod schema and checks its numbers against their limits
 * (number-limits.ts); on failure throws one InputError listing every problem
 * as `file: field.path: expected …, got …` (the one zod formatter of the engine). `base`
 * is the path of `value` inside the file (e.g. ["coverage"]).
 *
 * @example parseWith(packageSchema, JSON.parse(text), "pakke.json") // the package, or an InputError
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, base: FieldPath = []): z.output<S> {
  const parsed = schema.safeParse(value, { reportInput: true });
  // Every number within its limit (engine/limits.ts), so that a value of 1e308 never turns into Infinity.
  const limits = numberLimitProblems(value as Json, [...base]);
  if (parsed.success && limits.length === 0) return parsed.data;
  const problems = [...limits, ...(parsed.success ? [] : zodProblems(parsed.error.issues).map((p) => ({ ...p, path: [...base, ...p.path] })))];
  throw InputError.of(problems.map((p) => ({ file, path: p.path, expected: p.expected, found: p.found })));
}
