import { aq } from "../table/arquero";
import { yearFactors } from "./year-factors";
import { DEFAULT_POSITION_SIZE } from "./types";
import { InputError } from "../errors";
import { shiftAgeProfile } from "./healthier-ageing";
import { bandMatrix, type BandPopulation } from "./population";
import { pathProgress } from "./progress";
import { checkRate, coverageRates, fail, fieldKey, requireBand } from "./rates";
import { calibrateCoverage } from "./registered-base";
import { referenceCells, referenceNumbers } from "./reference";
import { parseBand } from "../population/bands";
import { ALTERNATIVE_0, type CoverageAlternative, type CoverageInput, type CoverageRow, type RatePath, type ServiceDef } from "./types";

const UNIT_LABEL: Record<ServiceDef["unit"], string> = { users: "users", places: "places", hours: "hours" };

/**
 * Checks a coverage input against a population and returns the base year, end year and
 * today's rates per service. Throws an InputError naming the field for every problem:
 * unknown bands, rates above 1 for users or places, negative unit costs or årsverk, a
 * target year before the base year, an unknown service in a path or transfer.
 */
export function validateCoverage(input: CoverageInput, pop: BandPopulation, where = "coverage") {
  const baseYear = input.baseYear ?? pop.years[0];
  const endYear = input.endYear ?? pop.years[pop.years.length - 1];
  if (!pop.years.includes(baseYear)) fail(`${where}.baseYear`, `a year the population has (${pop.years[0]}-${pop.years[pop.years.length - 1]})`, baseYear);
  if (endYear < baseYear) fail(`${where}.endYear`, `a year at or after the base year ${baseYear}`, endYear);
  if (endYear > pop.years[pop.years.length - 1])
    fail(`${where}.endYear`, `a year up to the population's last year ${pop.years[pop.years.length - 1]}`, endYear);
  const positionSize = input.positionSize ?? DEFAULT_POSITION_SIZE;
  if (!(positionSize > 0 && positionSize <= 1)) fail(`${where}.positionSize`, "a position size above 0 and at most 1", positionSize);
  if (input.services.length === 0) fail(`${where}.services`, "at least one service", "none");
  const ids = new Set<string>();
  const rates = new Map<string, Map<string, number>>();
  input.services.forEach((s, i) => {
    const w = `${where}.services[${i}]`;
    if (ids.has(s.id)) fail(`${w}.id`, "a service id used once", s.id);
    ids.add(s.id);
    if (!Number.isFinite(s.arsverkPerUnit) || s.arsverkPerUnit < 0) fail(`${w}.arsverkPerUnit`, "a non-negative number of årsverk per unit", s.arsverkPerUnit);
    if (!Number.isFinite(s.unitCost.value) || s.unitCost.value < 0) fail(`${w}.unitCost.value`, "a non-negative cost per unit and year", s.unitCost.value);
    if (!Number.isInteger(s.unitCost.priceYear)) fail(`${w}.unitCost.priceYear`, "a price year", s.unitCost.priceYear);
    rates.set(s.id, coverageRates(s, pop, baseYear, w));
  });
  const unitOf = (id: string) => input.services.find((s) => s.id === id)!.unit;
  const checkYears = (w: string, targetYear: number | undefined, startYear: number | undefined, required: boolean) => {
    const start = startYear ?? baseYear;
    if (startYear !== undefined && startYear < baseYear) fail(`${w}.startYear`, `a year at or after the base year ${baseYear}`, startYear);
    if (targetYear === undefined) {
      if (required) fail(`${w}.targetYear`, "a target year", "none");
      return;
    }
    if (targetYear < start) fail(`${w}.targetYear`, `a year at or after the ${startYear === undefined ? "base" : "start"} year ${start}`, targetYear);
  };
  (input.alternatives ?? []).forEach((a, k) => {
    const w = `${where}.alternatives[${k}]`;
    if (a.name === ALTERNATIVE_0) fail(`${w}.name`, `a name other than "${ALTERNATIVE_0}" (the reference is added by itself)`, a.name);
    for (const [id, p] of Object.entries(a.paths ?? {})) {
      const pw = `${w}.paths${fieldKey(id)}`;
      if (!ids.has(id)) fail(pw, `a service id (${Array.from(ids).join(", ")})`, id);
      if (p.shape === "constant") continue;
      checkYears(pw, p.targetYear, p.startYear, true);
      if (p.targetRates === undefined && p.factor === undefined) fail(pw, "targetRates or a factor", "neither");
      if (p.factor !== undefined) {
        if (!Number.isFinite(p.factor) || p.factor < 0) fail(`${pw}.factor`, "a non-negative factor", p.factor);
        for (const [band, r] of rates.get(id)!) checkRate(r * p.factor, unitOf(id), `${pw}.factor (× today's rate in ${band})`);
      }
      for (const b of p.bands ?? []) requireBand(pop, b, `${pw}.bands`);
      for (const [band, r] of Object.entries(p.targetRates ?? {})) {
        requireBand(pop, band, `${pw}.targetRates${fieldKey(band)}`);
        checkRate(r, unitOf(id), `${pw}.targetRates${fieldKey(band)}`);
      }
    }
    if (a.healthierAgeing) {
      const h = a.healthierAgeing;
      const hw = `${w}.healthierAgeing`;
      if (!Number.isFinite(h.years) || h.years < 0) fail(`${hw}.years`, "a shift of 0 or more years", h.years);
      if (h.startYear !== undefined && h.startYear < baseYear) fail(`${hw}.startYear`, `a year at or after the base year ${baseYear}`, h.startYear);
      if (h.byYear < (h.startYear ?? baseYear)) fail(`${hw}.byYear`, `a year at or after the base year ${baseYear}`, h.byYear);
      for (const id of h.services ?? []) if (!ids.has(id)) fail(`${hw}.services`, `a service id (${Array.from(ids).join(", ")})`, id);
    }
    if (typeof a.arsverkGrowth === "number") {
      if (!Number.isFinite(a.arsverkGrowth) || a.arsverkGrowth <= -1) fail(`${w}.arsverkGrowth`, "a yearly change above −100 %", a.arsverkGrowth);
    } else if (a.arsverkGrowth) {
      for (const [id, g] of Object.entries(a.arsverkGrowth)) {
        if (!ids.has(id)) fail(`${w}.arsverkGrowth${fieldKey(id)}`, `a service id (${Array.from(ids).join(", ")})`, id);
        if (!Number.isFinite(g) || g <= -1) fail(`${w}.arsverkGrowth${fieldKey(id)}`, "a yearly change above −100 %", g);
      }
    }
    const outShare = new Map<string, number>();
    (a.transfers ?? []).forEach((t, j) => {
      const tw = `${w}.transfers[${j}]`;
      if (!ids.has(t.from)) fail(`${tw}.from`, `a service id (${Array.from(ids).join(", ")})`, t.from);
      if (!ids.has(t.to)) fail(`${tw}.to`, `a service id (${Array.from(ids).join(", ")})`, t.to);
      if (t.from === t.to) fail(`${tw}.to`, "a service other than the one users leave", t.to);
      if (unitOf(t.from) === "hours" || unitOf(t.to) === "hours") fail(tw, "a transfer between services counted in users or places", "hours");
      if (!(t.share >= 0 && t.share <= 1)) fail(`${tw}.share`, "a share between 0 and 1", t.share);
      if (t.byYear < (t.startYear ?? baseYear))
        fail(`${tw}.byYear`, `a year at or after the ${t.startYear === undefined ? "base" : "start"} year ${t.startYear ?? baseYear}`, t.byYear);
      for (const b of t.bands ?? []) requireBand(pop, b, `${tw}.bands`);
      outShare.set(t.from, (outShare.get(t.from) ?? 0) + t.share);
      if (outShare.get(t.from)! > 1 + 1e-12) fail(`${tw}.share`, `transfers out of "${t.from}" summing to at most 1`, outShare.get(t.from));
    });
  });
  return { baseYear, endYear, positionSize, rates };
}

