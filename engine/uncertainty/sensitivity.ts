import { sumNthPowerDeviations } from "simple-statistics";
import { InputError } from "../errors";
import { mean } from "../stats/moments";
import { centralParameters, residentsBehind, type ParameterSet } from "./draws";
import { evaluate } from "./evaluate";
import { FIGURE_KEYS, figureKeys, type FigureKey } from "./figures";
import { betaQuantiles, intervalBounds, rateBounds, type Interval } from "./parameters";
import type { PathwayFactors } from "./pathway-figures";
import { constantDeviations, inputBounds, type PopulationDeviations } from "./population";
import type { UncertaintyResult } from "./result";
import { centralZ } from "./sampling";
import type { UncertaintySetup } from "./setup";

/** One uncertain input as the sensitivity analysis sees it. */
export interface SensitivityInput {
  id: string;
  /** Norwegian label. */
  label: string;
  /** Unit of the shown low and high value. */
  unit: string;
  /** Shown values at the input's low and high (the (1 ∓ level)/2 quantiles), and central. */
  low: number;
  central: number;
  high: number;
  /** The central parameter set with this input at its low (side −1) or high (+1) value. */
  at(side: -1 | 1): ParameterSet;
  /** The input's scalar summary in a drawn parameter set (for the variance-based indices). */
  scalar(p: ParameterSet): number;
}

/** The mean of a summary's values; a service or step without values has the constant summary 0. */
const meanOrZero = (xs: number[]): number => (xs.length === 0 ? 0 : mean(xs));

const POPULATION: Array<{ key: keyof PopulationDeviations; label: string; unit: string }> = [
  { key: "fertility", label: "Fruktbarhet (SFT)", unit: "barn per kvinne" },
  { key: "lifeExpectancy", label: "Levealder (e0, menn)", unit: "år" },
  { key: "immigration", label: "Nettoinnvandring (landet)", unit: "personer" },
  { key: "internalMigration", label: "Innenlands flytting (faktor)", unit: "faktor" },
];

/**
 * The uncertain inputs of a prepared scenario: the four population components (whose
 * spread is above 0), unit cost and årsverk per unit per id, coverage rates per service,
 * today's share on each housing step but the first (which absorbs the change), and the
 * declared alternative-profile intervals. Low and high are the (1 ∓ level)/2 quantiles of
 * each input's distribution (P10 and P90 at 80 %): SSB's L and H paths for the population.
 */
