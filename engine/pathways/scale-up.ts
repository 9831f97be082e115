import { poissonFromU } from "../random/distributions";
import { constantRng, type Rng } from "../random/rng";
import { rngStream } from "../random/streams";
import { commonSigma, drawPhases, newPersonDraw, type PersonDraw } from "./draw";
import { flattenPathways, type FlatPathways } from "./flat";
import { layoutPhases } from "./layout";
import { maxPhases, type Pathway } from "./model";
import { deathAgeFromU, survivalModel, type Survival } from "./survival";

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
  const newCases = c; c += Y;
  const personYears = c; c += 1;
  const series = [0, 1].map(() => m.pathways.map((p) => {
    const o = { cost: c, hours: c + Y, investment: c + 2 * Y, phases: p.phases.map((_, k) => c + (3 + k) * Y) };
    c += (3 + p.phases.length) * Y;
    return o;
  }));
  return { years: Y, stride: c, newCases, personYears, series };
}

/** Results of replicates [from, to), one row of `stride` values each. */
export interface ScaleUpChunk {
  from: number;
  to: number;
  values: Float64Array;
}

function pick(weights: Float64Array, at: number, n: number, total: number, u: number): number {
  let x = u * total;
  for (let b = 0; b < n - 1; b++) {
    x -= weights[at + b];
    if (x < 0) return b;
  }
  return n - 1;
}

/**
 * Monte Carlo of the municipal scale-up. Replicate i draws from stream (seed, i) only:
 * 1. the existing persons (`existingCount`): band by prevalence × population, age uniform in
 *    the band, sex by the band's male share; remaining life from the survival model at that
 *    age; time since onset drawn like the remaining life (backward and forward recurrence
 *    times are alike in a stationary process), so they are spread over the phases;
 * 2. each year, new cases ~ Poisson(Σ incidence × population × (1 − prevalence)), with band,
 *    age, sex, onset time within the year and age at death drawn the same way;
 * 3. every person goes through every pathway with the same draws (common random numbers);
 *    cost, staff hours, investments and person-years per phase are spread over calendar years.
 */
export function runScaleUpReplicates(m: ScaleUpModel, o: { seed: number; from: number; to: number; variation: boolean }): ScaleUpChunk {
  const L = scaleUpLayout(m);
  const Y = L.years;
  const B = m.bands.length;
  const values = new Float64Array((o.to - o.from) * L.stride);
  const surv: Survival[] = [survivalModel(m.survival.male.mx, m.survival.male.hazardRatio), survivalModel(m.survival.female.mx, m.survival.female.hazardRatio)];
  const K = maxPhases(m.pathways);
  const draw = newPersonDraw(K);
  draw.ezSigma = commonSigma(m.pathways);
  const len = new Float64Array(K), start = new Float64Array(K), end = new Float64Array(K);
  const f = flattenPathways(m.pathways);
  const timing = m.timing;
  const t0 = m.firstYear;
  const tEnd = m.lastYear + 1;
  // Weights per year and band: existing persons (prevalence × population) and new cases (incidence × population at risk).
  const wExist = new Float64Array(B);
  let wExistTotal = 0;
  for (let b = 0; b < B; b++) { wExist[b] = m.prevalence[b] * m.population[b]; wExistTotal += wExist[b]; }
  const wNew = new Float64Array(Y * B);
  const meanNew = new Float64Array(Y);
  for (let y = 0; y < Y; y++) {
    for (let b = 0; b < B; b++) {
      const w = m.incidence[b] * m.population[y * B + b] * (1 - m.prevalence[b]);
      wNew[y * B + b] = w;
      meanNew[y] += w;
    }
  }
  const median = constantRng(0.5);
  const P = m.pathways.length;
  const ctx: PersonContext = {
    f, draw, timing, len, start, end, values, t0, tEnd, Y, P, row: 0, personYears: 0,
    offsets: Int32Array.from([0, 1].flatMap((g) => L.series[g].map((x) => x.cost))),
  };
  for (let r = 0; r < o.to - o.from; r++) {
    const rng: Rng = o.variation ? rngStream(o.seed, o.from + r) : median;
    const row = r * L.stride;
    ctx.row = r * L.stride;
    ctx.personYears = 0;
    const person = (onset: number, death: number, group: number) => addPerson(ctx, onset, death, group);
    // 1. Existing persons on 1 January of the first year.
    for (let i = 0; i < m.existingCount; i++) {
      const b = pick(wExist, 0, B, wExistTotal, rng());
      const band = m.bands[b];
      const age = band.from + band.width * rng();
      const sex = rng() < m.maleShare[b] ? 0 : 1;
      const remaining = deathAgeFromU(surv[sex], age, rng()) - age;
      const elapsed = deathAgeFromU(surv[sex], age, rng()) - age;
      drawPhases(rng, draw);
      person(t0 - elapsed, t0 + remaining, 0);
    }
    // 2. New cases, year by year.
    for (let y = 0; y < Y; y++) {
      const count = poissonFromU(meanNew[y], rng());
      values[row + L.newCases + y] = count;
      for (let i = 0; i < count; i++) {
        const b = pick(wNew, y * B, B, meanNew[y], rng());
        const band = m.bands[b];
        const age = band.from + band.width * rng();
        const sex = rng() < m.maleShare[y * B + b] ? 0 : 1;
        const onset = t0 + y + rng();
        const death = onset + deathAgeFromU(surv[sex], age, rng()) - age;
        drawPhases(rng, draw);
        person(onset, death, 1);
      }
    }
    values[row + L.personYears] = ctx.personYears;
  }
  return { from: o.from, to: o.to, values };
}

