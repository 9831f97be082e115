import { DEFAULT_POSITION_SIZE } from "../coverage/types";
import { bandMatrix, type BandMatrix, type BandPopulation } from "../coverage/population";
import { pathProgress } from "../coverage/progress";
import { fail, fieldKey } from "../coverage/rates";
import { profileShares } from "./profile";
import { calibrateToRegistered, type RegisteredPlan, registeredPlan } from "./registered-base";
import type { HousingInput, HousingRow, HousingStep, ProfileName, StaircaseResult, StaircaseSums, StepTotal } from "./types";

/**
 * A staircase's structure, checked once against a population's years and bands: the years,
 * the housed bands, the steps and the path to the alternative profile. What it leaves out
 * (the profiles' shares, årsverk and cost per unit, the residents) may change between
 * evaluations on one plan, e.g. across uncertainty replicates (staircaseNumbers, staircaseSums).
 */
export interface StaircasePlan {
  where: string;
  baseYear: number;
  endYear: number;
  targetYear: number;
  positionSize: number;
  priceYear: number;
  /** The population's bands (the columns of the residents matrix), and the housed ones (today's profile's, in the population's order) with their columns. */
  popBands: string[];
  bands: string[];
  bandAt: Int32Array;
  steps: HousingStep[];
  stepIds: string[];
  /** Residents per unit, per step (default 1). */
  occupancy: Float64Array;
  /** Share of the way from today's profile to the alternative, per year from the base year. */
  progress: Float64Array;
  normalise: boolean;
  /** The registered base the sums are calibrated to (null: none). */
  registered: RegisteredPlan | null;
  /** Factor on the shares above the first step per year from the base year: 1 in the start year, input.coverageFactor (default 1) from the path's target year, along the path's shape between. */
  coverageIndex: Float64Array;
  /** Index of the cost per unit per year from the base year: (1 + realWageGrowth)^(year − base year). */
  costIndex: Float64Array;
}

/** The numbers of a staircase on its plan: the profiles laid out over the housed bands and steps, årsverk and cost per unit per step. */
export interface StaircaseNumbers {
  today: Float64Array;
  alternative: Float64Array;
  /** 1 where the alternative profile names the band (others keep today's shares). */
  hasAlternative: Uint8Array;
  arsverkPerUnit: Float64Array;
  costPerUnit: Float64Array;
}

/**
 * Checks a staircase's structure against a population (its years and bands): base and end
 * year within the population's years, the path's years, the position size, unique step ids,
 * one price year, occupancy and stock. Bad input throws an InputError naming the field.
 */
