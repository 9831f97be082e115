import type { BandMatrix } from "../coverage/population";
import { referenceCells, referenceNumbers } from "../coverage/reference";
import { COUNCIL_SUMMARY_KEYS, councilSummary } from "../housing/council-summary";
import { staircaseNumbers, staircaseSums } from "../housing/staircase";
import type { StaircaseSums } from "../housing/types";
import { aggregateBands } from "../population/bands";
import { projectionYear, type Projection } from "../population/project";
import { scaleUpSeries } from "../pathways/scale-up-population";
import { applyParameters, centralParameters, type AppliedParameters, type ParameterSet } from "./draws";
import { COVERAGE_FIGURES, FIGURE_KEYS, type FigureKey } from "./figures";
import { FIGURE_SLOTS, replicateLayout, type ReplicateLayout } from "./layout";
import { writePublishedFigures, pathwayFigures, pathwayModel } from "./pathway-figures";
import { projectDraw } from "./population";
import type { UncertaintySetup } from "./setup";

/** The population of a projection summed to bands, base year to the target year, as the coverage and housing functions read it. */
function residentsOf(setup: UncertaintySetup, projection: Projection): BandMatrix {
  const B = setup.bands.length;
  const Y = setup.targetYear - setup.baseYear + 1;
  const values = new Float64Array(Y * B);
  for (let y = 0; y < Y; y++) values.set(aggregateBands(projectionYear(projection, setup.baseYear + y), setup.bands, "both"), y * B);
  return { firstYear: setup.baseYear, lastYear: setup.targetYear, bands: setup.bands.map((b) => b.label), values };
}

/** The housing staircase of a parameter set on a drawn population: staircaseNumbers and staircaseSums on the setup's plan. */
function staircaseOf(setup: UncertaintySetup, a: AppliedParameters, residents: BandMatrix): StaircaseSums {
  return staircaseSums(setup.housing!, staircaseNumbers(setup.housing!, a.steps, a.profiles, a.normalise), residents);
}

/**
 * One replicate's row (see ReplicateLayout) from its parameter set, by the functions the
 * deterministic run uses: the population drawn (projectDraw) and summed to bands; with
 * housing, the staircase (staircaseNumbers, staircaseSums), the council summary unrounded
 * (the figures) and rounded as printed (so that its rows add up as in the summary table),
 * alternativ 0 of coverage (referenceCells) to the target year, the series; with a
 * persona, its scale-up on the drawn population (scaleUpSeries, buildScaleUpModel and the
 * person-level replicates, pathwayFigures).
 */
export function replicateRow(setup: UncertaintySetup, p: ParameterSet, row?: Float64Array): Float64Array {
  const l = replicateLayout(setup);
  const out = row ?? new Float64Array(l.stride);
  const projection = projectDraw(setup.population, p.deviations);
  const cols = l.columnBands.length;
  l.years.forEach((year, t) => out.set(aggregateBands(projectionYear(projection, year), l.columnBands, "both"), t * cols));
  if (!setup.scenario) return out;
  const residents = residentsOf(setup, projection);
  const a = applyParameters(setup, p);
  const housing = staircaseOf(setup, a, residents);
  const figures = out.subarray(l.figuresAt, l.figuresAt + FIGURE_SLOTS).fill(NaN);
  // The summary's fixed keys only, by key (its investment rows, when a step has one, are not in the replicates).
  const unrounded = councilSummary(housing, { targetYear: setup.targetYear, round: false }).rows;
  COUNCIL_SUMMARY_KEYS.forEach((key, k) => (figures[k] = unrounded.find((r) => r.key === key)!.value));
  const rows = councilSummary(housing, { targetYear: setup.targetYear, round: true }).rows;
  l.summaryKeys.forEach((key, k) => (out[l.summaryAt + k] = rows.find((r) => r.key === key)!.value));
  out.fill(0, l.seriesAt, l.scaleUpAt);
  writeHousingSeries(setup, l, housing, out);
  writeCoverage(setup, l, a, residents, out);
  const ps = setup.pathways;
  const y = FIGURE_KEYS.indexOf("scaleup_saving_target_year");
  figures[FIGURE_KEYS.length] = 0;
  figures[FIGURE_KEYS.length + 1] = 0;
  if (ps && p.pathways) {
    const model = pathwayModel(ps, p.pathways, scaleUpSeries(projection, ps.firstYear, ps.lastYear));
    if (l.publishedSlots > 0) writePublishedFigures(ps, p.pathways, model, out, l.publishedAt, l.scaleUpYears.length);
    const f = pathwayFigures(ps, model);
    out.set(f.saving, l.scaleUpAt);
    figures[y] = f.saving[f.saving.length - 1] / 1e6;
    figures[y + 1] = f.breakEven;
    figures[FIGURE_KEYS.length] = f.withinVariance.saving;
    figures[FIGURE_KEYS.length + 1] = f.withinVariance.breakEven;
  }
  return out;
}

