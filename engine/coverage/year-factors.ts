import { InputError } from "../errors";
import { compileFormula, type Formula, isFormulaProblem } from "../formula/formula";
import { formulaProblemText } from "../scenario/formula-syntax";

/** A factor as a formula of the year `ar`: one for every service, or one per service id (the others 1). */
export type YearExpression = string | Record<string, string>;

/** The three factors an alternative may give as formulas of the year. */
export const YEAR_FACTOR_FIELDS = ["rateFactor", "arsverkFactor", "unitCostFactor"] as const;
export type YearFactorField = (typeof YEAR_FACTOR_FIELDS)[number];

/** A factor by service id and year (1 where the alternative gives none). */
export type YearFactor = (serviceId: string, year: number) => number;

/**
 * Compiles an alternative's factor formulas (`"0.99 ^ (ar - 2024)"`, the year as `ar`) and
 * returns one function per field. A formula that does not parse, reads another name than
 * `ar`, names an unknown service, or gives a value that is not a finite number ≥ 0 in a
 * year is an InputError naming the field (and the year).
 *
 * @example yearFactors({ rateFactor: "0.99 ^ (ar - 2024)" }, ["institusjon"], "coverage.alternatives[0]").rateFactor("institusjon", 2026) // 0.9801
 */
export function yearFactors(
  alt: Partial<Record<YearFactorField, YearExpression>>,
  serviceIds: readonly string[],
  where: string,
): Record<YearFactorField, YearFactor> {
  const compile = (field: YearFactorField): YearFactor => {
    const spec = alt[field];
    if (spec === undefined) return () => 1;
    const byId = new Map<string | null, Formula>();
    const add = (id: string | null, text: string, w: string) => {
      const f = compileFormula(text, ["ar"]);
      if (isFormulaProblem(f)) {
        const p = formulaProblemText(f, text);
        throw new InputError(`${w}: expected ${p.expected}, got ${p.found}`);
      }
      byId.set(id, f);
    };
    if (typeof spec === "string") add(null, spec, `${where}.${field}`);
    else
      for (const [id, text] of Object.entries(spec)) {
        if (!serviceIds.includes(id)) throw new InputError(`${where}.${field}: expected a service id (${serviceIds.join(", ")}), got "${id}"`);
        add(id, text, `${where}.${field}["${id}"]`);
      }
    const cache = new Map<string, number>();
    return (id, year) => {
      const f = byId.get(null) ?? byId.get(id);
      if (!f) return 1;
      const key = `${byId.has(null) ? "" : id}|${year}`;
      let v = cache.get(key);
      if (v === undefined) {
        v = f.evaluate({ ar: year });
        if (!(Number.isFinite(v) && v >= 0)) {
          const w = typeof spec === "string" ? `${where}.${field}` : `${where}.${field}["${id}"]`;
          throw new InputError(`${w}: expected a factor of 0 or more in ${year}, got ${v} from "${f.text}"`);
        }
        cache.set(key, v);
      }
      return v;
    };
  };
  return { rateFactor: compile("rateFactor"), arsverkFactor: compile("arsverkFactor"), unitCostFactor: compile("unitCostFactor") };
}
