import type { AgeBand } from "./bands";
import { shrinkRatios, type ShrunkRatios } from "./empirical-bayes";

/** Registered moves of one place, year and single age at the end of the year (SSB's moves by age), persons. */
export interface MovesByAge {
  region: string;
  year: number;
  age: number;
  in: number;
  out: number;
}

/** Registered moves of one place in one calendar year, by age at the end of the year (persons). */
export interface YearMoves {
  year: number;
  /** In-movers by age 0 … length − 1 (the ages the year's file covers below its top age). */
  in: Float64Array;
  /** Out-movers, the same ages. */
  out: Float64Array;
}

/** One place's moves and the population they are rates of. */
export interface PlaceMoves {
  region: string;
  years: readonly YearMoves[];
  /** Population on 1 January of each year of `years`, by single age (both sexes): the exposure of those aged a − 1 to moving at age a. */
  exposure: ReadonlyMap<number, ArrayLike<number>>;
}

/** Net migration rates by single age from registered moves. */
export interface MovesRates {
  /** Net migration rate by age at the end of the year, per person aged a − 1 on 1 January, per place (index = age; 0 at ages without moves). */
  rates: Map<string, Float64Array>;
  /** Rates are given for ages 1 … top − 1 (the ages some year covers; each age from the years that cover it). */
  top: number;
  /** Each band's local levels of in- and out-moving against the places' pooled profile, shrunk by empirical Bayes. */
  shrinkage: Array<{ band: string; in: ShrunkRatios; out: ShrunkRatios }>;
}

/**
 * Net migration rates by single age from registered moves (SSB's moves by age), for a
 * projection whose migration at age a (end of the year) is rate × the population aged a − 1
 * on 1 January. Small places move few persons at each age, so each place's rates are its
 * places' pooled profile scaled to its own level, in- and out-moving apart, per band:
 *   in-rate_p(a) = θ_p,g · ΣIn(a) / ΣE(a), out-rate alike, net = in-rate − out-rate,
 * where ΣIn(a) and ΣE(a) are the in-movers aged a and the exposure (persons aged a − 1 on
 * 1 January, summed over the years) of all places, and θ_p,g = the place's in-movers in band
 * g over those the pooled profile gives it, shrunk toward 1 by empirical Bayes in proportion
 * to its evidence (shrinkRatios, Marshall 1991: weight E / (E + k), k from the spread between
 * places). One place alone gets its own rates. Age 0 (born in the year) is left to fertility.
 *
 * Units: persons per year; rates per person-year. Each age is read from the years that
 * cover it (a year's moves stop below its top age: 70 up to 2021 and 99 from 2022 in
 * Telemark's file), its exposure from the same years; ages at and above the longest year's
 * length are not covered (top). Inputs are not changed.
 *
 * @example movesRates([{ region: "A", years: [{ year: 2016, in: Float64Array.of(0, 10), out: Float64Array.of(0, 4) }], exposure: new Map([[2016, [100]]]) }], bands).rates.get("A")![1] // 0.06
 */