/** The housing series: per profile, year and measure (dwellings, årsverk, cost) the sum over steps in step order. */
function writeHousingSeries(setup: UncertaintySetup, l: ReplicateLayout, h: StaircaseSums, out: Float64Array): void {
  const ny = l.seriesYears.length;
  const S = h.steps.length;
  const Y = h.endYear - h.baseYear + 1;
  for (let pr = 0; pr < 2; pr++) {
    for (let m = 1; m <= 3; m++) {
      const at = l.seriesAt + (pr * 3 + m - 1) * ny;
      for (let y = 0; y < Y; y++) {
        const t = h.baseYear + y - setup.baseYear;
        if (t < 0 || t >= ny) continue;
        let v = 0;
        for (let s = 0; s < S; s++) v += h.sums[((pr * Y + y) * S + s) * 4 + m];
        out[at + t] = v;
      }
    }
  }
}

/** Alternativ 0 of coverage (referenceCells) with the drawn rates, årsverk and cost per unit: its series and the two coverage figures (the target year's årsverk and cost, mill. kr). */
function writeCoverage(setup: UncertaintySetup, l: ReplicateLayout, a: AppliedParameters, residents: BandMatrix, out: Float64Array): void {
  const figures = l.figuresAt;
  const ka = FIGURE_KEYS.indexOf("coverage_arsverk_today");
  out[figures + ka] = 0;
  out[figures + ka + 1] = 0;
  const c = setup.scenario!.coverage;
  if (!c) return;
  const services = a.services;
  const n = referenceNumbers(services, residents.bands, (s, band) => services[s].rates?.[band]);
  const baseYear = c.baseYear ?? setup.baseYear;
  const cells = referenceCells(n, residents, baseYear, setup.targetYear);
  const S = services.length;
  const B = residents.bands.length;
  const ny = l.seriesYears.length;
  const first = l.seriesAt + 6 * ny;
  const all = first + 3 * S * ny;
  let arsverk = 0;
  let cost = 0;
  for (let y = 0; y <= setup.targetYear - baseYear; y++) {
    const t = baseYear + y - setup.baseYear;
    const year = baseYear + y;
    for (let s = 0; s < S; s++) {
      for (let b = 0; b < B; b++) {
        if (n.has[s * B + b] !== 1) continue;
        const o = ((y * S + s) * B + b) * 3;
        const at = first + 3 * s * ny + t;
        out[at] += cells[o];
        out[at + ny] += cells[o + 1];
        out[at + 2 * ny] += cells[o + 2];
        out[all + t] += cells[o + 1];
        out[all + ny + t] += cells[o + 2];
        if (year === setup.targetYear) {
          arsverk += cells[o + 1];
          cost += cells[o + 2] / 1e6;
        }
      }
    }
  }
  out[figures + ka] = arsverk;
  out[figures + ka + 1] = cost;
}

/** The figures of a replicate's row, by key (NaN for one the setup does not compute). */
export function rowFigures(setup: UncertaintySetup, row: Float64Array): Record<FigureKey, number> {
  const at = replicateLayout(setup).figuresAt;
  return Object.fromEntries(FIGURE_KEYS.map((k, j) => [k, row[at + j]])) as Record<FigureKey, number>;
}

/**
 * Runs one parameter set (replicateRow) and returns every figure of FIGURE_KEYS (årsverk,
 * mill. kr of the price year, units, shares as fractions; the council summary unrounded).
 *
 * @example evaluate(setup, centralParameters(setup)).cost_reduction_alt_profile // the deterministic run's figure
 */
export function evaluate(setup: UncertaintySetup, p: ParameterSet): Record<FigureKey, number> {
  return rowFigures(setup, replicateRow(setup, p));
}

/** Norwegian label and unit of every figure (the council summary's own for its keys). */
export function figureInfo(setup: UncertaintySetup): Record<FigureKey, { label: string; unit: string }> {
  const p = centralParameters(setup);
  const summary = councilSummary(staircaseOf(setup, applyParameters(setup, p), residentsOf(setup, projectDraw(setup.population, p.deviations))), {
    targetYear: setup.targetYear,
    round: false,
  });
  const out = { ...COVERAGE_FIGURES, ...pathwayFigureInfo(setup) } as Record<FigureKey, { label: string; unit: string }>;
  for (const r of summary.rows) if ((FIGURE_KEYS as readonly string[]).includes(r.key)) out[r.key as FigureKey] = { label: r.label, unit: r.unit };
  out.coverage_cost_today = { ...COVERAGE_FIGURES.coverage_cost_today, unit: `mill. ${summary.priceYear}-kr` };
  return out;
}

/** Norwegian labels and units of the scale-up's figures. */
function pathwayFigureInfo(setup: UncertaintySetup): Record<"scaleup_saving_target_year" | "scaleup_break_even_year", { label: string; unit: string }> {
  const ps = setup.pathways;
  const name = (id: string) => ps?.persona.pathways.find((x) => x.id === id)?.name ?? id;
  const t = ps ? `${name(ps.transition.to)} for nye tilfeller mot alle i ${name(ps.transition.from).toLowerCase()}` : "overgang";
  return {
    scaleup_saving_target_year: { label: `Årlig innsparing i målåret ved opptrapping (${t})`, unit: ps?.priceYear ? `mill. ${ps.priceYear}-kr` : "mill. kr" },
    scaleup_break_even_year: { label: `Balanseår for opptrappingen (${t}), forventet`, unit: "år" },
  };
}
