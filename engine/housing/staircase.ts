import { DEFAULT_POSITION_SIZE } from "../coverage/project";
import type { BandPopulation } from "../coverage/population";
import { pathProgress } from "../coverage/progress";
import { fail, fieldKey } from "../coverage/rates";
import { blendProfiles, checkProfile } from "./profile";
import type { HousingInput, HousingRow, ProfileName, StaircaseResult, StepTotal } from "./types";

/**
 * Projects a housing staircase under today's profile (held constant) and the alternative
 * profile (reached along the path). Per profile, year, band and step: residents =
 * band population × share (persons); dwellings = residents ÷ occupancy (units); årsverk =
 * dwellings × årsverk per unit; cost = dwellings × cost per unit (kroner of the steps'
 * price year). Totals per step add the stock (given, or the base-year need under today's
 * profile) and the gap = dwellings − stock. Bands outside the profile are not housed here
 * (a 67+ staircase ignores 0-66). Bad input throws an InputError naming the field.
 *
 * @example projectStaircase({ steps, profiles: { today, alternative }, path: { shape: "linear", targetYear: 2040 } }, pop)
 */
export function projectStaircase(input: HousingInput, pop: BandPopulation, where = "housing"): StaircaseResult {
  const baseYear = input.baseYear ?? pop.years[0];
  const endYear = input.endYear ?? pop.years[pop.years.length - 1];
  const first = pop.years[0];
  const last = pop.years[pop.years.length - 1];
  if (!pop.years.includes(baseYear)) fail(`${where}.baseYear`, `a year the population has (${first}-${last})`, baseYear);
  if (endYear < baseYear) fail(`${where}.endYear`, `a year at or after the base year ${baseYear}`, endYear);
  if (endYear > last) fail(`${where}.endYear`, `a year up to the population's last year ${last}`, endYear);
  const path = input.path;
  const start = path.startYear ?? baseYear;
  if (path.startYear !== undefined && path.startYear < baseYear)
    fail(`${where}.path.startYear`, `a year at or after the base year ${baseYear}`, path.startYear);
  if (path.targetYear < start)
    fail(`${where}.path.targetYear`, `a year at or after the ${path.startYear === undefined ? "base" : "start"} year ${start}`, path.targetYear);
  const targetYear = path.targetYear;
  const positionSize = input.positionSize ?? DEFAULT_POSITION_SIZE;
  if (!(positionSize > 0 && positionSize <= 1)) fail(`${where}.positionSize`, "a position size above 0 and at most 1", positionSize);
  if (input.steps.length === 0) fail(`${where}.steps`, "at least one step", "none");
  const ids: string[] = [];
  let priceYear: number | undefined;
  input.steps.forEach((s, i) => {
    const w = `${where}.steps[${i}]`;
    if (ids.includes(s.id)) fail(`${w}.id`, "a step id used once", s.id);
    ids.push(s.id);
    if (!Number.isFinite(s.arsverkPerUnit) || s.arsverkPerUnit < 0) fail(`${w}.arsverkPerUnit`, "a non-negative number of årsverk per unit", s.arsverkPerUnit);
    if (!Number.isFinite(s.costPerUnit.value) || s.costPerUnit.value < 0)
      fail(`${w}.costPerUnit.value`, "a non-negative cost per unit and year", s.costPerUnit.value);
    if (priceYear === undefined) priceYear = s.costPerUnit.priceYear;
    else if (s.costPerUnit.priceYear !== priceYear)
      fail(`${w}.costPerUnit.priceYear`, `the same price year as the other steps (${priceYear})`, s.costPerUnit.priceYear);
    if (s.occupancy !== undefined && !(s.occupancy > 0)) fail(`${w}.occupancy`, "residents per unit above 0", s.occupancy);
    if (s.stock !== undefined && s.stock !== null && !(Number.isFinite(s.stock) && s.stock >= 0)) fail(`${w}.stock`, "a non-negative number of units", s.stock);
  });
  const normalise = input.normaliseShares ?? false;
  const today = checkProfile(input.profiles.today, ids, pop, `${where}.profiles.today`, normalise);
  const alternative = checkProfile(input.profiles.alternative, ids, pop, `${where}.profiles.alternative`, normalise);
  for (const band of alternative.keys()) {
    if (!today.has(band)) fail(`${where}.profiles.alternative${fieldKey(band)}`, `a band of today's profile (${Array.from(today.keys()).join(", ")})`, band);
  }
  if (today.size === 0) fail(`${where}.profiles.today`, "at least one band", "none");
  const bands = pop.bands.filter((b) => today.has(b));

  const rows: HousingRow[] = [];
  const sums = new Map<string, { residents: number; dwellings: number; arsverk: number; cost: number }>();
  const profiles: ProfileName[] = ["today", "alternative"];
  for (const profile of profiles) {
    for (let year = baseYear; year <= endYear; year++) {
      const p = profile === "today" ? 0 : pathProgress(path.shape, start, targetYear, year);
      const shares = blendProfiles(today, alternative, p);
      for (const band of bands) {
        const residentsInBand = pop.get(year, band);
        for (const s of input.steps) {
          const residents = residentsInBand * shares.get(band)!.get(s.id)!;
          const dwellings = residents / (s.occupancy ?? 1);
          const arsverk = dwellings * s.arsverkPerUnit;
          const cost = dwellings * s.costPerUnit.value;
          const base = { profile, year, band, step: s.id };
          rows.push(
            { ...base, measure: "residents", value: residents, unit: "persons", priceYear: null },
            { ...base, measure: "dwellings", value: dwellings, unit: "units", priceYear: null },
            { ...base, measure: "arsverk", value: arsverk, unit: "årsverk", priceYear: null },
            { ...base, measure: "cost", value: cost, unit: "NOK", priceYear: s.costPerUnit.priceYear },
          );
          const k = `${profile}|${year}|${s.id}`;
          const t = sums.get(k) ?? { residents: 0, dwellings: 0, arsverk: 0, cost: 0 };
          t.residents += residents;
          t.dwellings += dwellings;
          t.arsverk += arsverk;
          t.cost += cost;
          sums.set(k, t);
        }
      }
    }
  }
  const steps = input.steps.map((s) => {
    const given = s.stock !== undefined && s.stock !== null;
    return { ...s, stock: given ? (s.stock as number) : sums.get(`today|${baseYear}|${s.id}`)!.dwellings, stockGiven: given };
  });
  const totals: StepTotal[] = [];
  for (const profile of profiles) {
    for (let year = baseYear; year <= endYear; year++) {
      for (const s of steps) {
        const t = sums.get(`${profile}|${year}|${s.id}`)!;
        totals.push({ profile, year, step: s.id, ...t, priceYear: priceYear!, stock: s.stock, gap: t.dwellings - s.stock });
      }
    }
  }
  return { baseYear, endYear, targetYear, positionSize, priceYear: priceYear!, bands, steps, rows, totals };
}

/** The totals of one profile and year, per step in step order (throws if the year was not projected). */
export function stepTotals(result: StaircaseResult, profile: ProfileName, year: number): StepTotal[] {
  const out = result.totals.filter((t) => t.profile === profile && t.year === year);
  if (out.length === 0) fail("stepTotals year", `a year from ${result.baseYear} to ${result.endYear}`, year);
  return out;
}
