import type { RegisteredBaseSpec } from "../scenario/registered-base";
import { fail, fieldKey } from "./rates";
import { ALTERNATIVE_0, type CoverageRow } from "./types";

/**
 * Calibrates coverage rows (every alternative) to a registered base, in the registered year
 * (or the base year when it lies before the projection): per service with registered units
 * (users or places), its volume, rate, årsverk, employees and cost × (units ÷ alternativ 0's
 * volume that year); then all årsverk and employees × (registered årsverk ÷ alternativ 0's
 * årsverk), all cost × (registered cost ÷ alternativ 0's cost). Growth from the base thus
 * follows each alternative's rates. Returns new rows (the input is not changed). Bad input
 * throws an InputError naming the field.
 */
export function calibrateCoverage(
  rows: readonly CoverageRow[],
  spec: RegisteredBaseSpec,
  o: { baseYear: number; endYear: number; serviceIds: readonly string[]; priceYear: number | null; where: string },
): CoverageRow[] {
  const w = `${o.where}.registeredBase`;
  if (spec.year > o.endYear) fail(`${w}.year`, `a year up to the projection's last year ${o.endYear}`, spec.year);
  if (spec.occupancy) fail(`${w}.occupancy`, "no occupancy (housing steps only)", Object.keys(spec.occupancy).join(", "));
  for (const id of Object.keys(spec.units ?? {}))
    if (!o.serviceIds.includes(id)) fail(`${w}.units${fieldKey(id)}`, `a service id (${o.serviceIds.join(", ")})`, id);
  if (spec.cost && o.priceYear !== null && spec.cost.priceYear !== o.priceYear)
    fail(`${w}.cost.priceYear`, `the services' price year ${o.priceYear}`, spec.cost.priceYear);
  const year = Math.max(spec.year, o.baseYear);
  const sum = (rs: readonly CoverageRow[], pick: (r: CoverageRow) => boolean) =>
    rs.reduce((s, r) => (r.scenario === ALTERNATIVE_0 && r.year === year && pick(r) ? s + r.value : s), 0);
  const volumeMeasures = new Set(["users", "places", "hours"]);
  const serviceFactor = new Map<string, number>();
  for (const [id, units] of Object.entries(spec.units ?? {})) {
    const modelled = sum(rows, (r) => r.service === id && volumeMeasures.has(r.measure));
    if (!(modelled > 0)) fail(`${w}.units${fieldKey(id)}`, `a service with modelled users in ${year} to calibrate`, units);
    serviceFactor.set(id, units / modelled);
  }
  const stepped = rows.map((r) => {
    const f = serviceFactor.get(r.service) ?? 1;
    return f === 1 ? { ...r } : { ...r, value: r.value * f };
  });
  const factor = (registered: number | undefined, measure: string, what: string) => {
    if (registered === undefined) return 1;
    const modelled = sum(stepped, (r) => r.measure === measure);
    if (!(modelled > 0)) fail(`${w}.${what}`, `services with modelled ${what} in ${year} to calibrate`, registered);
    return registered / modelled;
  };
  const ka = factor(spec.arsverk, "arsverk", "arsverk");
  const kc = factor(spec.cost?.value, "cost", "cost");
  for (const r of stepped) {
    if (r.measure === "arsverk" || r.measure === "employees") r.value *= ka;
    else if (r.measure === "cost") r.value *= kc;
  }
  return stepped;
}
