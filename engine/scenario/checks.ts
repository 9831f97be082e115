import type { FieldProblem } from "./zod-issues";
import type { Scenario } from "./scenario";

const share = "a share between 0 and 1";

function checkShare(out: FieldProblem[], path: Array<string | number>, v: number): void {
  if (!(v >= 0 && v <= 1)) out.push({ path, expected: share, found: String(v) });
}

function checkNonNegative(out: FieldProblem[], path: Array<string | number>, v: number | null | undefined): void {
  if (v !== undefined && v !== null && !(v >= 0)) out.push({ path, expected: "a non-negative number", found: String(v) });
}

function checkPositionSize(out: FieldProblem[], path: Array<string | number>, v: number | undefined): void {
  if (v !== undefined && !(v > 0 && v <= 1)) out.push({ path, expected: "a position size above 0 and at most 1 (e.g. 0.67)", found: String(v) });
}

function checkKnown(out: FieldProblem[], path: Array<string | number>, id: string, known: string[], what: string): void {
  if (!known.includes(id))
    out.push({
      path,
      expected: `a ${what} defined in the scenario (${known.map((k) => JSON.stringify(k)).join(", ")})`,
      found: `the unknown ${what} ${JSON.stringify(id)}`,
    });
}

function duplicates(out: FieldProblem[], base: Array<string | number>, ids: string[], what: string): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      out.push({ path: [...base, i, "id"], expected: `a ${what} id used once`, found: `${JSON.stringify(id)} again (first at [${ids.indexOf(id)}])` });
  });
}

/**
 * Checks a scenario that passed the schema for what a schema cannot say: shares between
 * 0 and 1 (coverage rates, transfer shares, housing profile shares), non-negative counts,
 * costs and årsverk, position sizes in (0, 1], references to services and housing steps
 * that exist, ids used once, and a report alternative the population runs. Returns every
 * problem found (empty when the scenario is sound). Bands and years are checked against
 * the population when the scenario runs.
 */
export function scenarioProblems(s: Scenario): FieldProblem[] {
  const out: FieldProblem[] = [];
  const c = s.coverage;
  if (c) {
    const ids = c.services.map((x) => x.id);
    duplicates(out, ["coverage", "services"], ids, "service");
    checkPositionSize(out, ["coverage", "positionSize"], c.positionSize);
    c.services.forEach((svc, i) => {
      const p = ["coverage", "services", i];
      for (const [band, v] of Object.entries(svc.rates ?? {})) {
        if (svc.unit === "hours") checkNonNegative(out, [...p, "rates", band], v);
        else checkShare(out, [...p, "rates", band], v);
      }
      for (const [band, v] of Object.entries(svc.counts ?? {})) checkNonNegative(out, [...p, "counts", band], v);
      checkNonNegative(out, [...p, "arsverkPerUnit"], svc.arsverkPerUnit);
      checkNonNegative(out, [...p, "unitCost", "value"], svc.unitCost.value);
    });
    c.alternatives.forEach((alt, i) => {
      const p = ["coverage", "alternatives", i];
      for (const [id, path] of Object.entries(alt.paths ?? {})) {
        checkKnown(out, [...p, "paths", id], id, ids, "service");
        const svc = c.services.find((x) => x.id === id);
        for (const [band, v] of Object.entries(path.targetRates ?? {})) {
          if (svc?.unit === "hours") checkNonNegative(out, [...p, "paths", id, "targetRates", band], v);
          else checkShare(out, [...p, "paths", id, "targetRates", band], v);
        }
        checkNonNegative(out, [...p, "paths", id, "factor"], path.factor);
      }
      (alt.healthierAgeing?.services ?? []).forEach((id, k) => checkKnown(out, [...p, "healthierAgeing", "services", k], id, ids, "service"));
      if (alt.arsverkGrowth !== undefined && typeof alt.arsverkGrowth === "object") {
        for (const id of Object.keys(alt.arsverkGrowth)) checkKnown(out, [...p, "arsverkGrowth", id], id, ids, "service");
      }
      (alt.transfers ?? []).forEach((t, k) => {
        const tp = [...p, "transfers", k];
        checkKnown(out, [...tp, "from"], t.from, ids, "service");
        checkKnown(out, [...tp, "to"], t.to, ids, "service");
        checkShare(out, [...tp, "share"], t.share);
      });
    });
    for (const id of Object.keys(c.registeredBase?.units ?? {})) checkKnown(out, ["coverage", "registeredBase", "units", id], id, ids, "service");
  }
  const h = s.housing;
  if (h) {
    const ids = h.steps.map((x) => x.id);
    duplicates(out, ["housing", "steps"], ids, "housing step");
    checkPositionSize(out, ["housing", "positionSize"], h.positionSize);
    h.steps.forEach((st, i) => {
      const p = ["housing", "steps", i];
      checkNonNegative(out, [...p, "arsverkPerUnit"], st.arsverkPerUnit);
      checkNonNegative(out, [...p, "costPerUnit", "value"], st.costPerUnit.value);
      checkNonNegative(out, [...p, "stock"], st.stock);
      if (st.occupancy !== undefined && !(st.occupancy > 0))
        out.push({ path: [...p, "occupancy"], expected: "a positive number of residents per unit", found: String(st.occupancy) });
    });
    for (const key of ["units", "occupancy"] as const)
      for (const id of Object.keys(h.registeredBase?.[key] ?? {})) checkKnown(out, ["housing", "registeredBase", key, id], id, ids, "housing step");
    for (const id of Object.keys(h.investment?.perUnit ?? {})) checkKnown(out, ["housing", "investment", "perUnit", id], id, ids, "housing step");
    for (const name of ["today", "alternative"] as const) {
      for (const [band, shares] of Object.entries(h.profiles[name])) {
        for (const [step, v] of Object.entries(shares)) {
          const p = ["housing", "profiles", name, band, step];
          checkKnown(out, p, step, ids, "housing step");
          checkShare(out, p, v);
        }
      }
    }
  }
  if (s.report?.alternative !== undefined) {
    const alts = s.population?.alternatives ?? ["MMMM"];
    if (!alts.includes(s.report.alternative)) {
      out.push({
        path: ["report", "alternative"],
        expected: `one of the population's alternatives (${alts.join(", ")})`,
        found: JSON.stringify(s.report.alternative),
      });
    }
  }
  return out;
}
