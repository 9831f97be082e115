import { poissonFromU } from "../random/distributions";
import { LognormalFactorTable } from "../random/lognormal-table";
import { constantSource, type UniformSource } from "../random/rng";
import { randomStream } from "../random/streams";
import { commonSigma, newPersonDraw, zFromU, type PersonDraw } from "./draw";
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

/** The last table built (a pure function of σ, so it is kept for the next chunk of replicates). */
let lastTable: LognormalFactorTable | null = null;
function lognormalTable(sigma: number): LognormalFactorTable {
  if (lastTable === null || lastTable.sigma !== sigma) lastTable = new LognormalFactorTable(sigma);
  return lastTable;
}

/** Persons drawn and laid out together (see runScaleUpReplicates). */
const BATCH = 256;

/** What the per-batch draws need: the batch's uniforms (W per person) and where onset and death go. */
interface BatchContext {
  U: Float64Array;
  W: number;
  onset: Float64Array;
  death: Float64Array;
  surv: Survival[];
  bandFrom: Float64Array;
  bandWidth: Float64Array;
  maleShare: Float64Array;
  t0: number;
}

/** Existing persons 0…nb−1 of a batch: band, age, sex, remaining life and time since onset from U[i × W + 0…4]. */
function existingPersons(c: BatchContext, nb: number, w: Float64Array, total: number): void {
  const { U, W, onset, death, surv, bandFrom, bandWidth, maleShare, t0 } = c;
  const B = bandFrom.length;
  for (let i = 0; i < nb; i++) {
    const u = i * W;
    const b = pick(w, 0, B, total, U[u]);
    const age = bandFrom[b] + bandWidth[b] * U[u + 1];
    const s = surv[U[u + 2] < maleShare[b] ? 0 : 1];
    const remaining = deathAgeFromU(s, age, U[u + 3]) - age;
    const elapsed = deathAgeFromU(s, age, U[u + 4]) - age;
    onset[i] = t0 - elapsed;
    death[i] = t0 + remaining;
  }
}

/** New cases 0…nb−1 of a batch in year index y: band, age, sex, onset within the year and age at death from U[i × W + 0…4]. */
function newCases(c: BatchContext, nb: number, w: Float64Array, total: number, y: number, B: number): void {
  const { U, W, onset, death, surv, bandFrom, bandWidth, maleShare, t0 } = c;
  for (let i = 0; i < nb; i++) {
    const u = i * W;
    const b = pick(w, y * B, B, total, U[u]);
    const age = bandFrom[b] + bandWidth[b] * U[u + 1];
    const s = surv[U[u + 2] < maleShare[y * B + b] ? 0 : 1];
    const on = t0 + y + U[u + 3];
    onset[i] = on;
    death[i] = on + deathAgeFromU(s, age, U[u + 4]) - age;
  }
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
 * median); the persona Monte Carlo computes it directly.
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
  const acc = new PersonAccumulator(flattenPathways(m.pathways), draw, m.timing, values, m.firstYear, L);
  const bandFrom = Float64Array.from(m.bands, (b) => b.from);
  const bandWidth = Float64Array.from(m.bands, (b) => b.width);
  const t0 = m.firstYear;
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
  const median = constantSource(0.5);
  // Persons are drawn in batches: first every uniform of the batch in stream order (W per
  // person: 5 for band, age, sex and two times, then 2 per phase index), then each quantity
  // in its own loop over the batch, then the layouts, person by person in the same order.
  // (Small loops over typed arrays, so that the JIT inlines them and keeps numbers unboxed.)
  const W = 5 + 2 * K;
  const U = new Float64Array(BATCH * W);
  const ctx: BatchContext = { U, W, onset: acc.onsetB, death: acc.deathB, surv, bandFrom, bandWidth, maleShare: m.maleShare, t0 };
  for (let r = 0; r < o.to - o.from; r++) {
    const src: UniformSource = o.variation ? randomStream(o.seed, o.from + r) : median;
    const row = r * L.stride;
    acc.startReplicate(row);
    // 1. Existing persons on 1 January of the first year: band, age, sex, remaining life, time since onset, phases.
    for (let i0 = 0; i0 < m.existingCount; i0 += BATCH) {
      const nb = Math.min(BATCH, m.existingCount - i0);
      src.fill(U, nb * W);
      existingPersons(ctx, nb, wExist, wExistTotal);
      acc.phaseDraws(U, nb, W, 5);
      acc.addBatch(nb, 0);
    }
    // 2. New cases, year by year: the count, then per case band, age, sex, onset within the year, age at death, phases.
    for (let y = 0; y < Y; y++) {
      const count = poissonFromU(meanNew[y], src.next());
      values[row + L.newCases + y] = count;
      for (let i0 = 0; i0 < count; i0 += BATCH) {
        const nb = Math.min(BATCH, count - i0);
        src.fill(U, nb * W);
        newCases(ctx, nb, wNew, meanNew[y], y, B);
        acc.phaseDraws(U, nb, W, 5);
        acc.addBatch(nb, 1);
      }
    }
    acc.finishReplicate();
    values[row + L.personYears] = acc.personYears;
  }
  return { from: o.from, to: o.to, values };
}

