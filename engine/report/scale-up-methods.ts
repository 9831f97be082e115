import type { MethodFigure } from "../pathways/published-scale-up";
import { formatNumber } from "./format";

/** The Norwegian name of a scale-up method. */
export const SCALE_UP_METHOD_NAMES: Record<"cohort" | "published", string> = {
  cohort: "kohortsimulering",
  published: "konsulentenes regel (publisert metode)",
};

/**
 * Why the two methods give different figures, in Norwegian (the report and `trappa pathways
 * --method published` print it). With the published figures, the sentence also says how
 * the published steady state compares with the long run of its own transition.
 */
export function scaleUpMethodsDiffer(p?: { steadySaving: number; transitionSteadySaving: number; rows: number; newCasesPerYear: number }): string {
  let s =
    "Metodene skiller seg fordi konsulentenes regel lar alle personene gå hele forløpet fra start til død og fordeler " +
    "livstidsforskjellen jevnt over et fast antall år (stabil tilstand), og lar nye tilfeller gå radene i forløpstabellen " +
    "ett år om gangen uten død underveis, mens kohortsimuleringen starter med personene fordelt på forløpets faser etter alder, " +
    "trekker nye tilfeller fra insidens × befolkningsframskrivingen, lar dem dø etter dødelighetstabellen og regner " +
    "engangsinvesteringen med.";
  if (p && p.transitionSteadySaving !== 0) {
    s +=
      ` Den publiserte regelens stabile tilstand (${formatNumber(p.steadySaving / 1e6, 1)} mill. kr i året) er ` +
      `${formatNumber(p.steadySaving / p.transitionSteadySaving, 2)} ganger det dens egen overgang når etter ${formatNumber(p.rows)} år ` +
      `med ${formatNumber(p.newCasesPerYear, 1)} nye tilfeller i året (${formatNumber(p.transitionSteadySaving / 1e6, 1)} mill. kr).`;
  }
  return s;
}

const LABELS: Record<string, string> = {
  first_yearly_saving_year: "Første år med årlig besparelse (år fra start)",
  transition_steady_net_cost: "Overgangens netto merkostnad når alle rader er gått (mill. kr per år)",
  persons: "Personer med tilstanden",
  spread_years: "År livstidsforskjellen fordeles over",
  new_cases_per_year: "Nye tilfeller per år i overgangen",
  table_rows: "Rader i tabellen",
};

/** The Norwegian label of a scale-up method figure key. */
export function methodFigureLabel(key: string): string {
  if (LABELS[key]) return LABELS[key];
  let m = /^steady_saving_(.+)$/.exec(key);
  if (m) return `Årlig besparelse, alle på ${m[1]} mot første forløp (mill. kr)`;
  m = /^steady_extra_(.+)$/.exec(key);
  if (m) return `Årlig merkostnad, alle på ${m[1]} mot første forløp (mill. kr)`;
  m = /^transition_net_cost_year_(\d+)$/.exec(key);
  if (m) return `Overgang: netto merkostnad år ${m[1]} (mill. kr)`;
  return key;
}

/** A figure as Norwegian text: money with one decimal, persons and years as they are. */
export function formatMethodFigure(f: MethodFigure): string {
  if (f.unit === "mill. kr") return formatNumber(f.value, 1);
  return formatNumber(f.value, Number.isInteger(f.value) ? 0 : 2);
}
