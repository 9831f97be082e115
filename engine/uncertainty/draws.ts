import type { ServiceDef } from "../coverage/types";
import type { HousingInput, HousingStep } from "../housing/types";
import type { Rng } from "../random/rng";
import { drawProfile, intervalFromU, parameterStream, rateShapes, type Interval } from "./parameters";
import { centralPathwayFactors, drawPathwayFactors, type PathwayFactors } from "./pathway-figures";
import { constantDeviations, drawDeviations, type PopulationDeviations } from "./population";
import { betaDraw } from "./sampling";
import type { UncertaintySetup } from "./setup";

/** One full parameter set of a replicate. Absent parts are at the scenario's values. */
export interface ParameterSet {
  deviations: PopulationDeviations;
  unitCosts: Record<string, number>;
  arsverkPerUnit: Record<string, number>;
  /** service id → band → rate. */
  coverageRates: Record<string, Record<string, number>>;
  /** Today's housing profile: band → step → share (null: the scenario's). */
  todayProfile: Record<string, Record<string, number>> | null;
  /** Values of the declared alternative-profile intervals, in order. */
  alternativeShares: number[];
  /** The scale-up's factors (null without a persona). */
  pathways: PathwayFactors | null;
}

/** Years of the population draws (base year to end year). */
function drawYears(setup: UncertaintySetup): number {
  return setup.population.endYear - setup.baseYear + 1;
}

/** The scenario's own values: every deviation 0, every parameter central. */
export function centralParameters(setup: UncertaintySetup): ParameterSet {
  const s = setup.settings;
  const c = (r: Record<string, Interval>) => Object.fromEntries(Object.entries(r).map(([k, i]) => [k, i.central]));
  const chain = setup.scenario !== null;
  return {
    deviations: constantDeviations(drawYears(setup), {}),
    unitCosts: chain ? c(s.unitCosts) : {},
    arsverkPerUnit: chain ? c(s.arsverkPerUnit) : {},
    coverageRates: setup.rates,
    todayProfile: null,
    alternativeShares: chain ? s.alternativeShares.map((a) => a.central) : [],
    pathways: setup.pathways ? centralPathwayFactors(setup.pathways) : null,
  };
}

/** Residents behind a rate (a service id) or today's profile (null) in a band: declared next to the rate, else `sampleSize`, else the band's base-year residents. */
export function residentsBehind(setup: UncertaintySetup, serviceId: string | null, band: string): number {
  const declared = serviceId === null ? undefined : setup.settings.coverageRates.bandSampleSize[serviceId]?.[band];
  if (declared !== undefined) return declared;
  if (serviceId !== null && setup.settings.coverageRates.sampleSize[serviceId] !== undefined) return setup.settings.coverageRates.sampleSize[serviceId];
  if (serviceId === null && setup.settings.profileShares.sampleSize !== undefined) return setup.settings.profileShares.sampleSize;
  return setup.baseResidents[band];
}

/**
 * One full parameter set drawn from `rng` (replicate i: rngStream(seed, i)): first the
 * population's four AR(1) deviation series (four uniforms, each seeding one series), then
 * (with the whole chain) one uniform as the base of every parameter's own sub-stream
 * (rngStream(base, hash(id))), so a baseline and a variant that share a parameter id draw
 * the same value for it (common random numbers); the scale-up's factors likewise (ids
 * "pathway:…"). A population-only setup draws the deviations alone (the same four uniforms).
 */
