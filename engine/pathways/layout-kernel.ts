import type { LognormalFactorTable } from "../random/lognormal-table";
import { zFromU } from "./draw";
import type { FlatPathways } from "./flat";

/**
 * Adds a batch of persons to the ramp sums (see RampSums) and their investments to a row:
 * persons 0…nb−1 with onset[i], death[i] (calendar years) and uniforms U[i × W …] (the
 * phase draws of phase index k at U[i × W + drawsAt + 2k]); with `factorsGiven` (see
 * KernelTargets) E holds, at the same places, the log-normal factors e^(σ Φ⁻¹(u)) of those
 * uniforms for the common σ (LognormalFactorTable.at, computed before the kernel), else E
 * is not read. `slots` is the index in `sums`
 * of the group's first slot (cell 0), `inv` the index in `values` that investment offsets
 * count from.
 */
export type LayoutKernel = (
  sums: Float64Array,
  values: Float64Array,
  onset: Float64Array,
  death: Float64Array,
  U: Float64Array,
  E: Float64Array,
  nb: number,
  slots: number,
  inv: number,
) => void;

/** What a kernel reads and where it writes: uniforms, ramp slots (numbered within a group) and investment series. */
export interface KernelTargets {
  /** Uniforms per person (W) and where the phase draws start among them. */
  uniforms: number;
  drawsAt: number;
  /** e^(σ Φ⁻¹(u)) for the common σ (inlined: the table's central cells, its `tail` outside them). */
  lognormal: LognormalFactorTable;
  /** Read the factors from E instead of computing them (the same numbers: table.at of the same uniforms). */
  factorsGiven?: boolean;
  /** 1 January of the first year, and the number of years. */
  t0: number;
  years: number;
  /** RampSums geometry: numbers per slot (2 × width), padding cells, RampSums.top. */
  slotSize: number;
  pad: number;
  top: number;
  onsetSlot: number;
  deathSlot: number;
  /** Slot of the boundary at the start of flat phase j (k ≥ 1) of a fast pathway. */
  boundarySlot: (j: number) => number;
  /** Offset from `inv` of pathway p's investment series (one value per year). */
  investmentOffset: (p: number) => number;
}

/** The compiled function: a LayoutKernel that also takes the model's numbers. */
type Kernel = (...a: [...Parameters<LayoutKernel>, FlatPathways]) => void;
type Factory = (coef: Float64Array, ln: LognormalFactorTable, zq: (u: number) => number) => Kernel;
/**
 * Compiled kernels by σ of the table and source. The table is in the kernel's closure (which
 * keeps the JIT from inlining its rarely used tail into the kernel); tables of the same σ
 * and cells are alike. The source holds the model's structure only (phases, which σ each
 * has, slots, offsets), not its numbers, so that models that differ in numbers (the
 * uncertainty run's parameter sets) share one compiled kernel. The last few are kept.
 */
const kernels = new Map<string, Kernel>();
const KEEP = 16;

/**
 * The fast layout of every pathway with `fast[p]` = 1 (scaled timing, every phase happens)
 * compiled to straight-line JavaScript: each person's onset and death ramps, then per fast
 * pathway its phases' drawn lengths nominal × e^(σ Φ⁻¹(u)) (the look-up of
 * LognormalFactorTable written out for the common σ), their running sums, and one ramp per
 * boundary between phases at onset + running sum × (death − onset) ÷ total (the arithmetic
 * of layoutPhases, up to rounding); then every pathway's investments at onset + atYears,
 * counted when the person is alive then and the time falls in the years. The structure and
 * the row offsets are constants in the code, and nothing loops inside a person, which the
 * JIT turns into code several times faster than the same loops over typed arrays; the
 * model's numbers are read from `f`.
 */
export function compileLayoutKernel(f: FlatPathways, fast: Uint8Array, t: KernelTargets): LayoutKernel {
  const key = `// σ ${t.lognormal.sigma}, ${t.lognormal.cells} cells\n${kernelSource(f, fast, t)}`;
  let kernel = kernels.get(key);
  if (!kernel) {
    const make = new Function("coef", "ln", "zq", key) as Factory;
    if (kernels.size >= KEEP) kernels.delete(kernels.keys().next().value as string);
    kernel = make(t.lognormal.coef, t.lognormal, zFromU);
    kernels.set(key, kernel);
  }
  const k = kernel;
  return (sums, values, onset, death, U, E, nb, slots, inv) => k(sums, values, onset, death, U, E, nb, slots, inv, f);
}

/** A number as a JavaScript literal that reads back exactly (finite numbers only). */
function lit(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`compileLayoutKernel requires finite numbers, got ${x}`);
  return `(${x})`;
}