/**
 * Adds persons to one replicate's row: lays each out under every pathway and adds
 * person-years per phase and calendar year, investments and person-years alive; at the end
 * of the replicate, cost and hours per year from the person-years per phase. Typed arrays
 * and one object of fixed shape: nothing is allocated per person.
 *
 * Person-years per phase and year are gathered as ramps: the years of [a, b) inside year y
 * (years counted from the first) are R(b)[y] − R(a)[y] with R(x)[y] = min(max(x − y, 0), 1),
 * and R(x) is 1 below ⌊x⌋ and x − ⌊x⌋ at ⌊x⌋, so a ramp is two additions (a count at ⌊x⌋
 * and the fraction at ⌊x⌋) however many years it spans; the counts are summed from the top
 * once per replicate (finishReplicate). On the fast layout the ramps are summed per phase
 * boundary rather than per phase: phase k's person-years are the sums at its end boundary
 * minus those at its start, the person's onset and death are boundaries shared by every
 * pathway, and a boundary before the first year adds nothing, so a person costs one ramp
 * per boundary.
 */
class PersonAccumulator {
  readonly Y: number;
  readonly P: number;
  /** Phases over all pathways (flat index j = first[p] + k). */
  readonly NP: number;
  /** Offset in a row of the person-years series of flat phase j in group g: [g × NP + j]. */
  readonly phaseOffset: Int32Array;
  /** Offset in a row of the cost series of group g, pathway p: [g × P + p] (hours at + Y, investments at + 2Y). */
  readonly costOffset: Int32Array;
  /** 1 where pathway p can take the fast layout: scaled timing and every phase entered for sure. */
  readonly allEntered: Uint8Array;
  /** 1 where every phase of pathway p has the common σ (so its drawn length is nominal × ez[k]). */
  readonly commonOnly: Uint8Array;
  /** Ramp sums per phase (general layout), series g × NP + j: [((g × NP + j) × (Y + 1) + i) × 2] counts at i, + 1 fractions at i. */
  readonly ramps: Float64Array;
  /**
   * Ramp sums per boundary (fast layout), slot g × (NP + 2) + q, laid out like `ramps`: q = j
   * is the start of flat phase j (k ≥ 1), q = NP the onset, q = NP + 1 death.
   */
  readonly bounds: Float64Array;
  /** The boundary sums as person-years per year: [(g × (NP + 2) + q) × Y + y]. */
  readonly boundYears: Float64Array;
  /** The phase draws of a batch of persons: [i × K + k] (see drawPhases). */
  readonly zB: Float64Array;
  readonly ezB: Float64Array;
  readonly uEnterB: Float64Array;
  readonly K: number;
  /** Onset and death (calendar years) of the batch's persons. */
  readonly onsetB = new Float64Array(BATCH);
  readonly deathB = new Float64Array(BATCH);
  /** e^(σ z) for the common σ, tabulated. */
  readonly lognormal: LognormalFactorTable;
  /** Whether some phase has another σ (then z itself is kept for it). */
  readonly needZ: boolean;
  readonly dur: Float64Array;
  readonly len: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly tEnd: number;
  row = 0;
  personYears = 0;