export function sensitivityInputs(setup: UncertaintySetup): SensitivityInput[] {
  const s = setup.settings;
  const level = s.level;
  const central = centralParameters(setup);
  const n = setup.population.endYear - setup.baseYear + 1;
  const t = setup.targetYear - setup.baseYear;
  const upTo = Math.min(t, n - 1);
  const b = inputBounds(setup.population);
  const z = centralZ(level);
  const out: SensitivityInput[] = [];
  const u = s.population;
  const spreadOf = (k: keyof PopulationDeviations) => (k === "internalMigration" ? u.internalMigration.relativeSpread : u[k].spread);
  for (const c of POPULATION) {
    if (!(spreadOf(c.key) > 0)) continue;
    const show = (side: number) => {
      if (c.key === "fertility") return b.tfr[t][side === 0 ? 0 : side < 0 ? 1 : 2];
      if (c.key === "lifeExpectancy") return b.e0Male[t][side === 0 ? 0 : side < 0 ? 1 : 2];
      if (c.key === "immigration") return b.immigration[t][side === 0 ? 0 : side < 0 ? 1 : 2];
      return b.internal * Math.max(0, 1 + u.internalMigration.relativeSpread * side);
    };
    out.push({
      id: `population.${c.key}`,
      label: c.label,
      unit: c.unit,
      low: show(-1),
      central: show(0),
      high: show(1),
      at: (side) => ({ ...central, deviations: { ...constantDeviations(n, {}), [c.key]: new Float64Array(n).fill(side * z) } }),
      scalar: (p) => meanOrZero(Array.from(p.deviations[c.key].subarray(0, upTo + 1))),
    });
  }
  const scalarInputs = (kind: "unitCosts" | "arsverkPerUnit", label: string, unit: string) => {
    for (const [id, i] of Object.entries(s[kind])) {
      const [lo, hi] = intervalBounds(i, level);
      out.push({
        id: `${kind === "unitCosts" ? "unitCost" : "arsverk"}.${id}`,
        label: `${label}: ${id}`,
        unit,
        low: lo,
        central: i.central,
        high: hi,
        at: (side) => ({ ...central, [kind]: { ...central[kind], [id]: side < 0 ? lo : hi } }),
        scalar: (p) => p[kind][id],
      });
    }
  };
  scalarInputs("unitCosts", "Kostnad per enhet", "kr");
  scalarInputs("arsverkPerUnit", "Årsverk per enhet", "årsverk");
  if (!s.coverageRates.off) {
    for (const [id, bands] of Object.entries(setup.rates)) {
      const entries = Object.entries(bands);
      const n = (band: string) => residentsBehind(setup, id, band);
      const bnd = entries.map(([band, r]) => rateBounds(r, n(band), level));
      const factor = (side: -1 | 1) => meanOrZero(entries.map(([, r], k) => (r > 0 ? bnd[k][side < 0 ? 0 : 1] / r : 1)));
      out.push({
        id: `rate.${id}`,
        label: `Dekningsgrad: ${id}`,
        unit: "faktor",
        low: factor(-1),
        central: 1,
        high: factor(1),
        at: (side) => ({
          ...central,
          coverageRates: { ...central.coverageRates, [id]: Object.fromEntries(entries.map(([band], k) => [band, bnd[k][side < 0 ? 0 : 1]])) },
        }),
        scalar: (p) => meanOrZero(entries.filter(([, r]) => r > 0).map(([band, r]) => p.coverageRates[id][band] / r)),
      });
    }
  }
  const h = setup.scenario!.housing!;
  if (!s.profileShares.off) {
    const steps = h.steps.map((x) => x.id);
    const first = steps[0];
    for (const step of steps.slice(1)) {
      const bands = Object.entries(h.profiles.today).filter(([, sh]) => (sh[step] ?? 0) > 0);
      if (bands.length === 0) continue;
      const q = bands.map(([band, sh]) => {
        const nb = s.profileShares.sampleSize ?? setup.baseResidents[band];
        const a0 = steps.length * 0.5 + nb;
        const a = (sh[step] ?? 0) * nb + 0.5;
        return betaQuantiles(a, a0 - a, [(1 - level) / 2, (1 + level) / 2]);
      });
      const profileAt = (side: -1 | 1) => {
        const prof: Record<string, Record<string, number>> = {};
        for (const [band, sh] of Object.entries(h.profiles.today)) prof[band] = { ...sh };
        bands.forEach(([band, sh], k) => {
          const v = q[k][side < 0 ? 0 : 1];
          prof[band][first] = Math.max(0, (sh[first] ?? 0) - (v - (sh[step] ?? 0)));
          prof[band][step] = v;
        });
        return prof;
      };
      const factor = (side: -1 | 1) => meanOrZero(bands.map(([, sh], k) => q[k][side < 0 ? 0 : 1] / sh[step]));
      out.push({
        id: `share.${step}`,
        label: `Andel på trinnet i dag: ${step}`,
        unit: "faktor",
        low: factor(-1),
        central: 1,
        high: factor(1),
        at: (side) => ({ ...central, todayProfile: profileAt(side) }),
        scalar: (p) => (p.todayProfile ? meanOrZero(bands.map(([band, sh]) => p.todayProfile![band][step] / sh[step])) : 1),
      });
    }
  }
  out.push(...pathwayInputs(setup, central));
  s.alternativeShares.forEach((a, k) => {
    const [lo, hi] = intervalBounds(a, level);
    out.push({
      id: `alternativeShare.${k}`,
      label: `Andel i alternativ profil: ${a.step} ${a.band}`,
      unit: "andel",
      low: lo,
      central: a.central,
      high: hi,
      at: (side) => ({ ...central, alternativeShares: central.alternativeShares.map((v, j) => (j === k ? (side < 0 ? lo : hi) : v)) }),
      scalar: (p) => p.alternativeShares[k],
    });
  });
  return out;
}

/**
 * The scale-up's inputs (with a persona whose uncertainty is on): prevalence, incidence 70+
 * and median survival after diagnosis shown in their own units, the phases' prices and
 * lengths as factors.
 */
function pathwayInputs(setup: UncertaintySetup, central: ParameterSet): SensitivityInput[] {
  const ps = setup.pathways;
  if (!ps || ps.settings.off || !central.pathways) return [];
  const s = ps.settings;
  const c = central.pathways;
  const level = setup.settings.level;
  const out: SensitivityInput[] = [];
  const add = (
    id: string,
    label: string,
    unit: string,
    scale: number,
    i: Interval,
    set: (f: PathwayFactors, v: number) => PathwayFactors,
    get: (f: PathwayFactors) => number,
  ) => {
    const [lo, hi] = intervalBounds(i, level);
    out.push({
      id,
      label,
      unit,
      low: lo * scale,
      central: scale,
      high: hi * scale,
      at: (side) => ({ ...central, pathways: set(c, side < 0 ? lo : hi) }),
      scalar: (p) => (p.pathways ? get(p.pathways) : 1),
    });
  };
  add(
    "pathway.prevalence",
    "Demens: forekomst 70+",
    "andel",
    s.base.prevalence70plus,
    s.prevalence,
    (f, v) => ({ ...f, prevalence: v }),
    (f) => f.prevalence,
  );
  add(
    "pathway.incidence",
    "Demens: nye tilfeller 70+",
    "per 1 000 personår",
    1000 * s.base.incidence70plus,
    s.incidence,
    (f, v) => ({ ...f, incidence: v }),
    (f) => f.incidence,
  );
  add(
    "pathway.survival",
    "Demens: median levetid etter diagnose (menn)",
    "år",
    s.base.survivalMedianYears.male,
    s.survival,
    (f, v) => ({ ...f, survival: v }),
    (f) => f.survival,
  );
  for (const [id, i] of Object.entries(s.prices)) {
    add(
      `pathway.price.${id}`,
      `Kostnad per år i fasen «${id}»`,
      "faktor",
      1,
      i,
      (f, v) => ({ ...f, prices: { ...f.prices, [id]: v } }),
      (f) => f.prices[id],
    );
  }
  for (const [id, i] of Object.entries(s.durations)) {
    add(
      `pathway.duration.${id}`,
      `Varighet av fasen «${id}»`,
      "faktor",
      1,
      i,
      (f, v) => ({ ...f, durations: { ...f.durations, [id]: v } }),
      (f) => f.durations[id],
    );
  }
  return out;
}

