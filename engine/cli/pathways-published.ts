import { UsageError } from "../errors";
import { personaFromSpec, readPersonaFile, readPublishedForPersona } from "../io/persona-file";
import { toCsv } from "../io/tidy-csv";
import { deterministicTimeline } from "../pathways/deterministic";
import { publishedFigureRows, publishedMethodTable, publishedScaleUp } from "../pathways/published-scale-up";
import { formatMethodFigure, methodFigureLabel, SCALE_UP_METHOD_NAMES, scaleUpMethodsDiffer } from "../report/scale-up-methods";
import { textTable } from "../report/text-table";
import { buildScaleUp } from "../run/personas";
import { PUBLISHED_SPREAD_YEARS } from "../scenario/scale-up";

/** What `trappa pathways --scale-up --method published` reads from its flags. */
export interface PublishedMethodFlags {
  format: "table" | "csv" | "json";
  count: number | null;
  spreadYears?: string;
  newCases?: string;
  transition: string;
  fromYear: number;
  toYear: number;
}

function positive(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (!(Number.isFinite(x) && x > 0)) throw new UsageError(`${option}: forventet et tall over 0, fikk "${text}"`);
  return x;
}

/**
 * The published method's figures for a persona file as text (csv `key,value,unit`, a
 * Norwegian table, or json): persons from `--count`, else prevalence × population in the
 * first year (as the cohort method's existing persons).
 */
export function publishedMethodText(file: string, flags: PublishedMethodFlags): string {
  const spec = readPersonaFile(file);
  const model = personaFromSpec(spec, file);
  const [from, to] = flags.transition.split(":");
  const ids = model.pathways.map((p) => p.id);
  for (const id of [from, to]) if (!ids.includes(id)) throw new UsageError(`--transition: forventet forløp i personaen (${ids.join(", ")}), fikk "${id}"`);
  const persons = flags.count ?? buildScaleUp(model, { firstYear: flags.fromYear, lastYear: flags.toYear, count: null }).model.existingCount;
  const table = publishedMethodTable(ids, deterministicTimeline(model), readPublishedForPersona(spec, file)?.rows ?? null);
  const spreadYears = positive(flags.spreadYears, "--spread-years") ?? PUBLISHED_SPREAD_YEARS;
  const newCasesPerYear = positive(flags.newCases, "--new-cases");
  const r = publishedScaleUp({ pathways: ids, rows: table.rows, persons, spreadYears, newCasesPerYear, transition: { from, to } });
  const figures = publishedFigureRows(r, ids);
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  if (flags.format === "csv")
    return toCsv(
      ["key", "value", "unit"],
      figures.map((f) => [f.key, r4(f.value), f.unit]),
    );
  if (flags.format === "json")
    return `${JSON.stringify({ persona: model.name, method: "published", table: table.source, transition: { from, to }, figures }, null, 2)}\n`;
  const head =
    `${model.name}: ${SCALE_UP_METHOD_NAMES.published}, ${formatMethodFigure({ key: "", value: persons, unit: "" })} personer, ` +
    `tabell: ${table.source === "published" ? "den publiserte (radene som publisert)" : "modellens tidslinje"}; overgang ${from} → ${to}; engangsinvesteringer ikke regnet med.\n\n`;
  return `${head}${textTable(
    ["", "Verdi", "Enhet"],
    figures.map((f) => [methodFigureLabel(f.key, Object.fromEntries(model.pathways.map((p) => [p.id, p.name]))), formatMethodFigure(f), f.unit]),
  )}\n${scaleUpMethodsDiffer({
    steadySaving: -r.steadyNetCost[to],
    transitionSteadySaving: -r.transitionSteadyNetCost,
    rows: r.rowCount,
    newCasesPerYear: r.newCasesPerYear,
  })}\n`;
}
