import type { ConditionDefaults } from "../scenario/personas";
import { deterministicTimeline } from "../pathways/deterministic";
import { publishedMethodTable } from "../pathways/published-scale-up";
import { PUBLISHED_SPREAD_YEARS, type ScaleUpScenario } from "../scenario/scale-up";
import { periodMx } from "../pathways/life-table-mx";
import type { NationalAssumptions } from "../population/assumptions";
import type { MortalityBase } from "../population/model";
import type { PersonaModel } from "../pathways/model";
import type { ScaleUpSettings } from "../pathways/scale-up-build";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { resolvePathwayUncertainty, type PathwayUncertainty } from "./pathway-settings";

/**
 * Person-level replicates of every parameter set run on streams (seed, OFFSET + j),
 * j = 0 … personReplicates − 1: the same persons for every set (common random numbers), on
 * streams apart from the parameter sets' own (seed, i).
 */
export const PERSON_STREAM_OFFSET = 1_000_000_000;

/**
 * A persona's scale-up prepared for uncertainty replicates, as plain data (sent to worker
 * threads): the persona reduced to the transition's two pathways (existing persons stay on
 * `from`, new cases get `to`), the condition's central scale-up settings (existing persons
 * from prevalence × population), the intervals, the years and the persons' seed.
 */
export interface PathwaySetup {
  persona: PersonaModel;
  transition: { from: string; to: string };
  scaleUp: ScaleUpSettings;
  settings: PathwayUncertainty;
  firstYear: number;
  lastYear: number;
  seed: number;
  /** Share of new cases on the transition's second pathway (personas.transitionShare, default 1): the net cost scales with it. */
  transitionShare: number;
  /** Price year of the persona's catalogue (null when the catalogue does not say). */
  priceYear: number | null;
  /** The published method (engine/pathways/published-scale-up.ts) on the transition's two pathways. */
  published: PublishedSetup;
}

/**
 * The published method in the replicates: the table's rows (cost per row of `from` and
 * `to`, kroner) with the phase each row lies in (so that a drawn phase price moves it), the
 * persons (null: the drawn prevalence × population, as the cohort's existing persons), the
 * spread years and the new cases a year (null: persons ÷ rows).
 */
export interface PublishedSetup {
  rows: Array<Record<string, number>>;
  phases: Array<Record<string, string>>;
  persons: number | null;
  spreadYears: number;
  newCasesPerYear: number | null;
}

/** What a persona's scale-up reads from files (engine/io/scale-up-inputs.ts): the persona, the condition's defaults, and SSB's base death rates and national assumptions (for the condition's life tables). */
export interface ScaleUpInputs {
  persona: PersonaModel;
  /** The persona's published yearly table (rows as listed), or null without one (the published method then walks the timeline). */
  published?: ReadonlyArray<{ age: number; cost: Record<string, number> }> | null;
  condition: ConditionDefaults;
  mortality: MortalityBase;
  assumptions: NationalAssumptions;
}

/**
 * A persona's scale-up prepared for `firstYear`…`lastYear`: the transition from the
 * persona's first pathway to its second (as in a whole run), the condition's central
 * settings with SSB's life tables of the defaults' year, and the intervals (the
 * condition's, overridden by the scenario's `uncertainty.pathways`). A persona with fewer
 * than two pathways has no transition: null (a whole run skips its scale-up too). Pure.
 */
export function pathwaySetup(
  inputs: ScaleUpInputs,
  block: UncertaintyScenario["pathways"],
  o: { firstYear: number; lastYear: number; seed: number; scaleUp?: ScaleUpScenario; transitionShare?: number },
): PathwaySetup | null {
  const full = inputs.persona;
  if (full.pathways.length < 2) return null;
  const transition = { from: full.pathways[0].id, to: full.pathways[1].id };
  const d = inputs.condition;
  const persona: PersonaModel = { ...full, pathways: full.pathways.slice(0, 2) };
  const mx = (sex: "male" | "female") => periodMx(inputs.mortality, inputs.assumptions, sex, d.lifeTableYear).mx;
  return {
    persona,
    transition,
    scaleUp: {
      prevalence: d.prevalence.value,
      incidence70plus: d.incidence70plus.value,
      existingCount: null,
      survivalMedianYears: d.survivalAfterDiagnosis.medianYears,
      survivalAtAge: d.survivalAfterDiagnosis.atAge,
      mx: { male: mx("male"), female: mx("female") },
    },
    settings: resolvePathwayUncertainty(block, d, full, transition, "uncertainty.pathways"),
    firstYear: o.firstYear,
    lastYear: o.lastYear,
    seed: o.seed,
    transitionShare: o.transitionShare ?? 1,
    priceYear: full.catalogue.priceYear ?? null,
    published: publishedSetup(persona, inputs.published ?? null, o.scaleUp ?? {}),
  };
}

/** The published method's setup on the transition's pathways: the table (published rows, else the timeline) and each row's phase per pathway. */
function publishedSetup(
  persona: PersonaModel,
  published: ReadonlyArray<{ age: number; cost: Record<string, number> }> | null,
  s: ScaleUpScenario,
): PublishedSetup {
  const ids = persona.pathways.map((p) => p.id);
  const timeline = deterministicTimeline(persona);
  const table = publishedMethodTable(ids, timeline, published);
  const ages = published && published.length > 0 ? published.map((r) => r.age) : [...new Set(timeline.map((t) => t.age))].sort((a, b) => a - b);
  const phases = ages.map((age) =>
    Object.fromEntries(
      persona.pathways.map((p) => {
        const ph = p.phases.find((x) => x.startAge <= age && age < x.endAge) ?? p.phases[p.phases.length - 1];
        return [p.id, ph.id];
      }),
    ),
  );
  return {
    rows: table.rows,
    phases,
    persons: s.persons ?? null,
    spreadYears: s.spreadYears ?? PUBLISHED_SPREAD_YEARS,
    newCasesPerYear: s.newCasesPerYear ?? null,
  };
}
