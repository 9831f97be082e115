import { InputError } from "../errors";
import type { BandPopulation } from "./population";
import type { ServiceDef } from "./types";

/** Formats a key for a field path: `.name` for identifiers, `["80-84"]` otherwise. */
export function fieldKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** Throws an InputError `where: expected ..., got ...`. */
export function fail(where: string, expected: string, found: unknown): never {
  const got = typeof found === "string" ? JSON.stringify(found) : Array.isArray(found) ? JSON.stringify(found) : String(found);
  throw new InputError(`${where}: expected ${expected}, got ${got}`);
}

/** Checks that a band is one the population has. */
export function requireBand(pop: Pick<BandPopulation, "bands">, band: string, where: string): void {
  if (!pop.bands.includes(band)) fail(where, `a band the population has (${pop.bands.join(", ")})`, band);
}

/** Checks a rate: a share 0…1 for users and places, a non-negative number of hours per resident for hours. */
export function checkRate(rate: number, unit: ServiceDef["unit"], where: string): void {
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0) fail(where, "a non-negative rate", rate);
  if (unit !== "hours" && rate > 1) fail(where, `a share between 0 and 1 (${unit} per resident)`, rate);
}

/**
 * Today's coverage rate per band of a service: counts ÷ residents in the base year, or
 * the rates given. Units: users (places) per resident, a share 0…1; hours per resident
 * per year for "hours". Bad input throws: a band the population does not have, a count
 * above the residents of its band, a rate above 1 for users or places, both or neither of
 * counts and rates. A band with no residents and no users has rate 0.
 *
 * @example coverageRates({ ..., unit: "places", counts: { "90+": 154 } }, pop, 2021) // Map { "90+" => 0.237 }
 */
export function coverageRates(service: ServiceDef, pop: BandPopulation, baseYear: number, where = "service"): Map<string, number> {
  const out = new Map<string, number>();
  const hasCounts = service.counts !== undefined;
  const hasRates = service.rates !== undefined;
  if (hasCounts === hasRates) fail(where, "either counts or rates per band (one of them)", hasCounts ? "both" : "neither");
  if (hasCounts) {
    for (const [band, count] of Object.entries(service.counts!)) {
      const w = `${where}.counts${fieldKey(band)}`;
      requireBand(pop, band, w);
      if (typeof count !== "number" || !Number.isFinite(count) || count < 0) fail(w, "a non-negative count", count);
      const residents = pop.get(baseYear, band);
      if (residents === 0) {
        if (count > 0) fail(w, `no more ${service.unit} than the ${residents} residents of the band in ${baseYear}`, count);
        out.set(band, 0);
        continue;
      }
      const rate = count / residents;
      if (service.unit !== "hours" && rate > 1) {
        fail(w, `no more ${service.unit} than the ${residents} residents of the band in ${baseYear} (a rate above 1)`, count);
      }
      out.set(band, rate);
    }
  } else {
    for (const [band, rate] of Object.entries(service.rates!)) {
      const w = `${where}.rates${fieldKey(band)}`;
      requireBand(pop, band, w);
      checkRate(rate, service.unit, w);
      out.set(band, rate);
    }
  }
  return out;
}
