import { poissonFromU } from "../random/distributions";
import { LognormalFactorTable } from "../random/lognormal-table";
import { constantSource, type UniformSource } from "../random/rng";
import { recordedStream } from "../random/recorded-stream";
import { randomStream } from "../random/streams";
import { commonSigma, newPersonDraw } from "./draw";
import { flattenPathways } from "./flat";
import { maxPhases, type Pathway } from "./model";
import { PersonAccumulator } from "./scale-up-accumulator";
import { drawExisting, drawNewCases, type PersonBatch } from "./scale-up-persons";
import { survivalModel } from "./survival";

/** An age band for drawing ages: uniform over [from, from + width). */
export interface ScaleUpBand {
  label: string;
  from: number;
  width: number;
}

/**
 * Everything the municipal scale-up needs, as plain data (sent to worker threads).
 * Years run from 1 January `firstYear` to 31 December `lastYear`; population figures are
 * 1 January of each year, [year − firstYear][band].
 */
export interface ScaleUpModel {
  firstYear: number;
  lastYear: number;
  bands: ScaleUpBand[];
  population: Float64Array;
  maleShare: Float64Array;
  /** Share of each band living with the condition (used for the existing persons and the population at risk). */
  prevalence: Float64Array;
  /** New cases per person-year at risk, per band. */
  incidence: Float64Array;
  /** Persons with the condition on 1 January of the first year. */
  existingCount: number;
  survival: { male: { mx: Float64Array; hazardRatio: number }; female: { mx: Float64Array; hazardRatio: number } };
  pathways: Pathway[];
  timing: "scaled" | "absolute";
}

/** Where each series lies in a replicate's result row (each series has one value per year). */
export interface ScaleUpLayout {
  years: number;
  stride: number;
  newCases: number;
  personYears: number;
  /** [group: 0 existing, 1 new][pathway] offsets. */
  series: Array<Array<{ cost: number; hours: number; investment: number; phases: number[] }>>;
}

export function scaleUpLayout(m: Pick<ScaleUpModel, "firstYear" | "lastYear" | "pathways">): ScaleUpLayout {
  const Y = m.lastYear - m.firstYear + 1;
  let c = 0;
  const newCases = c;
  c += Y;
  const personYears = c;
  c += 1;
  const series = [0, 1].map(() =>
    m.pathways.map((p) => {
      const o = { cost: c, hours: c + Y, investment: c + 2 * Y, phases: p.phases.map((_, k) => c + (3 + k) * Y) };
      c += (3 + p.phases.length) * Y;
      return o;
    }),
  );
  return { years: Y, stride: c, newCases, personYears, series };
}

/** Results of replicates [from, to), one row of `stride` values each. */
export interface ScaleUpChunk {
  from: number;
  to: number;
  values: Float64Array;
}

/** The last table built (a pure function of σ, so it is kept for the next chunk of replicates). */
let lastTable: LognormalFactorTable | null = null;
function lognormalTable(sigma: number): LognormalFactorTable {
  if (lastTable === null || lastTable.sigma !== sigma) lastTable = new LognormalFactorTable(sigma);
  return lastTable;
}

/** Persons drawn and laid out together (see runScaleUpReplicates). */
const BATCH = 256;

/**
 * Monte Carlo of the municipal scale-up. Replicate i draws from stream (seed, i) only:
 * 1. the existing persons (`existingCount`): band by prevalence × population, age uniform in
 *    the band, sex by the band's male share; remaining life from the survival model at that
 *    age; time since onset drawn like the remaining life (backward and forward recurrence
 *    times are alike in a stationary process), so they are spread over the phases;
 * 2. each year, new cases ~ Poisson(Σ incidence × population × (1 − prevalence)), with band,
 *    age, sex, onset time within the year and age at death drawn the same way;
 * 3. every person goes through every pathway with the same draws (common random numbers);
 *    person-years per phase, investments and person-years alive are spread over calendar
 *    years, and cost and staff hours per year are person-years per phase × the phase's
 *    annual cost and hours (summed over phases once per replicate).
 *
 * The uniforms of a replicate, in order: per existing person band, age, sex, remaining
 * life, time since onset, then z and enter for each phase index (drawPhases); then per year
 * the number of new cases and per new case band, age, sex, onset within the year, age at
 * death and the phase draws. With the variation off every uniform is 0.5. A phase's
 * log-normal factor e^(σ Φ⁻¹(u)) for the common σ comes from LognormalFactorTable
 * (engine/random; relative error below 3e-10 against computing it directly, exact at the
 * median); the persona Monte Carlo computes it directly. With `existing` false the existing
 * persons' uniforms are still taken from the stream (so the new cases are the same persons)
 * but they are not laid out: their series stay 0 (for figures in which they cancel, such as
 * the transition's net cost, where they are on `from` in both scenarios). With `recorded` the
 * replicates' streams are read from recordings kept between calls (recordedStream: the same
 * numbers, generated once per thread), for callers that run the same replicates on many
 * models (the uncertainty run's parameter sets). The persons are drawn in
 * scale-up-persons.ts and laid out by PersonAccumulator (scale-up-accumulator.ts), whose
 * common case is compiled per model (layout-kernel.ts).
 */
