import type { z } from "zod";
import { compileFormula, type FormulaProblem, isFormulaProblem } from "../formula/formula";

/** A formula problem as the "expected …, got …" of a message, with the position in the text. */
export function formulaProblemText(p: FormulaProblem, text: string): { expected: string; found: string } {
  const at = p.position !== null ? ` at character ${p.position} of ${JSON.stringify(text)}` : ` in ${JSON.stringify(text)}`;
  return { expected: p.expected, found: `${p.found}${at}` };
}

/**
 * Checks a formula's syntax and constructs when the scenario file is read (the names are
 * checked when the run knows them) and adds a zod issue at `path` when it fails.
 */
export function checkFormulaSyntax(text: string, ctx: z.RefinementCtx, path: Array<string | number> = []): void {
  const f = compileFormula(text, null);
  if (!isFormulaProblem(f)) return;
  const { expected, found } = formulaProblemText(f, text);
  ctx.addIssue({ code: "custom", message: `expected ${expected}, got ${found}`, path });
}