export function staircasePlan(input: HousingInput, pop: Pick<BandPopulation, "years" | "bands">, where = "housing"): StaircasePlan {
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
  const share = path.share ?? 1;
  if (!(share >= 0 && share <= 1)) fail(`${where}.path.share`, "a share of the way between 0 and 1", path.share);
  const coverageFactor = input.coverageFactor ?? 1;
  if (!(coverageFactor > 0 && Number.isFinite(coverageFactor))) fail(`${where}.coverageFactor`, "a factor above 0", input.coverageFactor);
  const growth = input.realWageGrowth ?? 0;
  if (!(growth >= -0.1 && growth <= 0.1)) fail(`${where}.realWageGrowth`, "a yearly growth between -0.1 and 0.1", input.realWageGrowth);
  const positionSize = input.positionSize ?? DEFAULT_POSITION_SIZE;
  if (!(positionSize > 0 && positionSize <= 1)) fail(`${where}.positionSize`, "a position size above 0 and at most 1", positionSize);
  if (input.steps.length === 0) fail(`${where}.steps`, "at least one step", "none");
  const ids: string[] = [];
  let priceYear: number | undefined;
  input.steps.forEach((s, i) => {
    const w = `${where}.steps[${i}]`;
    if (ids.includes(s.id)) fail(`${w}.id`, "a step id used once", s.id);
    ids.push(s.id);
    if (priceYear === undefined) priceYear = s.costPerUnit.priceYear;
    else if (s.costPerUnit.priceYear !== priceYear)
      fail(`${w}.costPerUnit.priceYear`, `the same price year as the other steps (${priceYear})`, s.costPerUnit.priceYear);
    if (s.occupancy !== undefined && !(s.occupancy > 0)) fail(`${w}.occupancy`, "residents per unit above 0", s.occupancy);
    if (s.stock !== undefined && s.stock !== null && !(Number.isFinite(s.stock) && s.stock >= 0)) fail(`${w}.stock`, "a non-negative number of units", s.stock);
  });
  const bands = pop.bands.filter((b) => b in input.profiles.today);
  const progress = new Float64Array(endYear - baseYear + 1);
  for (let y = baseYear; y <= endYear; y++) progress[y - baseYear] = share * pathProgress(path.shape, start, path.targetYear, y);
  const registered = registeredPlan(input.registeredBase, { baseYear, endYear, stepIds: ids, priceYear: priceYear!, where });
  const hi = input.investment;
  for (const id of Object.keys(hi?.perUnit ?? {}))
    if (!ids.includes(id)) fail(`${where}.investment.perUnit${fieldKey(id)}`, `a step id (${ids.join(", ")})`, id);
  // Each step's investment: its own, else the housing part's per-unit figure for it.
  const steps = input.steps.map((s) =>
    s.investment || hi?.perUnit[s.id] === undefined
      ? s
      : { ...s, investment: { perUnit: hi.perUnit[s.id], priceYear: hi.priceYear, ...(hi.grantShare !== undefined ? { grantShare: hi.grantShare } : {}) } },
  );
  const invYears = [...new Set(steps.flatMap((s) => (s.investment ? [s.investment.priceYear] : [])))];
  if (invYears.length > 1) fail(`${where}.investment.priceYear`, `one price year for every step's investment (${invYears[0]})`, invYears[1]);
  const occupancy = registered?.spec.occupancy ?? {};
  return {
    where,
    baseYear,
    endYear,
    targetYear: path.targetYear,
    positionSize,
    priceYear: priceYear!,
    popBands: [...pop.bands],
    bands,
    bandAt: Int32Array.from(bands, (b) => pop.bands.indexOf(b)),
    steps,
    stepIds: ids,
    occupancy: Float64Array.from(input.steps, (s) => occupancy[s.id] ?? s.occupancy ?? 1),
    progress,
    normalise: input.normaliseShares ?? false,
    registered,
    coverageIndex: Float64Array.from(progress, (_, y) => 1 + (coverageFactor - 1) * pathProgress(path.shape, start, path.targetYear, baseYear + y)),
    costIndex: Float64Array.from(progress, (_, y) => (1 + growth) ** y),
  };
}

/**
 * The numbers of a staircase on its plan, checked: årsverk and cost per unit of each step
 * (the plan's steps, in order; non-negative), today's and the alternative profile (see
 * profileShares, normalised with `normalise`, default the plan's normaliseShares; the
 * alternative may leave bands out, not add any). Bad input throws an InputError naming
 * the field.
 */