/** What addPerson needs, kept in one object of fixed shape. */
interface PersonContext {
  f: FlatPathways;
  draw: PersonDraw;
  timing: "scaled" | "absolute";
  len: Float64Array;
  start: Float64Array;
  end: Float64Array;
  values: Float64Array;
  t0: number;
  tEnd: number;
  Y: number;
  P: number;
  /** Start of the current replicate's row in `values`. */
  row: number;
  personYears: number;
  /** Offset of group g, pathway p (index g × P + p): cost [Y], hours [Y], investment [Y], then Y per phase. */
  offsets: Int32Array;
}

/** Lays out one person (onset and death in calendar years) under every pathway and adds cost, hours, investments and person-years per phase to the row. */
function addPerson(c: PersonContext, onset: number, death: number, group: number): void {
  const { f, values, t0, tEnd, Y, P, row, len, start, end } = c;
  const a = onset > t0 ? onset : t0;
  const e = death < tEnd ? death : tEnd;
  if (e > a) c.personYears += e - a;
  for (let p = 0; p < P; p++) {
    const s = c.offsets[group * P + p];
    layoutPhases(f, p, onset, death, c.draw, c.timing, len, start, end);
    const n = f.phases[p], at = f.first[p];
    const cBase = row + s, hBase = cBase + Y, pBase = cBase + 3 * Y;
    for (let k = 0; k < n; k++) {
      let ps = start[k] - t0, pe = end[k] - t0;
      if (ps < 0) ps = 0;
      if (pe > Y) pe = Y;
      if (!(pe > ps)) continue;
      const cost = f.cost[at + k], hours = f.hours[at + k];
      const ph = pBase + k * Y;
      let y = Math.floor(ps);
      while (y < pe) {
        const hi = y + 1 < pe ? y + 1 : pe;
        const ov = hi - (y > ps ? y : ps);
        values[cBase + y] += ov * cost;
        values[hBase + y] += ov * hours;
        values[ph + y] += ov;
        y++;
      }
    }
  }
  for (let i = 0; i < f.invAt.length; i++) {
    const t = onset + f.invAt[i];
    if (t >= t0 && t < tEnd && t < death) values[row + c.offsets[group * P + f.invPathway[i]] + 2 * Y + Math.floor(t - t0)] += f.invAmount[i];
  }
}
