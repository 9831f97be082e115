import { availableParallelism } from "node:os";
import { UsageError } from "../errors";
import { personaFromSpec, readPersonaFile, readPublishedForPersona } from "../io/persona-file";
import { buildScaleUp } from "../run/personas";
import { toCsv } from "../io/tidy-csv";
import { deterministicTimeline, investmentRows } from "../pathways/deterministic";
import { personaSummaryRows } from "../pathways/persona-results";
import { compareWithPublished } from "../pathways/published";
import { personaSummaryTable, phaseTable, publishedTables, scaleUpTable, timelineTable } from "../report/pathways";
import { checkReplicates, runPersonaMonteCarlo, runScaleUpMonteCarlo } from "../pathways/run";
import { scaleUpRows } from "../pathways/scale-up-results";
import { formatNumber } from "../report/format";
import { textTable } from "../report/text-table";
import { emit } from "./emit";
import { checkOutputFile } from "../io/output-path";
import type { CliIo, CommandResult } from "./context";
import { masterSeed } from "../random/text-seed";
import { seedOption, wholeNumberOption, yearOption } from "./options";
import { LIMITS } from "../limits";

export interface PathwaysFlags {
  deterministic?: boolean;
  replicates?: string;
  seed: string;
  variation: "on" | "off";
  workers?: string;
  format: "table" | "csv" | "json";
  out?: string;
  scaleUp?: boolean;
  count?: string;
  fromYear: string;
  toYear: string;
  transition: string;
  mix?: string;
  method: "cohort" | "published";
  spreadYears?: string;
  newCases?: string;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

function parseMix(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(",")) {
    const m = /^\s*([a-z0-9_-]+)\s*=\s*([0-9.]+)\s*$/.exec(part);
    if (!m) throw new UsageError(`--mix: forventet f.eks. "normal=0.5,proactive=0.5", fikk "${text}"`);
    out[m[1]] = Number(m[2]);
  }
  return out;
}