/** Rate of a service in a band and year under an alternative's path (before healthier ageing). */
function pathRate(today: number, band: string, year: number, baseYear: number, path: RatePath | undefined): number {
  if (!path || path.shape === "constant") return today;
  if (path.bands && !path.bands.includes(band) && !(path.targetRates && band in path.targetRates)) return today;
  const target = path.targetRates && band in path.targetRates ? path.targetRates[band] : path.factor !== undefined ? today * path.factor : today;
  const p = pathProgress(path.shape, path.startYear ?? baseYear, path.targetYear!, year);
  return today + (target - today) * p;
}

/**
 * Projects services under alternativ 0 (today's rates held constant) and each alternative:
 * volume = rate × residents per band and year; transfers move users between services;
 * årsverk = volume × årsverk per unit × (1 + growth)^(year − base year); employees =
 * årsverk ÷ position size; cost = volume × unit cost (kroner of the unit cost's price
 * year). Returns tidy rows for every scenario, year base…end, band and service; the
 * "rate" row is the effective coverage (volume ÷ residents) after transfers.
 *
 * @example projectCoverage({ services: [inst] }, pop) // rows for "alternativ 0"
 */
export function projectCoverage(input: CoverageInput, pop: BandPopulation, where = "coverage"): CoverageRow[] {
  const { baseYear, endYear, positionSize, rates } = validateCoverage(input, pop, where);
  const alternatives: CoverageAlternative[] = [{ name: ALTERNATIVE_0 }, ...(input.alternatives ?? [])];
  const rows: CoverageRow[] = [];
  // Alternativ 0 from referenceCells (as the uncertainty replicates), the others below.
  const residents = bandMatrix(pop, baseYear, endYear);
  const today = referenceNumbers(input.services, pop.bands, (s, band) => rates.get(input.services[s].id)!.get(band));
  const cells = referenceCells(today, residents, baseYear, endYear);
  const B = pop.bands.length;
  const S = input.services.length;
  for (let y = 0; y <= endYear - baseYear; y++) {
    input.services.forEach((s, k) => {
      for (let b = 0; b < B; b++) {
        if (today.has[k * B + b] !== 1) continue;
        const o = ((y * S + k) * B + b) * 3;
        const [vol, arsverk, cost] = cells.subarray(o, o + 3);
        const r = residents.values[y * B + b];
        const base = { scenario: ALTERNATIVE_0, year: baseYear + y, band: pop.bands[b], service: s.id };
        rows.push(
          {
            ...base,
            measure: "rate",
            value: r > 0 ? vol / r : today.rates[k * B + b],
            unit: s.unit === "hours" ? "hours per resident" : "share",
            priceYear: null,
          },
          { ...base, measure: s.unit, value: vol, unit: UNIT_LABEL[s.unit], priceYear: null },
          { ...base, measure: "arsverk", value: arsverk, unit: "årsverk", priceYear: null },
          { ...base, measure: "employees", value: arsverk / positionSize, unit: "persons", priceYear: null },
          { ...base, measure: "cost", value: cost, unit: "NOK", priceYear: s.unitCost.priceYear },
        );
      }
    });
  }
  for (const alt of alternatives.slice(1)) {
    // Bands each service reports: those it defines, plus those that receive users.
    const reported = new Map<string, Set<string>>();
    for (const s of input.services) reported.set(s.id, new Set(rates.get(s.id)!.keys()));
    for (const t of alt.transfers ?? []) {
      for (const b of rates.get(t.from)!.keys()) if (!t.bands || t.bands.includes(b)) reported.get(t.to)!.add(b);
    }
    const shifted = (id: string) => alt.healthierAgeing !== undefined && (!alt.healthierAgeing.services || alt.healthierAgeing.services.includes(id));
    for (const s of input.services) {
      // A shifted profile can reach the bands older than the youngest band a service defines.
      if (!shifted(s.id) || rates.get(s.id)!.size === 0) continue;
      const youngest = Math.min(...Array.from(rates.get(s.id)!.keys(), (b) => parseBand(b).from));
      for (const b of pop.bands) if (parseBand(b).from >= youngest) reported.get(s.id)!.add(b);
    }
    const factors = yearFactors(
      alt,
      input.services.map((s) => s.id),
      `${where}.alternatives[${alternatives.indexOf(alt) - 1}]`,
    );
    for (let year = baseYear; year <= endYear; year++) {
      const volume = new Map<string, Map<string, number>>();
      const rateNow = new Map<string, Map<string, number>>();
      for (const s of input.services) {
        const today = rates.get(s.id)!;
        let r = new Map<string, number>();
        const bandsHere = shifted(s.id) ? pop.bands : Array.from(today.keys());
        for (const b of bandsHere) r.set(b, pathRate(today.get(b) ?? 0, b, year, baseYear, alt.paths?.[s.id]));
        if (shifted(s.id)) {
          const h = alt.healthierAgeing!;
          const shift = h.years * pathProgress(h.shape ?? "linear", h.startYear ?? baseYear, h.byYear, year);
          r = shiftAgeProfile(r, shift, h.openBandWidth ?? 10);
        }
        const f = factors.rateFactor(s.id, year);
        if (f !== 1) {
          for (const [b, rate] of r) {
            if (s.unit !== "hours" && rate * f > 1) {
              fail(
                `${where}.alternatives[${alternatives.indexOf(alt) - 1}].rateFactor`,
                `a factor that keeps the share of ${s.id} in ${b} at most 1 in ${year}`,
                f,
              );
            }
            r.set(b, rate * f);
          }
        }
        rateNow.set(s.id, r);
        const v = new Map<string, number>();
        for (const [b, rate] of r) v.set(b, rate * pop.get(year, b));
        volume.set(s.id, v);
      }
      // Transfers, each on the volume before any transfer.
      const before = new Map(Array.from(volume, ([id, v]) => [id, new Map(v)] as const));
      for (const t of alt.transfers ?? []) {
        const p = t.share * pathProgress(t.shape ?? "linear", t.startYear ?? baseYear, t.byYear, year);
        if (p === 0) continue;
        for (const [b, users] of before.get(t.from)!) {
          if (t.bands && !t.bands.includes(b)) continue;
          const moved = users * p;
          volume.get(t.from)!.set(b, volume.get(t.from)!.get(b)! - moved);
          volume.get(t.to)!.set(b, (volume.get(t.to)!.get(b) ?? 0) + moved);
        }
      }
      for (const s of input.services) {
        const g = typeof alt.arsverkGrowth === "number" ? alt.arsverkGrowth : (alt.arsverkGrowth?.[s.id] ?? 0);
        const arsverkPerUnit = s.arsverkPerUnit * (1 + g) ** (year - baseYear) * factors.arsverkFactor(s.id, year);
        const unitCost = s.unitCost.value * factors.unitCostFactor(s.id, year);
        for (const b of pop.bands) {
          if (!reported.get(s.id)!.has(b)) continue;
          const vol = volume.get(s.id)!.get(b) ?? 0;
          const residents = pop.get(year, b);
          const rate = residents > 0 ? vol / residents : (rateNow.get(s.id)!.get(b) ?? 0);
          const arsverk = vol * arsverkPerUnit;
          const base = { scenario: alt.name, year, band: b, service: s.id };
          rows.push(
            { ...base, measure: "rate", value: rate, unit: s.unit === "hours" ? "hours per resident" : "share", priceYear: null },
            { ...base, measure: s.unit, value: vol, unit: UNIT_LABEL[s.unit], priceYear: null },
            { ...base, measure: "arsverk", value: arsverk, unit: "årsverk", priceYear: null },
            { ...base, measure: "employees", value: arsverk / positionSize, unit: "persons", priceYear: null },
            { ...base, measure: "cost", value: vol * unitCost, unit: "NOK", priceYear: s.unitCost.priceYear },
          );
        }
      }
    }
  }
  if (!input.registeredBase) return rows;
  return calibrateCoverage(rows, input.registeredBase, {
    baseYear,
    endYear,
    serviceIds: input.services.map((s) => s.id),
    priceYear: input.services[0]?.unitCost.priceYear ?? null,
    where,
  });
}