export function staircaseNumbers(
  plan: StaircasePlan,
  steps: ReadonlyArray<Pick<HousingStep, "arsverkPerUnit" | "costPerUnit">>,
  profiles: HousingInput["profiles"],
  normalise = plan.normalise,
): StaircaseNumbers {
  const where = plan.where;
  const S = plan.stepIds.length;
  if (steps.length !== S) throw new Error(`staircaseNumbers requires the plan's ${S} steps, got ${steps.length}`);
  const arsverkPerUnit = new Float64Array(S);
  const costPerUnit = new Float64Array(S);
  steps.forEach((s, i) => {
    const w = `${where}.steps[${i}]`;
    if (!Number.isFinite(s.arsverkPerUnit) || s.arsverkPerUnit < 0) fail(`${w}.arsverkPerUnit`, "a non-negative number of årsverk per unit", s.arsverkPerUnit);
    if (!Number.isFinite(s.costPerUnit.value) || s.costPerUnit.value < 0)
      fail(`${w}.costPerUnit.value`, "a non-negative cost per unit and year", s.costPerUnit.value);
    arsverkPerUnit[i] = s.arsverkPerUnit;
    costPerUnit[i] = s.costPerUnit.value;
  });
  const pop = { bands: plan.popBands };
  const today = profileShares(profiles.today, plan.stepIds, plan.bands, pop, `${where}.profiles.today`, normalise);
  const alternative = profileShares(profiles.alternative, plan.stepIds, plan.bands, pop, `${where}.profiles.alternative`, normalise);
  for (const band in profiles.alternative) {
    if (!(band in profiles.today))
      fail(`${where}.profiles.alternative${fieldKey(band)}`, `a band of today's profile (${Object.keys(profiles.today).join(", ")})`, band);
  }
  if (plan.bands.length === 0) fail(`${where}.profiles.today`, "at least one band", "none");

  return { today: today.shares, alternative: alternative.shares, hasAlternative: alternative.has, arsverkPerUnit, costPerUnit };
}

/**
 * The staircase's totals on a plan (see StaircaseSums): per profile, year, band and step,
 * residents = band residents × share (today's profile, or a share `progress` of the way to
 * the alternative), the shares above the first step times the year's coverage index (the
 * first step takes the rest); dwellings = residents ÷ occupancy; årsverk = dwellings × årsverk
 * per unit; cost = dwellings × cost per unit × the year's cost index; summed over bands in the population's order. A
 * step without a given stock takes the base-year need under today's profile. With `rows`,
 * every cell is also pushed as four tidy rows. `residents` must cover the plan's years and
 * hold the population's bands.
 */
export function staircaseSums(plan: StaircasePlan, n: StaircaseNumbers, residents: BandMatrix, rows?: HousingRow[]): StaircaseSums {
  const Y = plan.endYear - plan.baseYear + 1;
  const S = plan.stepIds.length;
  const B = plan.bands.length;
  const PB = residents.bands.length;
  if (PB !== plan.popBands.length) throw new Error(`staircaseSums requires residents in the plan's ${plan.popBands.length} bands, got ${PB}`);
  if (residents.firstYear > plan.baseYear || residents.lastYear < plan.endYear)
    throw new Error(`staircaseSums requires residents ${plan.baseYear}-${plan.endYear}, got ${residents.firstYear}-${residents.lastYear}`);
  const at = plan.baseYear - residents.firstYear;
  const sums = new Float64Array(2 * Y * S * 4);
  const firstRow = rows ? rows.length : 0;
  const { today, alternative, hasAlternative, arsverkPerUnit, costPerUnit } = n;
  for (let pr = 0; pr < 2; pr++) {
    const profile: ProfileName = pr === 0 ? "today" : "alternative";
    for (let y = 0; y < Y; y++) {
      const p = pr === 0 ? 0 : plan.progress[y];
      const row = (y + at) * PB;
      for (let b = 0; b < B; b++) {
        const inBand = residents.values[row + plan.bandAt[b]];
        for (let s = 0; s < S; s++) {
          const t = today[b * S + s];
          const profiled = hasAlternative[b] === 1 ? t + (alternative[b * S + s] - t) * p : t;
          const m = plan.coverageIndex[y];
          const share = m === 1 ? profiled : s === 0 ? profiled + (1 - m) * (1 - profiled) : profiled * m;
          if (share < 0)
            fail(`${plan.where}.coverageFactor`, `a factor that keeps the first step's share non-negative (band ${plan.bands[b]}, ${plan.baseYear + y})`, m);
          const r = inBand * share;
          const dwellings = r / plan.occupancy[s];
          const arsverk = dwellings * arsverkPerUnit[s];
          const cost = dwellings * costPerUnit[s] * plan.costIndex[y];
          const o = ((pr * Y + y) * S + s) * 4;
          sums[o] += r;
          sums[o + 1] += dwellings;
          sums[o + 2] += arsverk;
          sums[o + 3] += cost;
          if (rows) {
            const base = { profile, year: plan.baseYear + y, band: plan.bands[b], step: plan.stepIds[s] };
            rows.push(
              { ...base, measure: "residents", value: r, unit: "persons", priceYear: null },
              { ...base, measure: "dwellings", value: dwellings, unit: "units", priceYear: null },
              { ...base, measure: "arsverk", value: arsverk, unit: "årsverk", priceYear: null },
              { ...base, measure: "cost", value: cost, unit: "NOK", priceYear: plan.priceYear },
            );
          }
        }
      }
    }
  }
  const registered = plan.registered
    ? calibrateToRegistered(sums, { baseYear: plan.baseYear, years: Y, stepIds: plan.stepIds, where: plan.where }, plan.registered, rows?.slice(firstRow))
    : undefined;
  const units = registered?.units ?? {};
  const steps = plan.steps.map((s, k) => {
    const reg = units[s.id];
    const given = reg !== undefined || (s.stock !== undefined && s.stock !== null);
    return {
      ...s,
      arsverkPerUnit: arsverkPerUnit[k],
      costPerUnit: { ...s.costPerUnit, value: costPerUnit[k] },
      stock: reg ?? (given ? (s.stock as number) : sums[k * 4 + 1]),
      stockGiven: given,
    };
  });
  return {
    baseYear: plan.baseYear,
    endYear: plan.endYear,
    targetYear: plan.targetYear,
    positionSize: plan.positionSize,
    priceYear: plan.priceYear,
    steps,
    sums,
    ...(registered ? { registered } : {}),
  };
}