  constructor(
    readonly f: FlatPathways, readonly draw: PersonDraw, readonly timing: "scaled" | "absolute",
    readonly values: Float64Array, readonly t0: number, L: ScaleUpLayout,
  ) {
    this.Y = L.years;
    this.P = f.count;
    this.tEnd = t0 + L.years;
    const NP = f.nominal.length;
    this.NP = NP;
    this.phaseOffset = new Int32Array(2 * NP);
    this.costOffset = new Int32Array(2 * f.count);
    for (let g = 0; g < 2; g++) {
      for (let p = 0; p < f.count; p++) {
        this.costOffset[g * f.count + p] = L.series[g][p].cost;
        for (let k = 0; k < f.phases[p]; k++) this.phaseOffset[g * NP + f.first[p] + k] = L.series[g][p].phases[k];
      }
    }
    this.allEntered = new Uint8Array(f.count);
    for (let p = 0; p < f.count; p++) {
      let all = timing === "scaled";
      // A uniform is < 1, so a phase with enter probability ≥ 1 always happens.
      for (let k = 0; k < f.phases[p]; k++) if (!(f.enter[f.first[p] + k] >= 1)) all = false;
      this.allEntered[p] = all ? 1 : 0;
    }
    this.commonOnly = new Uint8Array(f.count);
    for (let p = 0; p < f.count; p++) {
      let all = true;
      for (let k = 0; k < f.phases[p]; k++) if (f.sigma[f.first[p] + k] !== draw.ezSigma) all = false;
      this.commonOnly[p] = all ? 1 : 0;
    }
    this.ramps = new Float64Array(2 * NP * (L.years + 1) * 2);
    this.bounds = new Float64Array(2 * (NP + 2) * (L.years + 1) * 2);
    this.boundYears = new Float64Array(2 * (NP + 2) * L.years);
    const K = draw.z.length;
    this.K = K;
    this.lognormal = lognormalTable(draw.ezSigma);
    let needZ = false;
    for (let j = 0; j < NP; j++) if (f.sigma[j] !== 0 && f.sigma[j] !== draw.ezSigma) needZ = true;
    this.needZ = needZ;
    this.zB = new Float64Array(BATCH * K);
    this.ezB = new Float64Array(BATCH * K);
    this.uEnterB = new Float64Array(BATCH * K);
    this.dur = new Float64Array(K);
    this.len = new Float64Array(K);
    this.start = new Float64Array(K);
    this.end = new Float64Array(K);
  }

  startReplicate(row: number): void {
    this.row = row;
    this.personYears = 0;
    this.ramps.fill(0);
    this.bounds.fill(0);
  }

  /**
   * The phase draws of persons 0…nb−1 of a batch from their uniforms U[i × W + from + 2k]
   * (for z[k]) and U[i × W + from + 2k + 1] (for uEnter[k]): the arithmetic of drawPhases.
   */
  phaseDraws(U: Float64Array, nb: number, W: number, from: number): void {
    const { K, zB, ezB, uEnterB, lognormal, needZ } = this;
    const s = this.draw.ezSigma;
    for (let i = 0; i < nb; i++) {
      const u = i * W + from;
      for (let k = 0; k < K; k++) {
        const uz = U[u + 2 * k];
        ezB[i * K + k] = s === 0 ? 1 : lognormal.at(uz);
        if (needZ) zB[i * K + k] = zFromU(uz);
        uEnterB[i * K + k] = U[u + 2 * k + 1];
      }
    }
  }