export function drawParameters(setup: UncertaintySetup, rng: Rng): ParameterSet {
  const s = setup.settings;
  const deviations = drawDeviations(rng, drawYears(setup), s.population);
  const sc = setup.scenario;
  if (!sc) return { ...centralParameters(setup), deviations };
  const base = Math.floor(rng() * 4294967296);
  const one = (id: string) => parameterStream(base, id)();
  const unitCosts: Record<string, number> = {};
  for (const [id, i] of Object.entries(s.unitCosts)) unitCosts[id] = intervalFromU(i, one(`unitCost:${id}`));
  const arsverkPerUnit: Record<string, number> = {};
  for (const [id, i] of Object.entries(s.arsverkPerUnit)) arsverkPerUnit[id] = intervalFromU(i, one(`arsverk:${id}`));
  let coverageRates = setup.rates;
  if (!s.coverageRates.off) {
    coverageRates = {};
    for (const [id, bands] of Object.entries(setup.rates)) {
      const r = parameterStream(base, `rate:${id}`);
      coverageRates[id] = {};
      for (const [band, v] of Object.entries(bands)) {
        const [a, b] = rateShapes(v, residentsBehind(setup, id, band), `${sc.file}: coverage rate of "${id}" in ${band}`);
        coverageRates[id][band] = betaDraw(r, a, b);
      }
    }
  }
  const h = sc.housing!;
  const todayProfile = s.profileShares.off
    ? null
    : drawProfile(
        parameterStream(base, "profile:today"),
        h.profiles.today,
        h.steps.map((x) => x.id),
        (band) => residentsBehind(setup, null, band),
      );
  const alternativeShares = s.alternativeShares.map((a, k) => intervalFromU(a, one(`alternativeShare:${k}:${a.band}:${a.step}`)));
  const pathways = setup.pathways ? drawPathwayFactors(setup.pathways, base) : null;
  return { deviations, unitCosts, arsverkPerUnit, coverageRates, todayProfile, alternativeShares, pathways };
}

/** The alternative profile for a drawn today's profile: each band keeps its planned change (alternative − today), clamped at 0 and renormalised. */
function alternativeProfile(setup: UncertaintySetup, p: ParameterSet): Record<string, Record<string, number>> {
  const h = setup.scenario!.housing!;
  const out: Record<string, Record<string, number>> = {};
  for (const [band, alt] of Object.entries(h.profiles.alternative)) {
    const row: Record<string, number> = { ...alt };
    if (p.todayProfile && h.profiles.today[band]) {
      let sum = 0;
      for (const st of h.steps) {
        const v = Math.max(0, (p.todayProfile[band][st.id] ?? 0) + (alt[st.id] ?? 0) - (h.profiles.today[band][st.id] ?? 0));
        row[st.id] = v;
        sum += v;
      }
      for (const st of h.steps) row[st.id] /= sum;
    }
    out[band] = row;
  }
  setup.settings.alternativeShares.forEach((a, k) => {
    const row = out[a.band];
    const delta = p.alternativeShares[k] - a.central;
    row[a.step] = (row[a.step] ?? 0) + delta;
    row[a.absorbedBy] = Math.max(0, (row[a.absorbedBy] ?? 0) - delta);
  });
  return out;
}

/** The inputs of a parameter set as the coverage and housing functions read them. */
export interface AppliedParameters {
  /** The staircase's steps (årsverk and cost per unit drawn), profiles and whether to normalise them (when drawn). */
  steps: HousingStep[];
  profiles: HousingInput["profiles"];
  normalise: boolean;
  /** The services with their årsverk and cost per unit drawn, and their rates per band (empty without a coverage part). */
  services: ServiceDef[];
}

/**
 * A parameter set applied to the scenario's coverage and housing parts: drawn unit costs and
 * årsverk per unit on the steps and services that share the id, the drawn rates, today's
 * profile (drawn, or the scenario's) and the alternative profile (alternativeProfile); the
 * shares are normalised when any of them was drawn.
 */
export function applyParameters(setup: UncertaintySetup, p: ParameterSet): AppliedParameters {
  const sc = setup.scenario!;
  const h = sc.housing!;
  const services = (sc.coverage?.services ?? []).map((s) => ({
    ...s,
    counts: undefined,
    rates: p.coverageRates[s.id],
    arsverkPerUnit: p.arsverkPerUnit[s.id] ?? s.arsverkPerUnit,
    unitCost: { ...s.unitCost, value: p.unitCosts[s.id] ?? s.unitCost.value },
  }));
  const steps = h.steps.map((s) => ({
    ...s,
    arsverkPerUnit: p.arsverkPerUnit[s.id] ?? s.arsverkPerUnit,
    costPerUnit: { ...s.costPerUnit, value: p.unitCosts[s.id] ?? s.costPerUnit.value },
  }));
  return {
    steps,
    profiles: { today: p.todayProfile ?? h.profiles.today, alternative: alternativeProfile(setup, p) },
    normalise: (h.normaliseShares ?? false) || p.todayProfile !== null || setup.settings.alternativeShares.length > 0,
    services,
  };
}
