import { FIGURE_KEYS } from "../uncertainty/figures";
import type { ReplicateLayout } from "../uncertainty/layout";
import type { PathwaySetup } from "../uncertainty/pathway-setup";
import { decomposeVariance, type VarianceParts } from "../uncertainty/variance";
import { col, type ResultRow, type ResultTable, resultTable, roundValue } from "./result-table";

/** The persona's scale-up in a run's uncertainty part: percentiles over parameter sets and the variance split. */
export interface ScaleUpUncertainty {
  /** Pathway ids and names of the transition (existing persons stay on `from`, new cases get `to`). */
  from: { id: string; name: string };
  to: { id: string; name: string };
  years: number[];
  /** Mean yearly saving (kroner, total cost incl. investments) per statistic and year, and with every input central. */
  saving: { stats: number[][]; central: number[] };
  /** Mean break-even year per statistic, and central. */
  breakEven: { stats: number[]; central: number };
  /** The target year's saving (kroner) and the break-even year split into parameter uncertainty and person-level variation. */
  decomposition: { saving: VarianceParts; breakEven: VarianceParts };
  personReplicates: number;
  priceYear: number | null;
  /** The published method's percentiles (steady-state saving and transition net cost in kroner, first saving year), and central; null without its block. */
  published: {
    steadySaving: { stats: number[]; central: number };
    firstSavingYear: { stats: number[]; central: number };
    netCost: { stats: number[][]; central: number[] };
  } | null;
}

/**
 * The scale-up of a run's replicate rows (see replicateLayout) summarised: the yearly
 * saving from its block, the break-even year and the within-set variances from the
 * figures block; `at(j)` gives the percentiles of slot j of the row, `values` the N rows,
 * `central` the central row.
 */
export function summariseScaleUp(
  ps: PathwaySetup,
  l: ReplicateLayout,
  values: Float64Array,
  central: Float64Array,
  at: (j: number) => number[],
): ScaleUpUncertainty {
  const n = values.length / l.stride;
  const Y = l.scaleUpYears.length;
  const slot = (j: number) => Float64Array.from({ length: n }, (_, i) => values[i * l.stride + j]);
  const breakEven = l.figuresAt + FIGURE_KEYS.indexOf("scaleup_break_even_year");
  const within = l.figuresAt + FIGURE_KEYS.length;
  const K = ps.settings.personReplicates;
  const name = (id: string) => ({ id, name: ps.persona.pathways.find((p) => p.id === id)?.name ?? id });
  return {
    from: name(ps.transition.from),
    to: name(ps.transition.to),
    years: l.scaleUpYears,
    saving: {
      stats: at(l.scaleUpAt).map((_, k) => l.scaleUpYears.map((_, y) => roundValue(at(l.scaleUpAt + y)[k]))),
      central: l.scaleUpYears.map((_, y) => roundValue(central[l.scaleUpAt + y])),
    },
    breakEven: { stats: at(breakEven).map(roundValue), central: roundValue(central[breakEven]) },
    decomposition: {
      saving: decomposeVariance(slot(l.scaleUpAt + Y - 1), slot(within), K),
      breakEven: decomposeVariance(slot(breakEven), slot(within + 1), K),
    },
    personReplicates: K,
    priceYear: ps.priceYear,
    published:
      l.publishedSlots > 0
        ? {
            steadySaving: { stats: at(l.publishedAt).map(roundValue), central: roundValue(central[l.publishedAt]) },
            firstSavingYear: { stats: at(l.publishedAt + 1).map(roundValue), central: roundValue(central[l.publishedAt + 1]) },
            netCost: {
              stats: at(l.publishedAt).map((_, k) => l.scaleUpYears.map((_, y) => roundValue(at(l.publishedAt + 2 + y)[k]))),
              central: l.scaleUpYears.map((_, y) => roundValue(central[l.publishedAt + 2 + y])),
            },
          }
        : null,
  };
}

/**
 * The table `oppskalering-publisert-usikkerhet`: the published method's percentiles over the
 * parameter sets (persons from the drawn prevalence unless the scenario fixes them, phase
 * prices drawn): the steady-state yearly saving, the transition's net cost in year 1 … n
 * (`year` = the count from the start) and the first year with a yearly saving (n + 1: none).
 */
export function publishedUncertaintyTable(u: ScaleUpUncertainty, statistics: Array<{ id: string }>, seed: number, replicates: number): ResultTable | null {
  const p = u.published;
  if (!p) return null;
  const py = u.priceYear ?? "";
  const tail = [seed, replicates];
  const rows: ResultRow[] = [
    ...statistics.map((s, k) => ["steady_saving_nok", "", s.id, p.steadySaving.stats[k], "kr", py, ...tail]),
    ...u.years.flatMap((_, t) => statistics.map((s, k) => ["transition_net_cost_nok", t + 1, s.id, p.netCost.stats[k][t], "kr", py, ...tail])),
    ...statistics.map((s, k) => ["first_yearly_saving_year", "", s.id, p.firstSavingYear.stats[k], "år", "", ...tail]),
  ];
  return resultTable(
    "oppskalering-publisert-usikkerhet",
    [col("measure"), col("year_count"), col("statistic"), col("value", "value"), col("unit"), col("price_year", "year"), col("seed"), col("replicates")],
    rows,
  );
}

/**
 * The table `oppskalering-usikkerhet`: per year the percentiles of the mean yearly saving of
 * the transition, the percentiles of the mean break-even year, and for the target year's
 * saving and the break-even year the standard deviations from parameter uncertainty
 * (`sd_parametere`, between parameter sets) and from person-level variation (`sd_personer`,
 * within a set: one realisation around its expectation).
 */
export function scaleUpUncertaintyTable(u: ScaleUpUncertainty, statistics: Array<{ id: string }>, seed: number, replicates: number): ResultTable {
  const target = u.years[u.years.length - 1];
  const tail = [seed, replicates, u.personReplicates];
  const money = "kr";
  const sd = (v: VarianceParts) =>
    [
      ["sd_parametere", Math.sqrt(v.between)],
      ["sd_personer", Math.sqrt(v.within)],
    ] as const;
  const rows: ResultRow[] = [
    ...u.years.flatMap((year, t) => statistics.map((s, k) => ["saving_nok", year, s.id, u.saving.stats[k][t], money, u.priceYear ?? "", ...tail])),
    ...sd(u.decomposition.saving).map(([id, v]) => ["saving_nok", target, id, roundValue(v), money, u.priceYear ?? "", ...tail]),
    ...statistics.map((s, k) => ["break_even_year", "", s.id, u.breakEven.stats[k], "år", "", ...tail]),
    ...sd(u.decomposition.breakEven).map(([id, v]) => ["break_even_year", "", id, roundValue(v), "år", "", ...tail]),
  ];
  return resultTable(
    "oppskalering-usikkerhet",
    [
      col("measure"),
      col("year", "year"),
      col("statistic"),
      col("value", "value"),
      col("unit"),
      col("price_year", "year"),
      col("seed"),
      col("replicates"),
      col("person_replicates"),
    ],
    rows,
  );
}
