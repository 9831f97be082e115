import type { RunResult } from "../run/run";
import type { RunUncertainty } from "../run/uncertainty";
import { tableTitle } from "./table-text";

/** A data file a run read, with its SHA-256, as recorded in run.json. */
export interface SourceRecord {
  role: string;
  path: string;
  sha256: string;
}

/**
 * The provenance record of a run (run.json): scenario (name, file, the files it extends,
 * content hash), engine version, seed, replicates, data sources with their hashes, the
 * tables and files written, and the timings. Everything but `timings` is the same for two
 * runs of the same scenario and seed; byte-identity checks must leave `timings` out. With
 * `--uncertainty` it records the uncertainty settings (not the number of worker threads,
 * which does not change the numbers).
 */
export function runProvenance(result: RunResult, sources: SourceRecord[], files: string[], totalMs: number): Record<string, unknown> {
  return {
    engine: { name: "trappa", version: result.engineVersion },
    scenario: { name: result.name, file: result.file, extends: result.chain.slice(0, -1), sha256: result.hash },
    seed: result.seed,
    ...(result.resolved.seedText !== null ? { seedText: result.resolved.seedText } : {}),
    replicates: result.replicates,
    // Every run-wide choice as the resolver decided it (engine/scenario/resolve.ts).
    resolved: {
      alternative: result.resolved.alternative,
      alternatives: result.resolved.alternatives,
      baseYear: result.resolved.baseYear ?? result.population?.rows[0]?.year ?? null,
      targetYear: result.resolved.targetYear,
      endYear: result.resolved.endYear,
      priceYear: result.resolved.priceYear,
      files: result.resolved.files,
    },
    ...(result.uncertainty ? { uncertainty: uncertaintyRecord(result.uncertainty) } : {}),
    dataSources: sources,
    tables: result.tables.map((t) => ({ id: t.id, file: `${t.id}.csv`, title: tableTitle(t), rows: t.data.numRows(), columns: t.columns.map((c) => c.key) })),
    files,
    notes: result.notes,
    timings: { totalMs: Math.round(totalMs), parts: result.timings.map((t) => ({ part: t.part, ms: Math.round(t.ms) })) },
  };
}

/** The uncertainty settings of a run as run.json records them. */
function uncertaintyRecord(u: RunUncertainty): Record<string, unknown> {
  return {
    replicates: u.replicates,
    seed: u.seed,
    level: u.level,
    statistics: u.statistics.map((s) => s.id),
    alternative: u.alternative,
    targetYear: u.targetYear,
    personReplicates: u.scaleUp ? u.scaleUp.personReplicates : null,
  };
}
