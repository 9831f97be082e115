import type { FieldPath } from "../errors";
import { LIMITS, limitExpected } from "../limits";
import type { Json } from "./merge-patch";
import type { FieldProblem } from "./zod-issues";

/** The limit of a field by its path (the tighter ones; anything else has LIMITS.anyNumber). */
function limitOf(path: FieldPath): { limit: number; what: string } {
  const p = path.map(String);
  const at = (i: number) => p[p.length - i];
  if (p[0] === "population" && p[1] === "flows" && p[3] === "perYear") return { limit: LIMITS.flowPerYear, what: "persons a year in one flow" };
  if (p[0] === "report" && p[1] === "replicates") return { limit: LIMITS.replicates, what: "Monte Carlo replicates" };
  if (p[0] === "coverage" && p[2] !== undefined && p[3] === "counts") return { limit: LIMITS.persons, what: "persons in one count" };
  if (p[0] === "housing" && at(1) === "stock") return { limit: LIMITS.persons, what: "dwellings of one step" };
  if (at(2) === "unitCost" || at(2) === "costPerUnit") return { limit: LIMITS.moneyNok, what: "kroner of one unit cost" };
  return { limit: LIMITS.anyNumber, what: "any number in an input file" };
}

/**
 * Every number of a scenario (as merged JSON) above its limit in size (engine/limits.ts),
 * or not finite (JSON's 1e400 reads as Infinity): one problem each, naming the field and
 * the limit, e.g. `coverage.services[0].unitCost.value: expected at most 10^12 (Trappa's
 * limit for kroner of one unit cost), got 1e+308`. Years are checked by the resolver.
 */
export function numberLimitProblems(raw: Json, path: Array<string | number> = []): FieldProblem[] {
  if (typeof raw === "number") {
    const { limit, what } = limitOf(path);
    return Number.isFinite(raw) && Math.abs(raw) <= limit ? [] : [{ path, expected: limitExpected(limit, what), found: String(raw) }];
  }
  if (Array.isArray(raw)) return raw.flatMap((v, i) => numberLimitProblems(v, [...path, i]));
  if (raw !== null && typeof raw === "object") return Object.entries(raw).flatMap(([k, v]) => numberLimitProblems(v as Json, [...path, k]));
  return [];
}
