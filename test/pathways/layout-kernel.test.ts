import { describe, expect, it } from "vitest";
import { flattenPathways } from "../../engine/pathways/flat";
import { kernelSource, type KernelTargets } from "../../engine/pathways/layout-kernel";
import type { Pathway } from "../../engine/pathways/model";
import { LognormalFactorTable } from "../../engine/random/lognormal-table";

const phase = (id: string, years: number, cost: number, sigma: number) => ({
  id,
  name: id,
  startAge: 0,
  endAge: years,
  annualCostNok: cost,
  annualStaffHours: 1,
  basis: "catalogue" as const,
  source: "",
  staffHoursComplete: true,
  sigma,
  enterProbability: 1,
});
const pathway = (years: number[], cost: number, sigmas: number[], invest: number): Pathway => ({
  id: "p",
  name: "P",
  investments: [{ label: "i", amountNok: invest, atYears: years[0] / 2 }],
  phases: years.map((y, k) => phase(`k${k}`, y, cost * (k + 1), sigmas[k])),
});
const targets: KernelTargets = {
  uniforms: 11,
  drawsAt: 5,
  lognormal: new LognormalFactorTable(0.5),
  t0: 2025,
  years: 16,
  slotSize: 96,
  pad: 16,
  top: 31,
  onsetSlot: 10,
  deathSlot: 11,
  boundarySlot: (j) => 5 + j,
  investmentOffset: () => 40,
};

describe("kernelSource: the compiled layout holds the model's structure, not its numbers", () => {
  it("is the same for models that differ only in lengths, costs and investments (so they share one compiled kernel)", () => {
    const a = flattenPathways([pathway([3, 2, 5], 100, [0.5, 0, 0.5], 50)]);
    const b = flattenPathways([pathway([4.5, 1, 7], 900, [0.5, 0, 0.5], 80)]);
    expect(kernelSource(b, Uint8Array.of(1), targets)).toBe(kernelSource(a, Uint8Array.of(1), targets));
  });
  it("differs when the structure does: which phases vary with the common σ, or which pathways take the fast layout", () => {
    const a = flattenPathways([pathway([3, 2, 5], 100, [0.5, 0, 0.5], 50)]);
    const c = flattenPathways([pathway([3, 2, 5], 100, [0.5, 0.3, 0.5], 50)]);
    expect(kernelSource(c, Uint8Array.of(1), targets)).not.toBe(kernelSource(a, Uint8Array.of(1), targets));
    expect(kernelSource(a, Uint8Array.of(0), targets)).not.toBe(kernelSource(a, Uint8Array.of(1), targets));
  });
});