/** The source of the kernel's factory (exported for tests and for reading). */
export function kernelSource(f: FlatPathways, fast: Uint8Array, t: KernelTargets): string {
  const ln = t.lognormal;
  const out: string[] = [];
  out.push('"use strict";', "return function (sums, values, onset, death, U, E, nb, slots, inv, f) {");
  out.push("  const nominal = f.nominal, sigma = f.sigma, invAt = f.invAt, invAmount = f.invAmount;", "  let x = 0, p = 0, c = 0, o = 0, u = 0;");
  // The model's numbers, read once per batch.
  for (let q = 0; q < f.count; q++) {
    if (fast[q] !== 1) continue;
    for (let k = 0; k < f.phases[q]; k++) {
      const j = f.first[q] + k;
      if (f.sigma[j] !== ln.sigma && f.sigma[j] !== 0) out.push(`  const sg${j} = sigma[${j}];`);
    }
  }
  for (let v = 0; v < f.invAt.length; v++) out.push(`  const ia${v} = invAt[${v}], iv${v} = invAmount[${v}];`);
  out.push("  for (let i = 0; i < nb; i++) {");
  out.push(`    const on = onset[i], off = death[i], x0 = on - ${lit(t.t0)}, xd = off - ${lit(t.t0)}, iu = i * ${t.uniforms} + ${t.drawsAt};`);
  // The ramps: onset, death, and the boundaries between phases (times from the first year).
  const ramps: Array<{ slot: number; x: string }> = [
    { slot: t.onsetSlot, x: "x0" },
    { slot: t.deathSlot, x: "xd" },
  ];
  const factors = new Set<number>();
  for (let q = 0; q < f.count; q++) {
    if (fast[q] !== 1) continue;
    const at = f.first[q],
      n = f.phases[q];
    for (let k = 0; k < n; k++) {
      const j = at + k,
        s = f.sigma[j];
      let d = `nominal[${j}]`;
      if (s === ln.sigma && s !== 0) {
        if (!factors.has(k)) {
          factors.add(k);
          if (t.factorsGiven) {
            // LognormalFactorTable.at(U[iu + 2k]), computed before the kernel (once per uniform when the uniforms are recorded).
            out.push(`    const e${k} = E[iu + ${2 * k}];`);
          } else {
            // LognormalFactorTable.at written out: a cubic on the cell in the central region, the direct tail outside it.
            out.push(
              `    let e${k} = 1; u = U[iu + ${2 * k}];`,
              `    if (u >= ${lit(ln.uLo)} && u < ${lit(ln.uHi)}) {`,
              `      x = u * ${ln.cells}; c = x | 0; p = x - c; o = 4 * c;`,
              `      e${k} = coef[o] + p * (coef[o + 1] + p * (coef[o + 2] + p * coef[o + 3]));`,
              `    } else e${k} = ln.tail(u);`,
            );
          }
        }
        d += ` * e${k}`;
      } else if (s !== 0) {
        d += ` * Math.exp(sg${j} * zq(U[iu + ${2 * k}]))`;
      }
      out.push(`    const s${q}_${k} = ${k === 0 ? d : `s${q}_${k - 1} + ${d}`};`);
    }
    out.push(`    const g${q} = s${q}_${n - 1} > 0 ? (off - on) / s${q}_${n - 1} : 0;`);
    for (let k = 0; k < n - 1; k++) {
      out.push(`    const b${q}_${k} = x0 + s${q}_${k} * g${q};`);
      ramps.push({ slot: t.boundarySlot(at + k + 1), x: `b${q}_${k}` });
    }
  }
  // Every boundary lies between onset and death: when both are inside the padded years, no ramp needs moving to the edge.
  const add = (x: string, slot: number) => `p = ${x} + ${lit(t.pad)}; c = p | 0; o = slots + ${slot * t.slotSize} + 2 * c; sums[o] += 1; sums[o + 1] += p - c;`;
  out.push(`    if (x0 > ${lit(-t.pad)} && xd < ${lit(t.top - 1)}) {`);
  for (const r of ramps) out.push(`      ${add(r.x, r.slot)}`);
  out.push("    } else {");
  for (const r of ramps)
    out.push(`      x = ${r.x} > ${lit(-t.pad)} ? ${r.x} : ${lit(-t.pad)}; x = x < ${lit(t.top)} ? x : ${lit(t.top)}; ${add("x", r.slot)}`);
  out.push("    }");
  for (let v = 0; v < f.invAt.length; v++) {
    out.push(
      `    x = on + ia${v};`,
      `    if (x < off && x < ${lit(t.t0 + t.years)} && x >= ${lit(t.t0)}) values[inv + ${t.investmentOffset(f.invPathway[v])} + Math.floor(x - ${lit(t.t0)})] += iv${v};`,
    );
  }
  out.push("  }", "};");
  return out.join("\n");
}