  /**
   * Persons 0…nb−1 of the batch (onsetB, deathB and the phase draws) in group 0 (existing) or
   * 1 (new): person-years alive, each pathway's layout, investments. Scaled timing with
   * every phase entered takes the layout of layoutPhases inline (phase k lasts its drawn
   * length × (death − onset) ÷ the sum of the drawn lengths; the last ends at death; the
   * same arithmetic), from the first phase that ends after the first year to the first that
   * ends after the last; other pathways go through layoutPhases (addGeneral).
   */
  addBatch(nb: number, group: number): void {
    const { f, values, t0, tEnd, P, row, Y, K, dur, bounds, zB, ezB, onsetB, deathB, allEntered, commonOnly, NP } = this;
    const ezSigma = this.draw.ezSigma;
    const gNP = group * NP;
    const Y1x2 = (Y + 1) * 2;
    // Slot offsets in `bounds`: start of flat phase j at slot0 + j × Y1x2; onset and death.
    const slot0 = group * (NP + 2) * Y1x2;
    const onsetSlot = slot0 + NP * Y1x2, deathSlot = onsetSlot + Y1x2;
    const nInv = f.invAt.length;
    const invBase = row + 2 * Y;
    let personYears = this.personYears;
    for (let i = 0; i < nb; i++) {
      const onset = onsetB[i], death = deathB[i];
      const a = onset > t0 ? onset : t0;
      const e = death < tEnd ? death : tEnd;
      if (e > a) personYears += e - a;
      // Onset and death: boundaries of every fast pathway (R(x) adds nothing for x ≤ 0).
      let x = onset - t0;
      if (x > 0) {
        if (x > Y) x = Y;
        const xi = x | 0;
        bounds[onsetSlot + 2 * xi] += 1;
        bounds[onsetSlot + 2 * xi + 1] += x - xi;
      }
      x = death - t0;
      if (x > 0) {
        if (x > Y) x = Y;
        const xi = x | 0;
        bounds[deathSlot + 2 * xi] += 1;
        bounds[deathSlot + 2 * xi + 1] += x - xi;
      }
      const iK = i * K;
      for (let p = 0; p < P; p++) {
        if (allEntered[p] !== 1) {
          this.addGeneral(p, i, gNP);
          continue;
        }
        const n = f.phases[p], at = f.first[p];
        let total = 0;
        if (commonOnly[p] === 1) {
          // Every phase has the common σ: nominal × e^(σ z) (e^(σ z) = 1 when σ = 0, so the same numbers).
          for (let k = 0; k < n; k++) {
            const d = f.nominal[at + k] * ezB[iK + k];
            dur[k] = d;
            total += d;
          }
        } else {
          for (let k = 0; k < n; k++) {
            const s = f.sigma[at + k];
            const d = s === 0 ? f.nominal[at + k] : f.nominal[at + k] * (s === ezSigma ? ezB[iK + k] : Math.exp(s * zB[iK + k]));
            dur[k] = d;
            total += d;
          }
        }
        const g = total > 0 ? (death - onset) / total : 0;
        // The boundaries between phases: the end of phase k is the start of phase k + 1 (slot at + k + 1).
        let t = onset;
        for (let k = 0; k < n - 1; k++) {
          let tn = t + dur[k] * g;
          if (tn < t) tn = t;
          t = tn;
          const xn = tn - t0;
          if (xn <= 0) continue;
          if (xn >= Y) {
            // This boundary and the later ones are after the last year: R = 1 in every year.
            for (let q = k; q < n - 1; q++) bounds[slot0 + (at + q + 1) * Y1x2 + 2 * Y] += 1;
            break;
          }
          const xi = xn | 0;
          const o = slot0 + (at + k + 1) * Y1x2;
          bounds[o + 2 * xi] += 1;
          bounds[o + 2 * xi + 1] += xn - xi;
        }
      }
      for (let v = 0; v < nInv; v++) {
        const t = onset + f.invAt[v];
        if (t >= t0 && t < tEnd && t < death) values[invBase + this.costOffset[group * P + f.invPathway[v]] + Math.floor(t - t0)] += f.invAmount[v];
      }
    }
    this.personYears = personYears;
  }

