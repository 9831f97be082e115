/** A Monte Carlo figure of the scale-up: mean and the 5th, 50th and 95th percentiles over the replicates. */
export interface SavingsFigure {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

/** What the personas part knows besides its tables: the persona, its pathways' names, the price year and the published totals. */
export interface SavingsContext {
  persona: string;
  /** Share of new cases on the second pathway in the transition (personas.transitionShare, default 1). */
  transitionShare: number;
  /** Pathway id → Norwegian name, in the persona's order (the first is the transition's "from", the second its "to"). */
  names: Record<string, string>;
  /** Price year of the persona's catalogue (null when the catalogue has none). */
  priceYear: number | null;
  /** Published lifetime cost per pathway (kr): the published table's own sum, and with each age once; null without a published table. */
  published: Record<string, { listedNok: number; eachAgeOnceNok: number }> | null;
}

/** The savings story of a run: the persona's three pathways for one person, then the municipality year by year. */
export interface SavingsStory extends SavingsContext {
  /** Pathway ids in the persona's order. */
  pathways: string[];
  /** Lifetime cost and staff hours of one person per pathway (the deterministic timeline, each age once). */
  person: Array<{ pathway: string; costNok: number; staffHours: number; fromAge: number; toAge: number }>;
  /** The transition: persons at the start continue on `from`, new cases get `to`. */
  transition: { from: string; to: string };
  firstYear: number;
  lastYear: number;
  seed: number;
  replicates: number;
  /** Persons with the condition in the first year (average over the year, all phases of the first pathway; Monte Carlo mean). */
  firstYearPersons: number;
  /** Per year: total cost (services + investments, kr) with everybody on each pathway, the transition's net cost against everybody on `from`, and its cumulative sum. */
  years: Array<{ year: number; cost: Record<string, SavingsFigure>; net: SavingsFigure; cumulative: SavingsFigure }>;
  /** First year the transition's cumulative net cost is at or below 0 (lastYear + 1 when not reached). */
  breakEven: SavingsFigure;
}

/** One headline row of the savings story for the council summary: key, Norwegian label, value and unit. */
export interface SavingsSummaryRow {
  key: string;
  label: string;
  value: number;
  unit: string;
}

/** The pathway's name in running text ("normalforløp"), from its display name. */
function lower(name: string): string {
  return name.charAt(0).toLocaleLowerCase("nb") + name.slice(1);
}

/**
 * The headline rows of the savings story for the council summary (additive rows after the
 * housing rows): the yearly cost in the last year with everybody on each pathway, the
 * transition's net cost that year and cumulated from the first year (negative = saved), all
 * Monte Carlo means in mill. kr rounded to 0.1, and the median break-even year.
 */
export function savingsSummaryRows(s: SavingsStory): SavingsSummaryRow[] {
  const last = s.years[s.years.length - 1];
  const unit = `mill. ${s.priceYear ?? ""}-kr`.replace(" -kr", " kr");
  const mill = (x: number) => Math.round(x / 1e5) / 10;
  const to = lower(s.names[s.transition.to]);
  return [
    ...s.pathways.map((p) => ({
      key: `savings_cost_${p}`,
      label: `${s.persona}-forløpene i kommunen: årlig kostnad i ${s.lastYear}, alle på ${lower(s.names[p])}`,
      value: mill(last.cost[p].mean),
      unit,
    })),
    {
      key: "savings_transition_net_cost",
      label: `Overgang (nye tilfeller på ${to}): netto kostnad i ${s.lastYear} (negativ = spart)`,
      value: mill(last.net.mean),
      unit,
    },
    {
      key: "savings_transition_cumulative",
      label: `Overgang: akkumulert netto kostnad ${s.firstYear}–${s.lastYear} (negativ = spart)`,
      value: mill(last.cumulative.mean),
      unit,
    },
    {
      key: "savings_break_even_year",
      label: `Overgang: første år den akkumulerte nettokostnaden er null eller lavere (median)${s.breakEven.p50 > s.lastYear ? `; ikke nådd innen ${s.lastYear}` : ""}`,
      value: s.breakEven.p50,
      unit: "år",
    },
  ];
}

/**
 * The savings story with another share of new cases on the second pathway (what
 * personas.transitionShare gives): the transition's net cost and its cumulative sum scale
 * with the share (new cases on the second pathway are the only difference from everybody on
 * the first); the break-even year is unchanged for a share above 0, and the first year at 0
 * (nothing to recover). Null when the run's share is 0 (nothing to scale from). Figures of
 * everybody on one pathway do not change.
 *
 * @example savingsAtShare(story, 0.5)!.years.at(-1)!.net.mean // half the run's (with the run at share 1)
 */
export function savingsAtShare(s: SavingsStory, share: number): SavingsStory | null {
  if (s.transitionShare === 0) return null;
  const k = share / s.transitionShare;
  const scale = (f: SavingsFigure): SavingsFigure => (k >= 0 ? { mean: f.mean * k, p5: f.p5 * k, p50: f.p50 * k, p95: f.p95 * k } : f);
  const first = s.firstYear;
  return {
    ...s,
    transitionShare: share,
    years: s.years.map((y) => ({ ...y, net: scale(y.net), cumulative: scale(y.cumulative) })),
    breakEven: share === 0 ? { mean: first, p5: first, p50: first, p95: first } : s.breakEven,
  };
}
