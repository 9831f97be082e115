/**
 * Limits for every number a user can give (in a scenario, a data file or an option), so
 * that the arithmetic stays finite: a cost of 1e308 would overflow to Infinity in a sum,
 * a population of 1e300 to Infinity in a projection, a billion replicates would never end.
 * Each limit is far above any real municipality or county (Norway has about 5.6 million
 * residents; the largest municipal budget is under 100 billion kr), and an error names the
 * limit it broke (see limitText).
 */
export const LIMITS = {
  /** Any number in a scenario file (costs, counts, rates, factors): at most 10^12 in size. */
  anyNumber: 1e12,
  /** Persons in one row or cell of a population file, a count of users or a stock of dwellings. */
  persons: 100_000_000,
  /** Persons a year in one migration flow (scenario `population.flows[].perYear`). */
  flowPerYear: 1_000_000,
  /** Kroner of one price or unit cost. */
  moneyNok: 1e12,
  /** Monte Carlo replicates (simulated persons per pathway) of one run. */
  replicates: 10_000_000,
  /** Uncertainty replicates (`--uncertainty`, `sensitivity --replicates`) of one run: each runs the whole chain. */
  uncertaintyReplicates: 100_000,
  /** Worker threads. */
  workers: 256,
  /** Persons of one scale-up (`pathways --count`). */
  scaleUpPersons: 10_000_000,
  /** The first and last calendar year any year field may name. */
  firstYear: 1900,
  lastYear: 2100,
} as const;

/** A limit as text with Norwegian digit grouping, e.g. 1 000 000 (10^12 and up as 10^12). */
export function limitText(n: number): string {
  if (n >= 1e12) return `10^${Math.round(Math.log10(n))}`;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** "at most N (Trappa's limit for …)": the expected-part of an error for a number above a limit. */
export function limitExpected(limit: number, what: string): string {
  return `at most ${limitText(limit)} (Trappa's limit for ${what})`;
}