  private addGeneral(p: number, i: number, gNP: number): void {
    const { start, end, ramps, t0, Y, K, draw } = this;
    const onset = this.onsetB[i], death = this.deathB[i];
    for (let k = 0; k < K; k++) {
      draw.z[k] = this.zB[i * K + k];
      draw.ez[k] = this.ezB[i * K + k];
      draw.uEnter[k] = this.uEnterB[i * K + k];
    }
    layoutPhases(this.f, p, onset, death, this.draw, this.timing, this.len, start, end);
    const n = this.f.phases[p], at = this.f.first[p];
    const Y1x2 = (Y + 1) * 2;
    for (let k = 0; k < n; k++) {
      let a = start[k] - t0, b = end[k] - t0;
      a = a < 0 ? 0 : a > Y ? Y : a;
      b = b < 0 ? 0 : b > Y ? Y : b;
      if (!(b > a)) continue;
      const o = (gNP + at + k) * Y1x2;
      const ai = a | 0, bi = b | 0;
      ramps[o + 2 * bi] += 1;
      ramps[o + 2 * bi + 1] += b - bi;
      ramps[o + 2 * ai] -= 1;
      ramps[o + 2 * ai + 1] -= a - ai;
    }
  }

  /**
   * Person-years per phase and year from the ramps (year y: the counts above y plus the
   * fractions at y), then cost and hours per year of every group and pathway: Σ over phases
   * of person-years × annual cost (hours).
   */
  finishReplicate(): void {
    const { f, values, row, Y, P, NP, ramps, bounds, boundYears, allEntered } = this;
    const Y1x2 = (Y + 1) * 2;
    // A ramp sum in year y: the counts above y plus the fractions at y.
    for (let q = 0; q < 2 * (NP + 2); q++) {
      const o = q * Y1x2, out = q * Y;
      let above = bounds[o + 2 * Y];
      for (let y = Y - 1; y >= 0; y--) {
        boundYears[out + y] = above + bounds[o + 2 * y + 1];
        above += bounds[o + 2 * y];
      }
    }
    for (let g = 0; g < 2; g++) {
      const b0 = g * (NP + 2) * Y;
      for (let p = 0; p < P; p++) {
        const n = f.phases[p];
        for (let k = 0; k < n; k++) {
          const j = f.first[p] + k;
          const o = (g * NP + j) * Y1x2;
          const ph = row + this.phaseOffset[g * NP + j];
          let above = ramps[o + 2 * Y];
          for (let y = Y - 1; y >= 0; y--) {
            values[ph + y] = above + ramps[o + 2 * y + 1];
            above += ramps[o + 2 * y];
          }
          if (allEntered[p] === 1) {
            const from = b0 + (k === 0 ? NP : j) * Y, to = b0 + (k === n - 1 ? NP + 1 : j + 1) * Y;
            for (let y = 0; y < Y; y++) values[ph + y] += boundYears[to + y] - boundYears[from + y];
          }
        }
      }
    }
    for (let g = 0; g < 2; g++) {
      for (let p = 0; p < P; p++) {
        const c = row + this.costOffset[g * P + p], h = c + Y;
        for (let k = 0; k < f.phases[p]; k++) {
          const j = f.first[p] + k;
          const cost = f.cost[j], hours = f.hours[j];
          const ph = row + this.phaseOffset[g * NP + j];
          for (let y = 0; y < Y; y++) {
            const py = values[ph + y];
            values[c + y] += py * cost;
            values[h + y] += py * hours;
          }
        }
      }
    }
  }
}
