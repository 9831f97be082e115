import { effortResultRows } from "../../effort/export";
import type { StepFigure } from "../../effort/figures";
import { runEffort, type EffortResult } from "../../effort/run";
import { effortInputFromSpec } from "../../io/effort-files";
import type { EffortSpec } from "../../scenario/effort";
import { col, type PartOutput, type ResultColumn, type ResultTable, resultTable } from "../result-table";

/** The effort-staircase result rows as the run's `innsatstrapp` table (the same rows as `trappa effort --format csv`). */
export function effortTable(result: EffortResult): ResultTable {
  const t = effortResultRows(result);
  const kinds: Record<string, ResultColumn["kind"]> = { value: "value", price_year: "year" };
  return resultTable(
    "innsatstrapp",
    t.header.map((k) => col(k, kinds[k] ?? "text")),
    t.rows,
  );
}

/**
 * The effort part of a run: the staircase of the scenario's `effort` part (steps and
 * figures from files or inline, or accounts and keys; the known total; shifts and views)
 * as the `innsatstrapp` table, with its data files as sources and its warnings as notes.
 * `where` names the scenario file; paths are relative to `baseDir`. `profile` (from the
 * home-service decisions) gives a step its decisions and hours per week, and its recipients
 * when the figures give none; figures that already give decisions or hours win.
 */
export function runEffortPart(
  spec: EffortSpec,
  where: string,
  baseDir: string,
  files: string[],
  profile?: { step: number; decisions: number; hoursPerWeek: number; recipients: number; where: string },
): { result: EffortResult; part: PartOutput } {
  const input = effortInputFromSpec(spec, where, baseDir, "Innsatstrapp", "effort.");
  if (profile) {
    const own = input.figures.filter((f) => f.step === profile.step);
    const figure: StepFigure = { step: profile.step, decisions: profile.decisions, hoursPerWeek: profile.hoursPerWeek, where: profile.where };
    if (!own.some((f) => f.recipients !== undefined)) figure.recipients = profile.recipients;
    if (!own.some((f) => f.decisions !== undefined || f.hoursPerWeek !== undefined)) input.figures = [...input.figures, figure];
  }
  const result = runEffort(input);
  const d = result.distribution;
  return {
    result,
    part: {
      tables: [effortTable(result)],
      assumptions: [
        {
          part: "Innsatstrapp",
          item: "Total som andelene regnes av",
          value: `${Math.round(d.totalCostNok)} kr${d.totalGiven ? " (oppgitt, medregnet trinn uten tall)" : " (summen av trinnene med tall)"}`,
          source: d.totalGiven ? (result.distribution.stepSet.file ?? where) : "beregnet",
        },
      ],
      sources: files.map((path) => ({ role: "effort staircase", path })),
      notes: d.warnings.map((w) => `Innsatstrapp: ${w}`),
    },
  };
}
