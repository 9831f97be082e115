import type { Pathway, PersonaModel } from "../pathways/model";
import { runScaleUpReplicates, type ScaleUpModel } from "../pathways/scale-up";
import { transitionNetCost } from "../pathways/scale-up-results";
import { buildScaleUpModel, type BandPopulationSeries } from "../pathways/scale-up-build";
import { sampleVariance } from "../stats/moments";
import { publishedScaleUp } from "../pathways/published-scale-up";
import { intervalFromU, parameterStream, type Interval } from "./parameters";
import { PERSON_STREAM_OFFSET, type PathwaySetup } from "./pathway-setup";

/** One parameter set of the scale-up: factors on the condition's defaults (1 = the default). */
export interface PathwayFactors {
  prevalence: number;
  incidence: number;
  survival: number;
  /** Per phase id. */
  prices: Record<string, number>;
  durations: Record<string, number>;
}

const central = (r: Record<string, Interval>) => Object.fromEntries(Object.keys(r).map((k) => [k, 1]));

/** Every factor 1: the scale-up of a deterministic run. */
export function centralPathwayFactors(ps: PathwaySetup): PathwayFactors {
  const s = ps.settings;
  return { prevalence: 1, incidence: 1, survival: 1, prices: central(s.prices), durations: central(s.durations) };
}

/**
 * A drawn parameter set of the scale-up: each factor from its own sub-stream
 * rngStream(base, hash("pathway:<name>")) of the replicate (see parameterStream), so that
 * the draws do not depend on which other inputs exist. With `off` every factor is 1.
 */
export function drawPathwayFactors(ps: PathwaySetup, base: number): PathwayFactors {
  const s = ps.settings;
  if (s.off) return centralPathwayFactors(ps);
  const one = (id: string, i: Interval) => intervalFromU(i, parameterStream(base, `pathway:${id}`)());
  const each = (kind: string, r: Record<string, Interval>) => Object.fromEntries(Object.entries(r).map(([id, i]) => [id, one(`${kind}:${id}`, i)]));
  return {
    prevalence: one("prevalence", s.prevalence),
    incidence: one("incidence", s.incidence),
    survival: one("survival", s.survival),
    prices: each("price", s.prices),
    durations: each("duration", s.durations),
  };
}

/** A pathway with each phase's annual cost and length times its factor (lengths laid end to end again only when one changes). */
function scalePathway(p: Pathway, f: PathwayFactors): Pathway {
  const moved = p.phases.some((ph) => (f.durations[ph.id] ?? 1) !== 1);
  let at = p.phases[0]?.startAge ?? 0;
  const phases = p.phases.map((ph) => {
    const price = f.prices[ph.id] ?? 1;
    const out = price === 1 ? { ...ph } : { ...ph, annualCostNok: ph.annualCostNok * price };
    if (moved) {
      const len = (ph.endAge - ph.startAge) * (f.durations[ph.id] ?? 1);
      out.startAge = at;
      out.endAge = at + len;
      at = out.endAge;
    }
    return out;
  });
  return { ...p, phases };
}

/**
 * The scale-up model of one parameter set on one population (buildScaleUpModel): prevalence
 * per band and incidence 70+ times their factors, median survival times its factor (the
 * hazard ratios solved again), phase costs and lengths times theirs.
 */
export function pathwayModel(ps: PathwaySetup, f: PathwayFactors, pop: BandPopulationSeries): ScaleUpModel {
  const s = ps.scaleUp;
  const persona: PersonaModel = { ...ps.persona, pathways: ps.persona.pathways.map((p) => scalePathway(p, f)) };
  return buildScaleUpModel(persona, pop, {
    ...s,
    prevalence: f.prevalence === 1 ? s.prevalence : Object.fromEntries(Object.entries(s.prevalence).map(([b, v]) => [b, v * f.prevalence])),
    incidence70plus: s.incidence70plus * f.incidence,
    survivalMedianYears:
      f.survival === 1 ? s.survivalMedianYears : { male: s.survivalMedianYears.male * f.survival, female: s.survivalMedianYears.female * f.survival },
  });
}

/**
 * What one parameter set gives, over its person-level replicates: the mean yearly saving of
 * the transition against everybody on `from` (total cost incl. investments, kroner per year,
 * firstYear…lastYear), the mean break-even year (per replicate the first year the cumulative
 * net cost is at or below 0, lastYear + 1 when not reached), and the variance of each over
 * the person-level replicates (n − 1).
 */
export interface PathwayFigures {
  saving: Float64Array;
  breakEven: number;
  withinVariance: { saving: number; breakEven: number };
}

/**
 * Runs the person-level replicates of a scale-up model (streams (seed, PERSON_STREAM_OFFSET + j))
 * and takes the transition ("overgang" against "alle-<from>") as scaleUpRows does
 * (transitionNetCost), so that the mean saving is minus its mean net cost to the last bit.
 */
export function pathwayFigures(ps: PathwaySetup, m: ScaleUpModel): PathwayFigures {
  const K = ps.settings.personReplicates;
  // The existing persons stay on `from` in both scenarios: their cost cancels in the net cost, so they are not laid out.
  // Every parameter set runs the same K streams: they are generated once per thread and read from their recordings.
  const values = runScaleUpReplicates(m, {
    seed: ps.seed,
    from: PERSON_STREAM_OFFSET,
    to: PERSON_STREAM_OFFSET + K,
    variation: true,
    existing: false,
    recorded: true,
  }).values;
  const ids = m.pathways.map((p) => p.id);
  const t = transitionNetCost(m, values, ids.indexOf(ps.transition.from), ids.indexOf(ps.transition.to), ps.transitionShare);
  const Y = m.lastYear - m.firstYear + 1;
  const saving = new Float64Array(Y);
  for (let y = 0; y < Y; y++) {
    let sum = 0;
    for (let r = 0; r < K; r++) sum += t.net[y * K + r];
    saving[y] = -(sum / K);
  }
  const last = t.net.slice((Y - 1) * K, Y * K).map((x) => -x);
  let be = 0;
  for (let r = 0; r < K; r++) be += t.breakEven[r];
  return { saving, breakEven: be / K, withinVariance: { saving: sampleVariance(last), breakEven: sampleVariance(t.breakEven) } };
}

/**
 * The published method in one parameter set (engine/pathways/published-scale-up.ts on the
 * transition's two pathways): each table row's cost times its phase's drawn price factor,
 * the persons fixed or the drawn model's existing persons. Writes into `out` from `at`:
 * the steady-state yearly saving (kroner), the first year with a yearly saving (`years` + 1
 * when none within them), and the transition's net cost in years 1 … `years` (kroner).
 */
export function writePublishedFigures(ps: PathwaySetup, f: PathwayFactors, m: ScaleUpModel, out: Float64Array, at: number, years: number): void {
  const pub = ps.published;
  const { from, to } = ps.transition;
  const rows = pub.rows.map((r, i) => ({
    [from]: r[from] * (f.prices[pub.phases[i][from]] ?? 1),
    [to]: r[to] * (f.prices[pub.phases[i][to]] ?? 1),
  }));
  const r = publishedScaleUp({
    pathways: [from, to],
    rows,
    persons: pub.persons ?? m.existingCount,
    spreadYears: pub.spreadYears,
    newCasesPerYear: pub.newCasesPerYear ?? undefined,
    transition: { from, to },
    years,
  });
  out[at] = -r.steadyNetCost[to];
  out[at + 1] = r.firstYearlySavingYear ?? years + 1;
  for (let k = 0; k < years; k++) out[at + 2 + k] = r.transitionNetCost[k];
}