/** One row of a comparison with alternativ 0: the alternative's value, the reference value and the difference (value − reference). */
export interface CoverageComparisonRow extends CoverageRow {
  reference: number;
  difference: number;
}

/**
 * Sets every alternative side by side with the reference (default alternativ 0): for each
 * row of another scenario, the reference's value for the same year, band, service and
 * measure (0 if the reference has no such row) and the difference. Units as the rows.
 */
export function compareWithReference(rows: readonly CoverageRow[], reference = ALTERNATIVE_0): CoverageComparisonRow[] {
  const keys = ["year", "band", "service", "measure"];
  const refRows = rows.filter((r) => r.scenario === reference);
  if (refRows.length === 0) throw new InputError(`compareWithReference requires rows of the reference "${reference}", got none`);
  const ref = aq.from(refRows).select(...keys, { value: "reference" });
  const others = rows.filter((r) => r.scenario !== reference);
  if (others.length === 0) return [];
  // The rows' order is kept (a join puts matched rows first): the row number rides along.
  return aq
    .from(others)
    .derive({ row: () => aq.op.row_number() })
    .join_left(ref, [keys, keys], [aq.all(), ["reference"]])
    .orderby("row")
    .derive({ reference: (d: { reference: number | undefined }) => d.reference ?? 0 })
    .derive({ difference: (d: CoverageComparisonRow) => d.value - d.reference })
    .select(aq.not("row"))
    .objects() as CoverageComparisonRow[];
}

/**
 * Sums rows over bands (or the given bands) per scenario, year, service and measure; the
 * "rate" measure is left out (it does not add). Band of the result: "total" (or the
 * bands joined by "+").
 */
export function sumOverBands(rows: readonly CoverageRow[], bands?: readonly string[]): CoverageRow[] {
  const kept = rows.filter((r) => r.measure !== "rate" && (!bands || bands.includes(r.band)));
  if (kept.length === 0) return [];
  const band = bands ? bands.join("+") : "total";
  return aq
    .from(kept)
    .groupby("scenario", "year", "service", "measure")
    .rollup({ value: aq.op.sum("value"), unit: aq.op.any("unit"), priceYear: aq.op.any("priceYear") })
    .params({ band })
    .derive({ band: (_: unknown, $: { band: string }) => $.band })
    .select("scenario", "year", "band", "service", "measure", "value", "unit", "priceYear")
    .objects() as CoverageRow[];
}
