import type { MethodFigure } from "../pathways/published-scale-up";
import type { ColumnTable } from "../table/arquero";
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

/**
 * The Norwegian label of a scale-up method figure key; `names` (pathway id → name, in the
 * persona's order, the first the reference) puts the pathways' names in it.
 *
 * @example methodFigureLabel("steady_saving_proactive", { normal: "Normalforløp", proactive: "Proaktivt forløp" }) // "Årlig besparelse, alle på proaktivt forløp mot normalforløp (mill. kr)"
 */
export function methodFigureLabel(key: string, names: Record<string, string> = {}): string {
  if (LABELS[key]) return LABELS[key];
  const ids = Object.keys(names);
  const name = (id: string) => (names[id] ? names[id].charAt(0).toLowerCase() + names[id].slice(1) : id);
  const ref = ids.length ? name(ids[0]) : "første forløp";
  let m = /^steady_saving_(.+)$/.exec(key);
  if (m) return `Årlig besparelse, alle på ${name(m[1])} mot ${ref} (mill. kr)`;
  m = /^steady_extra_(.+)$/.exec(key);
  if (m) return `Årlig merkostnad, alle på ${name(m[1])} mot ${ref} (mill. kr)`;
  m = /^transition_net_cost_year_(\d+)$/.exec(key);
  if (m) return `Overgang: netto merkostnad år ${m[1]} (mill. kr)`;
  return key;
}

/** A figure as Norwegian text: money with one decimal, persons and years as they are. */
export function formatMethodFigure(f: MethodFigure): string {
  if (f.unit === "mill. kr") return formatNumber(f.value, 1);
  return formatNumber(f.value, Number.isInteger(f.value) ? 0 : 2);
}

/** A row of the run's table `oppskalering-metoder`. */
interface MethodRow {
  method: string;
  key: string;
  value: number;
  unit: string;
  selected: string;
}

/**
 * The report's section on the dementia scale-up: the figures of the method the scenario
 * selects (named in the heading), the other method beside it, and why they differ. Rows:
 * everybody on the second and third pathway against the first, the transition's first four
 * years and its tenth, the first year with a yearly saving. Empty without the table.
 * `heading` h3 when it is a part of the savings section.
 */
export function scaleUpMethodsHtml(
  t: ColumnTable | undefined,
  targetYear: number,
  html: { table: (h: string[], r: string[][], c: string) => string; escape: (s: string) => string },
  names: Record<string, string> = {},
  heading: "h2" | "h3" = "h2",
): string[] {
  if (!t || t.numRows() === 0) return [];
  const figures = t.objects() as MethodRow[];
  const byKey = new Map(figures.map((r) => [`${r.method}|${r.key}`, r]));
  const get = (method: string, key: string) => {
    const r = byKey.get(`${method}|${key}`);
    return r ? { key, value: Number(r.value), unit: String(r.unit) } : null;
  };
  const selected = (figures.find((r) => r.selected === "ja")?.method ?? "cohort") as "cohort" | "published";
  const other = selected === "cohort" ? "published" : "cohort";
  const keys = [...new Set(figures.map((r) => r.key))].filter(
    (k) => /^steady_(saving|extra)_/.test(k) || /^transition_net_cost_year_([1-4]|10)$/.test(k) || k === "first_yearly_saving_year" || k === "persons",
  );
  const wanted = keys.filter((k) => {
    const v = get(selected, k) ?? get(other, k);
    return !(k.startsWith("steady_extra_") && v !== null && v.value < 0) && !(k.startsWith("steady_saving_") && v !== null && v.value < 0);
  });
  const cell = (m: string, k: string) => {
    const f = get(m, k);
    return f ? formatMethodFigure(f) : "";
  };
  const rows = wanted.map((k) => [methodFigureLabel(k, names), cell(selected, k), cell(other, k)]);
  const pub = (k: string) => get("published", k)?.value ?? 0;
  const to = keys.find((k) => k.startsWith("steady_saving_"))?.slice("steady_saving_".length) ?? "";
  const sentence = scaleUpMethodsDiffer({
    steadySaving: pub(`steady_saving_${to}`) * 1e6,
    transitionSteadySaving: -pub("transition_steady_net_cost") * 1e6,
    rows: pub("table_rows"),
    newCasesPerYear: pub("new_cases_per_year"),
  });
  return [
    `<${heading}>Oppskalering av personaforløpet (metode: ${html.escape(SCALE_UP_METHOD_NAMES[selected])})</${heading}>`,
    html.table(
      ["", `${SCALE_UP_METHOD_NAMES[selected]} (vist)`, SCALE_UP_METHOD_NAMES[other]],
      rows,
      `Oppskalering til kommunen, mill. kr per år (kohortsimuleringen: alle på ett forløp i ${targetYear}; den publiserte regelen: stabil tilstand)`,
    ),
    `<p>${html.escape(sentence)} Tabellen oppskalering-metoder har alle tallene fra begge metodene.</p>`,
  ];
}