/**
 * Projects a housing staircase under today's profile (held constant) and the alternative
 * profile (reached along the path). Per profile, year, band and step: residents =
 * band population × share (persons); dwellings = residents ÷ occupancy (units); årsverk =
 * dwellings × årsverk per unit; cost = dwellings × cost per unit (kroner of the steps'
 * price year). Totals per step add the stock (given, or the base-year need under today's
 * profile) and the gap = dwellings − stock. Bands outside the profile are not housed here
 * (a 67+ staircase ignores 0-66). Bad input throws an InputError naming the field. The
 * plan, the numbers and the sums are staircasePlan, staircaseNumbers and staircaseSums.
 *
 * @example projectStaircase({ steps, profiles: { today, alternative }, path: { shape: "linear", targetYear: 2040 } }, pop)
 */
export function projectStaircase(input: HousingInput, pop: BandPopulation, where = "housing"): StaircaseResult {
  const plan = staircasePlan(input, pop, where);
  const numbers = staircaseNumbers(plan, input.steps, input.profiles);
  const rows: HousingRow[] = [];
  const r = staircaseSums(plan, numbers, bandMatrix(pop, plan.baseYear, plan.endYear), rows);
  const Y = plan.endYear - plan.baseYear + 1;
  const S = plan.stepIds.length;
  const totals: StepTotal[] = [];
  for (let pr = 0; pr < 2; pr++) {
    for (let y = 0; y < Y; y++) {
      r.steps.forEach((s, k) => {
        const o = ((pr * Y + y) * S + k) * 4;
        const [residents, dwellings, arsverk, cost] = r.sums.subarray(o, o + 4);
        totals.push({
          profile: pr === 0 ? "today" : "alternative",
          year: plan.baseYear + y,
          step: s.id,
          residents,
          dwellings,
          arsverk,
          cost,
          priceYear: plan.priceYear,
          stock: s.stock,
          gap: dwellings - s.stock,
        });
      });
    }
  }
  return { ...r, bands: plan.bands, rows, totals };
}

/** The totals of one profile and year, per step in step order (throws if the year was not projected). */
export function stepTotals(result: StaircaseResult, profile: ProfileName, year: number): StepTotal[] {
  const out = result.totals.filter((t) => t.profile === profile && t.year === year);
  if (out.length === 0) fail("stepTotals year", `a year from ${result.baseYear} to ${result.endYear}`, year);
  return out;
}
