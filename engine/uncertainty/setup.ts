import type { CoverageHousingScenario } from "../coverage/coverage-housing";
import { InputError } from "../errors";
import { staircasePlan, type StaircasePlan } from "../housing/staircase";
import type { NationalAssumptions } from "../population/assumptions";
import { aggregateBands, parseBands, type AgeBand } from "../population/bands";
import type { MortalityBase, PlaceModel } from "../population/model";
import type { UncertaintySettings } from "./parameters";
import type { PathwaySetup } from "./pathway-setup";
import { inputBounds, type StochasticPopulationInput } from "./population";

/**
 * Everything the replicates share, built once before the first replicate and handed to
 * every worker thread as plain data: the resolved settings, the population around the
 * run's alternative on the run's own calibrated place, the bands of the population table,
 * and (with a housing part: the whole chain) the coverage-and-housing parts, their bands,
 * today's rates and residents, the staircase's plan (years, bands, steps, path) and the
 * persona's scale-up. What differs between replicates is drawn (drawParameters) and
 * evaluated (replicateRow) on it.
 */
export interface UncertaintySetup {
  /** The scenario file, for messages. */
  file: string;
  settings: UncertaintySettings;
  population: StochasticPopulationInput;
  /** Bands of the population table and the open groups summed besides them (e.g. 67+, 80+). */
  tableBands: AgeBand[];
  groups: AgeBand[];
  baseYear: number;
  /** Target year of the council summary and last year of the series (the population's end year without housing). */
  targetYear: number;
  /** The coverage-and-housing parts (null: population only). */
  scenario: CoverageHousingScenario | null;
  /** Bands coverage and housing read (the population summed to them). */
  bands: AgeBand[];
  /** Residents per band in the base year (the counts behind rates and shares). */
  baseResidents: Record<string, number>;
  /** Today's coverage rate per service and band (from counts ÷ residents or as given). */
  rates: Record<string, Record<string, number>>;
  /** The staircase's structure to the target year (null: population only). */
  housing: StaircasePlan | null;
  /** The persona's scale-up (null without a personas part). */
  pathways: PathwaySetup | null;
}

/** What uncertaintySetup needs: data only (the caller reads the files, e.g. engine/run/uncertainty-setup.ts). */
export interface UncertaintyInput {
  file: string;
  settings: UncertaintySettings;
  /** Coverage and housing parts; without a housing part only the population varies. */
  coverageHousing: CoverageHousingScenario | null;
  /** The run's calibrated place, its national assumptions and base death rates. */
  place: PlaceModel;
  assumptions: NationalAssumptions;
  mortality: MortalityBase;
  /** The alternative the population varies around. */
  alternative: string;
  /** Last year of the population draws (at least the target year with housing). */
  endYear: number;
  targetYear: number;
  /** Bands of the population table (default the coverage-and-housing part's bands) and extra open groups (default none). */
  tableBands?: AgeBand[];
  groups?: AgeBand[];
  pathways?: PathwaySetup | null;
}

/**
 * The setup of a scenario's replicates (see UncertaintySetup), checked once: the
 * population settings against the assumptions (inputBounds), the end year against the
 * target year, the staircase against the years, the scale-up's years within the draws.
 * Pure: reads no files.
 *
 * @example uncertaintySetup({ file, settings, coverageHousing, place, assumptions, mortality, alternative: "MMMM", endYear: 2050, targetYear: 2040 })
 */
export function uncertaintySetup(o: UncertaintyInput): UncertaintySetup {
  const ch = o.coverageHousing?.housing ? o.coverageHousing : null;
  if (ch && !(o.endYear >= o.targetYear))
    throw new InputError(`uncertaintySetup requires an end year at or after the target year ${o.targetYear}, got ${o.endYear}`);
  const population: StochasticPopulationInput = {
    place: o.place,
    assumptions: o.assumptions,
    mortality: o.mortality,
    alternative: o.alternative,
    endYear: o.endYear,
    uncertainty: o.settings.population,
  };
  inputBounds(population); // checks the population settings once, before any replicate
  const baseYear = o.place.baseYear;
  const given = o.coverageHousing ? parseBands(o.coverageHousing.population.bands, `${o.coverageHousing.file}: coverage and housing bands`) : [];
  const bands = ch ? given : [];
  const tableBands = o.tableBands ?? given;
  if (tableBands.length === 0) throw new InputError("uncertaintySetup requires the bands of the population table (tableBands), got none");
  const base = aggregateBands(o.place.base, bands, "both");
  const baseResidents: Record<string, number> = {};
  bands.forEach((b, k) => (baseResidents[b.label] = base[k]));
  const rates: Record<string, Record<string, number>> = {};
  for (const s of ch?.coverage?.services ?? []) {
    const r: Record<string, number> = {};
    if (s.counts) for (const [band, c] of Object.entries(s.counts)) r[band] = c / (baseResidents[band] ?? NaN);
    else for (const [band, v] of Object.entries(s.rates ?? {})) r[band] = v;
    rates[s.id] = r;
  }
  const years: number[] = [];
  for (let y = baseYear; y <= o.endYear; y++) years.push(y);
  const targetYear = ch ? o.targetYear : o.endYear;
  const housing = ch ? staircasePlan({ ...ch.housing!, endYear: targetYear }, { years, bands: bands.map((b) => b.label) }, `${ch.file}: housing`) : null;
  const pathways = ch ? (o.pathways ?? null) : null;
  if (pathways && !(pathways.firstYear > baseYear && pathways.lastYear <= o.endYear)) {
    throw new InputError(`uncertaintySetup requires the scale-up's years within ${baseYear + 1}–${o.endYear}, got ${pathways.firstYear}–${pathways.lastYear}`);
  }
  return {
    file: o.file,
    settings: o.settings,
    population,
    tableBands,
    groups: o.groups ?? [],
    baseYear,
    targetYear,
    scenario: ch,
    bands,
    baseResidents,
    rates,
    housing,
    pathways,
  };
}