export function runScaleUpReplicates(
  m: ScaleUpModel,
  o: { seed: number; from: number; to: number; variation: boolean; existing?: boolean; recorded?: boolean },
): ScaleUpChunk {
  const L = scaleUpLayout(m);
  const Y = L.years;
  const B = m.bands.length;
  const values = new Float64Array((o.to - o.from) * L.stride);
  const K = maxPhases(m.pathways);
  const draw = newPersonDraw(K);
  draw.ezSigma = commonSigma(m.pathways);
  // Per person 5 uniforms for band, age, sex and two times, then 2 per phase index.
  const W = 5 + 2 * K;
  const table = lognormalTable(draw.ezSigma);
  const acc = new PersonAccumulator(flattenPathways(m.pathways), draw, table, m.timing, values, m.firstYear, L, { W, drawsAt: 5 });
  // Weights per year and band: existing persons (prevalence × population) and new cases (incidence × population at risk).
  const wExist = new Float64Array(B);
  let wExistTotal = 0;
  for (let b = 0; b < B; b++) {
    wExist[b] = m.prevalence[b] * m.population[b];
    wExistTotal += wExist[b];
  }
  const wNew = new Float64Array(Y * B);
  const meanNew = new Float64Array(Y);
  for (let y = 0; y < Y; y++) {
    for (let b = 0; b < B; b++) {
      const w = m.incidence[b] * m.population[y * B + b] * (1 - m.prevalence[b]);
      wNew[y * B + b] = w;
      meanNew[y] += w;
    }
  }
  const median = constantSource(0.5);
  const existing = o.existing ?? true;
  // Persons are drawn in batches: first every uniform of the batch in stream order, then
  // each quantity in its own loop over the batch, then the layouts, person by person in
  // the same order.
  const batch: PersonBatch = {
    U: new Float64Array(BATCH * W),
    W,
    onset: new Float64Array(BATCH),
    death: new Float64Array(BATCH),
    male: survivalModel(m.survival.male.mx, m.survival.male.hazardRatio),
    female: survivalModel(m.survival.female.mx, m.survival.female.hazardRatio),
    bandFrom: Float64Array.from(m.bands, (b) => b.from),
    bandWidth: Float64Array.from(m.bands, (b) => b.width),
    maleShare: m.maleShare,
    t0: m.firstYear,
  };
  const own = batch.U;
  for (let r = 0; r < o.to - o.from; r++) {
    const recording = o.variation && o.recorded ? recordedStream(o.seed, o.from + r) : null;
    const src: UniformSource = recording ? median : o.variation ? randomStream(o.seed, o.from + r) : median;
    // The next `count` uniforms of the replicate: read from the recording (a view), else drawn into the batch's own array.
    let at = 0;
    const take = (count: number): Float64Array => {
      if (recording) {
        const u = recording.read(at, count);
        at += count;
        return u;
      }
      src.fill(own, count);
      return own;
    };
    const row = r * L.stride;
    acc.startReplicate(row);
    // 1. Existing persons on 1 January of the first year: band, age, sex, remaining life, time since onset, phases.
    for (let i0 = 0; i0 < m.existingCount; i0 += BATCH) {
      const nb = Math.min(BATCH, m.existingCount - i0);
      if (!existing && recording) {
        at += nb * W;
        continue;
      }
      const from = at;
      batch.U = take(nb * W);
      if (!existing) continue;
      drawExisting(batch, nb, wExist, wExistTotal);
      acc.addBatch(batch.U, batch.onset, batch.death, nb, 0, recording?.factors(from, nb * W, table));
    }
    // 2. New cases, year by year: the count, then per case band, age, sex, onset within the year, age at death, phases.
    for (let y = 0; y < Y; y++) {
      const count = poissonFromU(meanNew[y], recording ? recording.at(at++) : src.next());
      values[row + L.newCases + y] = count;
      for (let i0 = 0; i0 < count; i0 += BATCH) {
        const nb = Math.min(BATCH, count - i0);
        const from = at;
        batch.U = take(nb * W);
        drawNewCases(batch, nb, wNew, meanNew[y], y, recording?.exponentials(from, nb * W));
        acc.addBatch(batch.U, batch.onset, batch.death, nb, 1, recording?.factors(from, nb * W, table));
      }
    }
    values[row + L.personYears] = acc.finishReplicate();
  }
  return { from: o.from, to: o.to, values };
}
