import { InputError } from "../errors";

/** One region's series: year → share of residents 80+ without care services (a fraction). */
export interface RegionSeries {
  region: string;
  values: Array<{ year: number; share: number }>;
}

/** The series of a municipality and its comparison regions, with the one highlighted. */
export interface WithoutServicesSeries {
  name: string;
  municipality: string;
  regions: RegionSeries[];
}

/** Per region: first and last year with a value, the shares then, and the change in percentage points. */
export interface WithoutServicesTrend {
  region: string;
  firstYear: number;
  lastYear: number;
  first: number;
  last: number;
  /** last − first, as a fraction (0.03 = 3 percentage points). */
  change: number;
}

/**
 * The trend of each region's share of residents 80+ without services: first and last year
 * with a value, and the change. The highlighted municipality first, then as given. A
 * region with no value throws (InputError naming it).
 *
 * @example withoutServicesTrend(faerder)[0] // { region: "3811 Færder", firstYear: 2013, first: 0.39, lastYear: 2023, last: 0.42, change: 0.03 }
 */
export function withoutServicesTrend(s: WithoutServicesSeries): WithoutServicesTrend[] {
  const ordered = [...s.regions].sort((a, b) => Number(b.region === s.municipality) - Number(a.region === s.municipality));
  return ordered.map((r) => {
    const v = [...r.values].sort((a, b) => a.year - b.year);
    if (v.length === 0) throw new InputError(`${s.name}: region "${r.region}": expected at least one year with a share, got none`);
    const f = v[0];
    const l = v[v.length - 1];
    return { region: r.region, firstYear: f.year, lastYear: l.year, first: f.share, last: l.share, change: l.share - f.share };
  });
}
