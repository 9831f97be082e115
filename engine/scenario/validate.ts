import { scenarioProblems } from "./checks";
import { numberLimitProblems } from "./number-limits";
import { fileRefs, type FileRef } from "./file-refs";
import type { FieldPath, ScenarioIssue } from "../errors";
import type { Json } from "./merge-patch";
import { scenarioSchema, type Scenario } from "./scenario";
import { zodProblems, type FieldProblem } from "./zod-issues";

export interface ValidateOptions {
  /** The file that defines a field (a variant or its baseline), for messages; default: one file for all. */
  origin: (path: FieldPath) => string;
  /** Whether a file reference points at something that exists (I/O is the caller's: engine/io/scenario-file.ts). */
  exists?: (ref: FileRef) => boolean;
}

/**
 * Validates a resolved scenario (a variant already merged onto its baseline) against the
 * closed schema, its numbers against their limits (number-limits.ts), then its meaning
 * (engine/scenario/checks.ts) and its file references.
 * Returns every issue at once, each naming the file that defines the field, the field
 * path, what was expected and what was found; `scenario` is null when there are issues.
 */
export function validateScenario(raw: Json, options: ValidateOptions): { scenario: Scenario | null; issues: ScenarioIssue[] } {
  const problems: FieldProblem[] = numberLimitProblems(raw);
  const parsed = scenarioSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) problems.push(...zodProblems(parsed.error.issues));
  else problems.push(...scenarioProblems(parsed.data));
  if (options.exists) {
    for (const ref of fileRefs(raw)) {
      if (!options.exists(ref)) {
        const expected =
          ref.kind === "catalogue"
            ? "an existing price catalogue file (relative to the scenario file) or the name of a shipped one"
            : ref.kind === "staircase"
              ? "an existing staircase file (relative to the scenario file) or the name of a shipped staircase"
              : "an existing file (relative to the scenario file)";
        problems.push({ path: ref.path, expected, found: `${JSON.stringify(ref.value)}, which does not exist` });
      }
    }
  }
  const issues = problems.map((p) => ({ file: options.origin(p.path), ...p }));
  return { scenario: issues.length === 0 && parsed.success ? parsed.data : null, issues };
}
