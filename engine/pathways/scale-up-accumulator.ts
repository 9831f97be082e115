import type { LognormalFactorTable } from "../random/lognormal-table";
import { zFromU, type PersonDraw } from "./draw";
import type { FlatPathways } from "./flat";
import { layoutPhases } from "./layout";
import { compileLayoutKernel, type KernelTargets, type LayoutKernel } from "./layout-kernel";
import { addRamp, RAMP_PAD, RampSums } from "./ramps";

/** Where a replicate's series lie in its row (see ScaleUpLayout). */
export interface RowOffsets {
  years: number;
  /** [group][pathway]: cost, hours at + years, investments at + 2 × years; phases[k]: person-years of phase k. */
  series: Array<Array<{ cost: number; phases: number[] }>>;
}

/** How a batch's uniforms are laid out: W per person, the phase draws of phase index k at drawsAt + 2k (z) and + 1 (enter). */
export interface UniformLayout {
  W: number;
  drawsAt: number;
}

/**
 * Adds persons to one replicate's row: lays each person out under every pathway and adds
 * person-years per phase and calendar year, investments and person-years alive; at the end
 * of the replicate, cost and hours per year from the person-years per phase. Typed arrays
 * and one object of fixed shape: nothing is allocated per person.
 *
 * Person-years are gathered as ramps (RampSums): an interval is a ramp at its end minus one
 * at its start. A pathway with scaled timing whose every phase happens takes the fast
 * layout (compiled, see compileLayoutKernel): one ramp per boundary between phases, where
 * phase k's person-years are the ramps at its end boundary minus those at its start, and
 * the person's onset and death are boundaries shared by every pathway; so a person costs
 * one ramp per boundary. Other pathways go through layoutPhases, two ramps per phase.
 * Slots per group g (0 existing, 1 new), at g × (2 NP + 2) + q: q = j the phases of the
 * general layout (flat index j), q = NP + j the start of flat phase j (fast layout, k ≥ 1),
 * q = 2 NP onset, 2 NP + 1 death.
 */
export class PersonAccumulator {
  readonly Y: number;
  readonly P: number;
  /** Phases over all pathways (flat index j = first[p] + k). */
  readonly NP: number;
  readonly slotsPerGroup: number;
  /** 1 where pathway p takes the fast layout: scaled timing and every phase entered for sure. */
  readonly fast: Uint8Array;
  readonly anyGeneral: boolean;
  readonly ramps: RampSums;
  /** The yearly values of every slot, [slot × Y + y]. */
  readonly slotYears: Float64Array;
  readonly kernel: LayoutKernel;
  /** Scratch for one pathway's general layout. */
  readonly len: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** The same kernel reading the log-normal factors from E (compiled when first needed). */
  private kernelE: LayoutKernel | null = null;
  private readonly targets: KernelTargets;
  row = 0;

  constructor(
    readonly f: FlatPathways,
    readonly draw: PersonDraw,
    readonly lognormal: LognormalFactorTable,
    readonly timing: "scaled" | "absolute",
    readonly values: Float64Array,
    readonly t0: number,
    readonly L: RowOffsets,
    readonly u: UniformLayout,
  ) {
    this.Y = L.years;
    this.P = f.count;
    const NP = f.nominal.length;
    this.NP = NP;
    this.fast = new Uint8Array(f.count);
    let anyGeneral = false;
    for (let p = 0; p < f.count; p++) {
      let all = timing === "scaled";
      // A uniform is < 1, so a phase with enter probability ≥ 1 always happens.
      for (let k = 0; k < f.phases[p]; k++) if (!(f.enter[f.first[p] + k] >= 1)) all = false;
      this.fast[p] = all ? 1 : 0;
      if (!all) anyGeneral = true;
    }
    this.anyGeneral = anyGeneral;
    this.slotsPerGroup = 2 * NP + 2;
    this.ramps = new RampSums(2 * this.slotsPerGroup, L.years);
    this.slotYears = new Float64Array(2 * this.slotsPerGroup * L.years);
    const K = draw.z.length;
    this.len = new Float64Array(K);
    this.start = new Float64Array(K);
    this.end = new Float64Array(K);
    // Investments: offsets from the group's first series (the same in both groups, as scaleUpLayout lays them out).
    const c0 = L.series[0][0].cost,
      c1 = L.series[1][0].cost;
    if (L.series[1].some((s, p) => s.cost - c1 !== L.series[0][p].cost - c0)) throw new Error("PersonAccumulator requires both groups' series laid out alike");
    this.targets = {
      uniforms: u.W,
      drawsAt: u.drawsAt,
      lognormal,
      t0,
      years: L.years,
      slotSize: 2 * this.ramps.width,
      pad: RAMP_PAD,
      top: this.ramps.top,
      onsetSlot: 2 * NP,
      deathSlot: 2 * NP + 1,
      boundarySlot: (j) => NP + j,
      investmentOffset: (p) => L.series[0][p].cost - c0 + 2 * L.years,
    };
    this.kernel = compileLayoutKernel(f, this.fast, this.targets);
  }

