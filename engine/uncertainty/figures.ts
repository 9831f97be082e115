import { COUNCIL_SUMMARY_KEYS } from "../housing/council-summary";

/** The scale-up's figures: the transition's yearly saving in the target year and its break-even year (with a personas part). */
export const PATHWAY_FIGURE_KEYS = ["scaleup_saving_target_year", "scaleup_break_even_year"] as const;

/** Figures a replicate reports: the council summary's keys, the coverage totals of alternativ 0 and the scale-up's figures. */
export const FIGURE_KEYS = [...COUNCIL_SUMMARY_KEYS, "coverage_arsverk_today", "coverage_cost_today", ...PATHWAY_FIGURE_KEYS] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The figures a setup computes: the scale-up's only with a persona. */
export function figureKeys(setup: { pathways: unknown }): FigureKey[] {
  return FIGURE_KEYS.filter((k) => setup.pathways || !(PATHWAY_FIGURE_KEYS as readonly string[]).includes(k));
}

/** Norwegian labels and units of the two coverage figures (the council summary has its own). */
export const COVERAGE_FIGURES: Record<"coverage_arsverk_today" | "coverage_cost_today", { label: string; unit: string }> = {
  coverage_arsverk_today: { label: "Årsverk i tjenestene i målåret med dagens dekningsgrader", unit: "årsverk" },
  coverage_cost_today: { label: "Kostnad i tjenestene i målåret med dagens dekningsgrader", unit: "mill. kr" },
};