/** Checks a figure key against the keys a setup computes (default all), listing the valid ones. */
export function checkTarget(target: string, keys: readonly FigureKey[] = FIGURE_KEYS): FigureKey {
  if (!(keys as readonly string[]).includes(target)) {
    throw new InputError(
      `--target: expected one of the council summary keys, coverage figures or scale-up figures (${keys.join(", ")}), got ${JSON.stringify(target)}`,
    );
  }
  return target as FigureKey;
}

/** One bar of a tornado. */
export interface TornadoRow {
  id: string;
  label: string;
  unit: string;
  low: number;
  high: number;
  /** The target figure with the input at its low and at its high value, the others central. */
  figureLow: number;
  figureHigh: number;
  /** |figureHigh − figureLow|. */
  swing: number;
}

/** A tornado: the central figure and one row per input, largest swing first. */
export interface Tornado {
  target: FigureKey;
  central: number;
  level: number;
  rows: TornadoRow[];
}

/**
 * One-at-a-time sensitivity: each input at its low and its high value (the (1 ∓ level)/2
 * quantiles) with every other input central (the scenario's values; population on the
 * chosen alternative), the target figure at each, and the swing. 2 runs per input.
 *
 * @example tornado(setup, "cost_reduction_alt_profile").rows[0] // the input that moves it most
 */
export function tornado(setup: UncertaintySetup, target: string, inputs = sensitivityInputs(setup)): Tornado {
  const key = checkTarget(target, figureKeys(setup));
  const central = evaluate(setup, centralParameters(setup))[key];
  const rows = inputs.map((i) => {
    const lo = evaluate(setup, i.at(-1))[key];
    const hi = evaluate(setup, i.at(1))[key];
    return { id: i.id, label: i.label, unit: i.unit, low: i.low, high: i.high, figureLow: lo, figureHigh: hi, swing: Math.abs(hi - lo) };
  });
  rows.sort((a, b) => b.swing - a.swing);
  return { target: key, central, level: setup.settings.level, rows };
}

/**
 * A first-order sensitivity index by binning (the correlation ratio with an ω² correction):
 * the replicates are sorted by x and cut into `bins` groups of (nearly) equal size; with
 * SS_between and SS_within of y over the groups and MS_within = SS_within / (n − bins),
 * S = (SS_between − (bins − 1) MS_within) / (SS_total + MS_within), floored at 0. It
 * estimates Var(E[Y | X]) / Var(Y); the correction removes most of the positive bias
 * of plain binning with few replicates per bin.
 *
 * @example firstOrderIndex(x, y, 10) // ≈ 0.2 for y = x₁ + 2x₂ and x = x₁ (normal inputs)
 */
export function firstOrderIndex(x: ArrayLike<number>, y: ArrayLike<number>, bins = 10): number {
  const n = x.length;
  if (n !== y.length) throw new Error(`firstOrderIndex requires x and y of the same length, got ${n} and ${y.length}`);
  if (!(bins >= 2 && n >= 2 * bins)) throw new Error(`firstOrderIndex requires at least 2 bins and 2 values per bin, got ${bins} bins for ${n} values`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
  const ys = Array.from(y);
  const grand = mean(ys);
  const ssTotal = sumNthPowerDeviations(ys, 2);
  if (ssTotal === 0) return 0;
  let ssBetween = 0;
  let ssWithin = 0;
  for (let b = 0; b < bins; b++) {
    const bin = order.slice(Math.floor((b * n) / bins), Math.floor(((b + 1) * n) / bins)).map((k) => y[k]);
    ssBetween += bin.length * (mean(bin) - grand) ** 2;
    ssWithin += sumNthPowerDeviations(bin, 2);
  }
  const msWithin = ssWithin / (n - bins);
  return Math.max(0, (ssBetween - (bins - 1) * msWithin) / (ssTotal + msWithin));
}

/** First-order index of each input on a target figure, from a run's replicates (bins: ⌊√n⌋, at most 20). */
export function firstOrderIndices(result: UncertaintyResult, inputs: SensitivityInput[], target: string): Array<{ id: string; label: string; index: number }> {
  const key = checkTarget(target, result.keys);
  const y = result.figures[key];
  const bins = Math.min(20, Math.max(2, Math.floor(Math.sqrt(result.replicates))));
  return inputs.map((i) => ({
    id: i.id,
    label: i.label,
    index: firstOrderIndex(
      result.parameters.map((p) => i.scalar(p)),
      y,
      bins,
    ),
  }));
}