export function movesRates(places: readonly PlaceMoves[], bands: readonly AgeBand[]): MovesRates {
  if (places.length === 0) throw new Error("movesRates requires at least one place with moves, got none");
  let top = 0;
  for (const p of places) {
    if (p.years.length === 0) throw new Error(`movesRates requires moves of at least one year for ${p.region}, got none`);
    for (const y of p.years) {
      if (y.in.length !== y.out.length)
        throw new Error(`movesRates requires as many ages of in- as of out-movers, got ${y.in.length} and ${y.out.length} (${p.region} ${y.year})`);
      if (!p.exposure.has(y.year)) throw new Error(`movesRates requires the population of ${p.region} on 1 January ${y.year}, got none`);
      top = Math.max(top, y.in.length);
    }
  }
  /** Per place and age (1 … top − 1): in-movers, out-movers and exposure summed over the years that cover the age. */
  const sums = places.map((p) => {
    const inn = new Float64Array(top),
      out = new Float64Array(top),
      exp = new Float64Array(top);
    for (const y of p.years) {
      const e = p.exposure.get(y.year)!;
      for (let a = 1; a < y.in.length; a++) {
        const x = e[a - 1];
        if (!(Number.isFinite(x) && x >= 0)) throw new Error(`movesRates requires a population ≥ 0, got ${x} (${p.region} ${y.year}, age ${a - 1})`);
        for (const [v, what] of [
          [y.in[a], "in"],
          [y.out[a], "out"],
        ] as const)
          if (!(Number.isFinite(v) && v >= 0)) throw new Error(`movesRates requires moves ≥ 0, got ${v} ${what} (${p.region} ${y.year}, age ${a})`);
        inn[a] += y.in[a];
        out[a] += y.out[a];
        exp[a] += x;
      }
    }
    return { inn, out, exp };
  });
  const pooled = (pick: (s: (typeof sums)[number]) => Float64Array): Float64Array => {
    const r = new Float64Array(top);
    for (let a = 1; a < top; a++) {
      let m = 0,
        e = 0;
      for (const s of sums) {
        m += pick(s)[a];
        e += s.exp[a];
      }
      r[a] = e > 0 ? m / e : 0;
    }
    return r;
  };
  const inRate = pooled((s) => s.inn);
  const outRate = pooled((s) => s.out);
  const rates = new Map(places.map((p) => [p.region, new Float64Array(top)]));
  const shrinkage: MovesRates["shrinkage"] = [];
  for (const band of bands) {
    const from = Math.max(band.from, 1),
      to = Math.min(band.to, top - 1);
    if (from > to) continue;
    const level = (pick: (s: (typeof sums)[number]) => Float64Array, rate: Float64Array): ShrunkRatios => {
      const obs = sums.map((s) => {
        let o = 0;
        for (let a = from; a <= to; a++) o += pick(s)[a];
        return o;
      });
      const exp = sums.map((s) => {
        let e = 0;
        for (let a = from; a <= to; a++) e += rate[a] * s.exp[a];
        return e;
      });
      const sumO = obs.reduce((x, y) => x + y, 0);
      const sumE = exp.reduce((x, y) => x + y, 0);
      // No moves in the band at all: every place gets the pooled profile (rate 0).
      if (!(sumO > 0 && sumE > 0))
        return { mean: 1, between: 0, k: Number.POSITIVE_INFINITY, weights: obs.map(() => 0), raw: obs.map(() => 1), ratios: obs.map(() => 1) };
      return shrinkRatios(obs, exp);
    };
    const i = level((s) => s.inn, inRate);
    const o = level((s) => s.out, outRate);
    shrinkage.push({ band: band.label, in: i, out: o });
    places.forEach((p, k) => {
      const r = rates.get(p.region)!;
      for (let a = from; a <= to; a++) r[a] = i.ratios[k] * inRate[a] - o.ratios[k] * outRate[a];
    });
  }
  return { rates, top, shrinkage };
}

/**
 * The oldest age published in each year of `moves` (over every place): SSB's top age, an open
 * group of unstated meaning (70 up to 2021 and 99 from 2022 in Telemark's file).
 *
 * @example topAges([{ year: 2021, age: 70 }, { year: 2021, age: 3 }]).get(2021) // 70
 */
export function topAges(moves: ReadonlyArray<Pick<MovesByAge, "year" | "age">>): Map<number, number> {
  const top = new Map<number, number>();
  for (const m of moves) top.set(m.year, Math.max(top.get(m.year) ?? 0, m.age));
  return top;
}

/**
 * One place's moves of `years` as movesRates reads them: in- and out-movers by age 0 … top − 1
 * of each year (the top age left out; an age without a row is no moves).
 *
 * @example placeYearMoves(rows, "4034", [2019], topAges(rows))[0].in.length // 70
 */
export function placeYearMoves(moves: readonly MovesByAge[], region: string, years: readonly number[], top: ReadonlyMap<number, number>): YearMoves[] {
  return years.map((year) => {
    const n = top.get(year) ?? 0;
    const inn = new Float64Array(n),
      out = new Float64Array(n);
    for (const m of moves) {
      if (m.region !== region || m.year !== year || m.age >= n) continue;
      inn[m.age] += m.in;
      out[m.age] += m.out;
    }
    return { year, in: inn, out };
  });
}