  startReplicate(row: number): void {
    this.row = row;
    this.ramps.clear();
  }

  /**
   * Persons 0…nb−1 of a batch (uniforms `U`, `onset`, `death`) in group 0 (existing) or 1
   * (new), with `E` (optional) the log-normal factors of the uniforms at their places (see
   * RecordedStream.factors; without it the kernel computes them): onset and death, the fast pathways' layouts and every pathway's investments (the
   * compiled kernel), then the other pathways through layoutPhases.
   */
  addBatch(U: Float64Array, onset: Float64Array, death: Float64Array, nb: number, group: number, E?: Float64Array): void {
    const g0 = group * this.slotsPerGroup;
    const slots = g0 * 2 * this.ramps.width,
      inv = this.row + this.L.series[group][0].cost;
    if (E) {
      this.kernelE ??= compileLayoutKernel(this.f, this.fast, { ...this.targets, factorsGiven: true });
      this.kernelE(this.ramps.sums, this.values, onset, death, U, E, nb, slots, inv);
    } else this.kernel(this.ramps.sums, this.values, onset, death, U, U, nb, slots, inv);
    if (!this.anyGeneral) return;
    for (let i = 0; i < nb; i++) {
      this.personDraws(U, i);
      for (let p = 0; p < this.P; p++) if (this.fast[p] !== 1) this.addGeneral(p, onset[i], death[i], g0);
    }
  }

  /** Person i's phase draws into `draw`, from U[i × W + drawsAt + 2k] (z) and + 1 (enter): the arithmetic of drawPhases. */
  private personDraws(U: Float64Array, i: number): void {
    const { draw, lognormal } = this;
    const at = i * this.u.W + this.u.drawsAt;
    for (let k = 0; k < draw.z.length; k++) {
      const u = U[at + 2 * k];
      draw.z[k] = zFromU(u);
      draw.ez[k] = draw.ezSigma === 0 ? 1 : lognormal.at(u);
      draw.uEnter[k] = U[at + 2 * k + 1];
    }
  }

  private addGeneral(p: number, onset: number, death: number, g0: number): void {
    const { start, end, ramps, t0 } = this;
    layoutPhases(this.f, p, onset, death, this.draw, this.timing, this.len, start, end);
    const n = this.f.phases[p],
      at = this.f.first[p];
    for (let k = 0; k < n; k++) {
      if (!(end[k] > start[k])) continue;
      const o = ramps.base(g0 + at + k);
      addRamp(ramps.sums, o, end[k] - t0, ramps.top, 1);
      addRamp(ramps.sums, o, start[k] - t0, ramps.top, -1);
    }
  }

  /**
   * Person-years per phase and year from the ramps, cost and hours per year of every group
   * and pathway (Σ over phases of person-years × annual cost, hours); returns the
   * person-years alive in the years (death ramps minus onset ramps).
   */
  finishReplicate(): number {
    const { f, values, row, Y, NP, ramps, slotYears, fast, slotsPerGroup } = this;
    for (let q = 0; q < 2 * slotsPerGroup; q++) ramps.yearly(q, slotYears, q * Y);
    let personYears = 0;
    for (let g = 0; g < 2; g++) {
      const s0 = g * slotsPerGroup;
      const onsetAt = (s0 + 2 * NP) * Y,
        deathAt = (s0 + 2 * NP + 1) * Y;
      for (let y = 0; y < Y; y++) personYears += slotYears[deathAt + y] - slotYears[onsetAt + y];
      for (let p = 0; p < f.count; p++) {
        const n = f.phases[p];
        const series = this.L.series[g][p];
        const cost = row + series.cost,
          hours = cost + Y;
        for (let k = 0; k < n; k++) {
          const j = f.first[p] + k;
          const ph = row + series.phases[k];
          if (fast[p] === 1) {
            const from = k === 0 ? onsetAt : (s0 + NP + j) * Y,
              to = k === n - 1 ? deathAt : (s0 + NP + j + 1) * Y;
            for (let y = 0; y < Y; y++) values[ph + y] = slotYears[to + y] - slotYears[from + y];
          } else {
            for (let y = 0; y < Y; y++) values[ph + y] = slotYears[(s0 + j) * Y + y];
          }
          const c = f.cost[j],
            h = f.hours[j];
          for (let y = 0; y < Y; y++) {
            values[cost + y] += values[ph + y] * c;
            values[hours + y] += values[ph + y] * h;
          }
        }
      }
    }
    return personYears;
  }
}
