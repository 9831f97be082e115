import { InputError } from "../errors";
import type { PersonaModel } from "./model";
import type { ScaleUpBand, ScaleUpModel } from "./scale-up";
import { calibrateHazardRatio } from "./survival";

/** Population by band for the scale-up: 1 January of each year, both sexes and the male share. */
export interface BandPopulationSeries {
  firstYear: number;
  lastYear: number;
  /** Band labels such as "70-74", "90+". */
  bands: string[];
  /** [year − firstYear][band], persons. */
  total: Float64Array;
  maleShare: Float64Array;
}

export interface ScaleUpSettings {
  /** Share with the condition per band label. */
  prevalence: Record<string, number>;
  /** New cases per person-year at risk, 70+ average over the population at risk in the first year; spread over bands like the prevalence. */
  incidence70plus: number;
  /** Persons with the condition at the start; null: prevalence × population. */
  existingCount: number | null;
  /** Median survival after onset by sex at a given age (the hazard ratio on each sex's life table is solved to match). */
  survivalMedianYears: { male: number; female: number };
  survivalAtAge: number;
  mx: { male: Float64Array; female: Float64Array };
}

function bandOf(label: string): ScaleUpBand {
  const open = /^(\d+)\+$/.exec(label);
  if (open) return { label, from: Number(open[1]), width: 10 };
  const m = /^(\d+)-(\d+)$/.exec(label);
  if (!m) throw new InputError(`scale-up: bands: expected bands such as "70-74" or "90+", got "${label}"`);
  return { label, from: Number(m[1]), width: Number(m[2]) - Number(m[1]) + 1 };
}

/**
 * The scale-up model from a persona (its pathways), the projected population by band and
 * the condition's settings: prevalence per band (a band missing from it is left out of the
 * condition), incidence spread over bands in proportion to prevalence and scaled to the 70+
 * average, the existing persons (a count, or prevalence × population), and survival with a
 * hazard ratio per sex solved so that the median survival at `survivalAtAge` is as given.
 * The open band (90+) is drawn as 90-99.
 */
export function buildScaleUpModel(persona: PersonaModel, pop: BandPopulationSeries, s: ScaleUpSettings): ScaleUpModel {
  const idx = pop.bands.map((b, i) => (b in s.prevalence ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0)
    throw new InputError(`scale-up: prevalence: expected shares for some of the bands ${pop.bands.join(", ")}, got ${Object.keys(s.prevalence).join(", ")}`);
  for (const [band, v] of Object.entries(s.prevalence)) {
    if (!(v >= 0 && v <= 1)) throw new InputError(`scale-up: prevalence["${band}"]: expected a share between 0 and 1, got ${v}`);
    if (!pop.bands.includes(band))
      throw new InputError(`scale-up: prevalence["${band}"]: expected one of the population's bands ${pop.bands.join(", ")}, got "${band}"`);
  }
  if (!(s.incidence70plus >= 0 && s.incidence70plus <= 1))
    throw new InputError(`scale-up: incidence: expected a rate per person-year between 0 and 1, got ${s.incidence70plus}`);
  if (s.existingCount !== null && !(Number.isInteger(s.existingCount) && s.existingCount >= 0)) {
    throw new InputError(`scale-up: count: expected a whole number of persons ≥ 0, got ${s.existingCount}`);
  }
  const Y = pop.lastYear - pop.firstYear + 1;
  const B = idx.length;
  const nb = pop.bands.length;
  const population = new Float64Array(Y * B);
  const maleShare = new Float64Array(Y * B);
  for (let y = 0; y < Y; y++)
    idx.forEach((i, b) => {
      population[y * B + b] = pop.total[y * nb + i];
      maleShare[y * B + b] = pop.maleShare[y * nb + i];
    });
  const prevalence = Float64Array.from(idx, (i) => s.prevalence[pop.bands[i]]);
  // Incidence ∝ prevalence, scaled so that the average over the population at risk in the first year is the 70+ rate.
  let atRisk = 0,
    weighted = 0;
  for (let b = 0; b < B; b++) {
    const r = population[b] * (1 - prevalence[b]);
    atRisk += r;
    weighted += r * prevalence[b];
  }
  const k = weighted > 0 ? (s.incidence70plus * atRisk) / weighted : 0;
  const incidence = Float64Array.from(prevalence, (p) => p * k);
  let existing = s.existingCount;
  if (existing === null) {
    let e = 0;
    for (let b = 0; b < B; b++) e += prevalence[b] * population[b];
    existing = Math.round(e);
  }
  const hr = (sex: "male" | "female") => calibrateHazardRatio(s.mx[sex], s.survivalAtAge, s.survivalAtAge + s.survivalMedianYears[sex]);
  return {
    firstYear: pop.firstYear,
    lastYear: pop.lastYear,
    bands: idx.map((i) => bandOf(pop.bands[i])),
    population,
    maleShare,
    prevalence,
    incidence,
    existingCount: existing,
    survival: { male: { mx: s.mx.male, hazardRatio: hr("male") }, female: { mx: s.mx.female, hazardRatio: hr("female") } },
    pathways: persona.pathways,
    timing: "scaled",
  };
}