/** Runs `trappa pathways` with the arguments and flags commander parsed (options and help: register/pathways.ts), writing to `io`. */
export async function pathwaysCommand(file: string, flags: PathwaysFlags, io: CliIo): Promise<CommandResult> {
  if (flags.out !== undefined) checkOutputFile(flags.out);
  const spec = readPersonaFile(file);
  const model = personaFromSpec(spec, file);
  let text: string;
  if (flags.deterministic) {
    if (flags.replicates !== undefined || flags.scaleUp || flags.method === "published")
      throw new UsageError("--deterministic kan ikke kombineres med --replicates eller --scale-up");
    const rows = deterministicTimeline(model);
    const published = readPublishedForPersona(spec, file);
    const comparison = published ? compareWithPublished(model, rows, published.rows) : null;
    if (flags.format === "csv") {
      text = toCsv(
        ["pathway", "age", "cost_nok", "staff_hours"],
        rows.map((r) => [r.pathway, r.age, Math.round(r.costNok), Math.round(r.staffHours)]),
      );
    } else if (flags.format === "json") {
      text = `${JSON.stringify({ persona: model.name, catalogue: model.catalogue, rows, investments: investmentRows(model), published: comparison }, null, 2)}\n`;
    } else {
      const tables = [phaseTable(model), timelineTable(model, rows), ...(comparison ? publishedTables(model, comparison) : [])];
      const inv = investmentRows(model).map((v) => `  ${v.label} (${v.pathway}, ${v.age} år): ${formatNumber(v.amountNok)} kr, utenom summene`);
      text =
        tables.map((t) => `${t.title}\n${textTable(t.header, t.rows)}`).join("\n") +
        (inv.length ? `\nEngangsinvesteringer:\n${inv.join("\n")}\n` : "") +
        (comparison ? "" : "\n(Ingen publisert tabell å sammenligne med.)\n");
    }
  } else if (flags.method === "published") {
    if (!flags.scaleUp) throw new UsageError("--method published gjelder oppskaleringen: oppgi også --scale-up");
    const count = wholeNumberOption(flags.count, "--count", 0, LIMITS.scaleUpPersons, "personer i en oppskalering") ?? null;
    const { publishedMethodText } = await import("./pathways-published");
    text = publishedMethodText(file, {
      format: flags.format,
      count,
      spreadYears: flags.spreadYears,
      newCases: flags.newCases,
      transition: flags.transition,
      fromYear: yearOption(flags.fromYear, "--from-year")!,
      toYear: yearOption(flags.toYear, "--to-year")!,
    });
  } else {
    if (flags.replicates === undefined) throw new UsageError("oppgi --deterministic eller --replicates N");
    const replicates = checkReplicates(wholeNumberOption(flags.replicates, "--replicates", 0, Number.MAX_SAFE_INTEGER, "Monte Carlo-replikater")!);
    const seed = masterSeed(seedOption(flags.seed) ?? 1);
    const variation = flags.variation !== "off";
    const workers =
      flags.workers !== undefined
        ? wholeNumberOption(flags.workers, "--workers", 1, LIMITS.workers, "tråder")!
        : replicates >= (flags.scaleUp ? 200 : 20000)
          ? Math.min(availableParallelism(), 8)
          : 1;
    if (flags.scaleUp) {
      const from = yearOption(flags.fromYear, "--from-year")!,
        to = yearOption(flags.toYear, "--to-year")!;
      if (!(to >= from)) throw new UsageError(`--to-year: forventet et år fra ${from}, fikk ${to}`);
      const [tFrom, tTo] = flags.transition.split(":");
      if (!tFrom || !tTo) throw new UsageError(`--transition: forventet "fra:til", f.eks. normal:proactive, fikk "${flags.transition}"`);
      const count = wholeNumberOption(flags.count, "--count", 0, LIMITS.scaleUpPersons, "personer i en oppskalering") ?? null;
      const { model: su, place } = buildScaleUp(model, { firstYear: from, lastYear: to, count });
      const pop = { place };
      const values = await runScaleUpMonteCarlo(su, { seed, replicates, variation, workers });
      const rows = scaleUpRows(su, values, {
        transition: { from: tFrom, to: tTo },
        mix: flags.mix ? parseMix(flags.mix) : null,
        hoursPerFte: model.catalogue.hoursPerFte,
        seed,
      });
      if (flags.format === "csv") {
        text = toCsv(
          ["scenario", "year", "phase", "measure", "unit", "mean", "se", "p5", "p50", "p95", "seed", "replicates"],
          rows.map((r) => [r.scenario, r.year, r.phase, r.measure, r.unit, r2(r.mean), r2(r.se), r2(r.p5), r2(r.p50), r2(r.p95), r.seed, r.replicates]),
        );
      } else if (flags.format === "json") {
        text = `${JSON.stringify(
          {
            persona: model.name,
            place: pop.place,
            existingCount: su.existingCount,
            hazardRatio: { male: su.survival.male.hazardRatio, female: su.survival.female.hazardRatio },
            rows,
          },
          null,
          2,
        )}\n`;
      } else {
        const t = scaleUpTable(rows);
        text = `${pop.place}: ${formatNumber(su.existingCount)} personer med ${model.condition} ved start ${from}, nye tilfeller fra insidens × befolkning til ${to}; overgang ${tFrom} → ${tTo} for nye tilfeller.\n\n${t.title}\n${textTable(t.header, t.rows)}`;
      }
    } else {
      const mc = await runPersonaMonteCarlo(model, { seed, replicates, variation, workers });
      const rows = personaSummaryRows(model, mc.values, seed);
      if (flags.format === "csv") {
        text = toCsv(
          ["pathway", "measure", "phase", "unit", "mean", "se", "p5", "p50", "p95", "seed", "replicates"],
          rows.map((r) => [r.pathway, r.measure, r.phase, r.unit, r2(r.mean), r2(r.se), r2(r.p5), r2(r.p50), r2(r.p95), r.seed, r.replicates]),
        );
      } else if (flags.format === "json") {
        text = `${JSON.stringify(
          { persona: model.name, hazardRatio: model.monteCarlo.survival.hazardRatio, lifeTable: model.monteCarlo.survival.label, rows },
          null,
          2,
        )}\n`;
      } else {
        const s = model.monteCarlo.survival;
        const t = personaSummaryTable(model, rows);
        text = `Overlevelse: ${s.label} × hasardratio ${formatNumber(s.hazardRatio, 3)}${s.calibrated ? ` (kalibrert slik at medianalder ved død er ${model.deathAge} år)` : ""}.\n\n${t.title}\n${textTable(t.header, t.rows)}`;
      }
    }
  }
  emit(io, text, flags.out);
  return 0;
}
