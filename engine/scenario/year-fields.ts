import type { Issue } from "../errors";
import { LIMITS } from "../limits";
import type { Scenario } from "./scenario";

/** One year field of a scenario: where, its value and the earliest year it may name. */
interface YearField {
  path: Array<string | number>;
  value: number | undefined;
  min: number;
  what: string;
}

/**
 * Every year field of a scenario checked against the base year and Trappa's years
 * (LIMITS.firstYear to LIMITS.lastYear): base years from 1900, every other year (end, target
 * and start years, calibration years, housing periods, coverage paths) from its part's base
 * year (else `baseYear`, the population's) up to 2100. One issue per field, naming `file`
 * and the field as written, e.g. `housing.targetYear: expected a year from the base year
 * 2024 to 2100, got 2010`. `endYearWritten`: whether the file gave `population.endYear` (else
 * it is the schema's default and not the user's to fix).
 */
export function yearFieldIssues(s: Scenario, file: string, baseYear: number | null, endYearWritten = true): Issue[] {
  const first = LIMITS.firstYear;
  const pop = s.population;
  const popBase = baseYear ?? pop?.baseYear ?? s.housing?.baseYear ?? s.coverage?.baseYear ?? null;
  const min = popBase ?? first;
  const fields: YearField[] = [
    { path: ["population", "baseYear"], value: pop?.baseYear, min: first, what: "a base year" },
    { path: ["population", "endYear"], value: endYearWritten ? pop?.endYear : undefined, min, what: "an end year" },
    ...(pop?.calibrateYears ?? []).map((v, i) => ({ path: ["population", "calibrateYears", i], value: v, min, what: "a calibration year" })),
    { path: ["report", "targetYear"], value: s.report?.targetYear, min, what: "a target year" },
  ];
  const h = s.housing;
  if (h) {
    const hMin = h.baseYear ?? min;
    fields.push(
      { path: ["housing", "baseYear"], value: h.baseYear, min: first, what: "a base year" },
      { path: ["housing", "endYear"], value: h.endYear, min: hMin, what: "an end year" },
      { path: ["housing", "targetYear"], value: h.targetYear, min: hMin, what: "a target year" },
      { path: ["housing", "path", "targetYear"], value: h.path.targetYear, min: hMin, what: "a target year" },
      { path: ["housing", "path", "startYear"], value: h.path.startYear, min: hMin, what: "a start year" },
      ...(h.periods ?? []).map((v, i) => ({ path: ["housing", "periods", i], value: v, min: hMin, what: "a period year" })),
    );
  }
  const c = s.coverage;
  if (c) {
    const cMin = c.baseYear ?? min;
    fields.push(
      { path: ["coverage", "baseYear"], value: c.baseYear, min: first, what: "a base year" },
      { path: ["coverage", "endYear"], value: c.endYear, min: cMin, what: "an end year" },
    );
    c.alternatives.forEach((alt, i) => {
      const p = ["coverage", "alternatives", i];
      for (const [id, path] of Object.entries(alt.paths ?? {})) {
        fields.push(
          { path: [...p, "paths", id, "targetYear"], value: path.targetYear, min: cMin, what: "a target year" },
          { path: [...p, "paths", id, "startYear"], value: path.startYear, min: cMin, what: "a start year" },
        );
      }
      if (alt.healthierAgeing) {
        fields.push(
          { path: [...p, "healthierAgeing", "byYear"], value: alt.healthierAgeing.byYear, min: cMin, what: "a year" },
          { path: [...p, "healthierAgeing", "startYear"], value: alt.healthierAgeing.startYear, min: cMin, what: "a start year" },
        );
      }
      (alt.transfers ?? []).forEach((t, k) => {
        fields.push(
          { path: [...p, "transfers", k, "byYear"], value: t.byYear, min: cMin, what: "a year" },
          { path: [...p, "transfers", k, "startYear"], value: t.startYear, min: cMin, what: "a start year" },
        );
      });
    });
  }
  const issues: Issue[] = [];
  for (const f of fields) {
    if (f.value === undefined) continue;
    if (!Number.isInteger(f.value) || f.value < f.min || f.value > LIMITS.lastYear) {
      const from = f.min === first ? `${first}` : `the base year ${f.min}`;
      issues.push({ file, path: f.path, expected: `${f.what} from ${from} to ${LIMITS.lastYear}`, found: String(f.value) });
    }
  }
  return issues;
}
