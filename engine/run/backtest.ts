import { readFileSync } from "node:fs";
import { InputError } from "../errors";
import { loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { dataPath } from "../io/project-root";
import type { SsbRow } from "../io/ssb/tidy";
import { backtest, type BacktestResult, type PlaceHistory } from "../population/backtest";
import { parseBand, parseBands, type AgeBand } from "../population/bands";
import type { Path } from "../population/path";

export interface BacktestRunOptions {
  historyFile: string;
  history: SsbRow[];
  baseYear: number;
  horizon: number;
  publishedFile?: string;
  published?: SsbRow[];
  /** Regions to include (codes); default every municipality (4-digit code) in the history. */
  regions?: string[];
  window?: number;
  reconstructYears?: number;
  reconstructFrom?: number;
  areaMortality?: boolean;
  areaFertility?: boolean;
  trendDamping?: number;
  /** Coarser bands for the migration estimate, e.g. "0-19,20-44,45-79,80+". */
  migrationBands?: string;
  /**
   * Shrink each place's migration rates toward its county's (a 2-digit region of the
   * history) with this many person-years (default 10 000; 0: none).
   */
  shrinkage?: number;
}

/** Band totals by region and year from tidy rows (both sexes, or men + women summed). */
function bandTotals(
  rows: SsbRow[],
  file: string,
  what: string,
): { bands: AgeBand[]; byRegion: Map<string, { name: string; totals: Map<number, Float64Array> }> } {
  const usable = rows.filter((r) => r.value !== null);
  const hasBoth = usable.some((r) => r.sex === "both");
  const use = usable.filter((r) => (hasBoth ? r.sex === "both" : true));
  const labels = [
    ...new Map(
      use.map((r) => {
        const b = parseBand(r.age, `${file}: age`);
        return [b.label, b] as const;
      }),
    ).values(),
  ]
    .sort((a, b) => a.from - b.from)
    .filter((b) => !(b.from === 0 && b.open && use.some((r) => parseBand(r.age).label !== "0+")));
  const bands = parseBands(
    labels.map((b) => b.label),
    `${file}: ${what} age groups`,
  );
  const index = new Map(bands.map((b, i) => [b.label, i]));
  const byRegion = new Map<string, { name: string; totals: Map<number, Float64Array> }>();
  for (const r of use) {
    const i = index.get(parseBand(r.age).label);
    if (i === undefined) continue;
    const e = byRegion.get(r.region) ?? { name: r.regionName, totals: new Map() };
    byRegion.set(r.region, e);
    const t = e.totals.get(r.year) ?? new Float64Array(bands.length);
    t[i] += r.value as number;
    e.totals.set(r.year, t);
  }
  return { bands, byRegion };
}

/**
 * Back-tests the engine on registered population (SSB table 07459 in tidy form) and scores
 * SSB's published round for the base year (its MMMM) alike, when given.
 */
export function runBacktest(o: BacktestRunOptions): BacktestResult & { places: string[] } {
  const registered = o.history.filter((r) => r.alternative === null);
  if (registered.length === 0) {
    throw new InputError(`${o.historyFile}: expected registered population (rows without an alternative), got only projections`);
  }
  const { bands, byRegion } = bandTotals(registered, o.historyFile, "history");
  const regions = o.regions ?? [...byRegion.keys()].filter((r) => /^\d{4}$/.test(r)).sort();
  for (const r of regions) {
    if (!byRegion.has(r))
      throw new InputError(`${o.historyFile}: region "${r}": expected a place of the history (${[...byRegion.keys()].join(", ")}), got none`);
  }
  if (regions.length === 0)
    throw new InputError(`${o.historyFile}: expected municipalities (4-digit codes) in the history, got ${[...byRegion.keys()].join(", ") || "none"}`);
  const history: PlaceHistory[] = regions.map((r) => ({ region: r, name: byRegion.get(r)!.name, totals: byRegion.get(r)!.totals }));

  let published: Map<string, Map<number, Float64Array>> | undefined;
  if (o.published) {
    const file = o.publishedFile ?? "published";
    const rounds = [...new Set(o.published.filter((r) => r.alternative !== null).map((r) => r.round))];
    const mine = o.published.filter((r) => r.alternative === "MMMM" && (r.round === o.baseYear || (r.round === null && rounds.length <= 1)));
    if (mine.length === 0) {
      throw new InputError(
        `${file}: expected SSB's MMMM from the ${o.baseYear} round, got rounds ${rounds.join(", ") || "none"} and alternatives ${[...new Set(o.published.map((r) => r.alternative))].join(", ")}`,
      );
    }
    const pub = bandTotals(mine, file, "published");
    if (pub.bands.map((b) => b.label).join() !== bands.map((b) => b.label).join()) {
      throw new InputError(
        `${file}: age groups: expected the history's groups (${bands.map((b) => b.label).join(",")}), got ${pub.bands.map((b) => b.label).join(",")}`,
      );
    }
    published = new Map();
    for (const [region, e] of pub.byRegion) {
      if (!/^\d{4}$/.test(region) && !regions.includes(region)) continue; // counties and the country are not scored
      if (!byRegion.has(region)) {
        throw new InputError(
          `${file}: region "${region}" (${e.name}): expected a place of the history (${regions.join(", ")}), got a place the history does not have`,
        );
      }
      if (regions.includes(region)) published.set(region, e.totals);
    }
  }
  // The area whose mortality every place shares and toward whose migration rates small
  // places are shrunk: the county of the history (a 2-digit code), else the places together.
  const county = [...byRegion.keys()].find((r) => /^\d{2}$/.test(r));
  const shrinkage = o.shrinkage ?? 10_000;
  const area: PlaceHistory = county
    ? { region: county, name: byRegion.get(county)!.name, totals: byRegion.get(county)!.totals }
    : { region: "sum", name: "stedene samlet", totals: sumTotals(history) };
  const a = loadNationalAssumptions();
  const hist = JSON.parse(readFileSync(dataPath("ssb-history.json"), "utf8")) as {
    totalFertility: Path;
    lifeExpectancy: { male: Path; female: Path };
  };
  const result = backtest({
    bands,
    history,
    baseYear: o.baseYear,
    horizon: o.horizon,
    window: o.window,
    published,
    file: o.historyFile,
    reconstructYears: o.reconstructYears,
    reconstructFrom: o.reconstructFrom,
    areaMortality: o.areaMortality,
    areaFertility: o.areaFertility,
    trendDamping: o.trendDamping,
    migrationBands: o.migrationBands ? parseBands(o.migrationBands, "migration bands") : undefined,
    area,
    shrinkage,
    national: {
      lifeExpectancy: hist.lifeExpectancy,
      totalFertility: hist.totalFertility,
      mortality: loadMortalityBase(),
      sexRatioAtBirth: a.sexRatioAtBirth,
      fertilitySchedule: a.fertilitySchedule,
    },
  });
  return { ...result, places: history.map((p) => `${p.region} ${p.name}`) };
}

/** Band totals of several places summed, for the years all of them have. */
function sumTotals(places: PlaceHistory[]): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const [year, t] of places[0].totals) {
    if (!places.every((p) => p.totals.has(year))) continue;
    const sum = new Float64Array(t.length);
    for (const p of places)
      p.totals.get(year)!.forEach((v, i) => {
        sum[i] += v;
      });
    out.set(year, sum);
  }
  return out;
}
