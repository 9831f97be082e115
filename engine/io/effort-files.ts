import { existsSync, readdirSync } from "node:fs";
import { readTextFile } from "./text";
import { basename, dirname, extname, isAbsolute, join, relative } from "node:path";
import type { AllocationKey, CostCentreAmount } from "../effort/accounts";
import type { StepFigure } from "../effort/figures";
import type { EffortInput } from "../effort/run";
import { effortSpecSchema } from "../effort/spec";
import { buildStepSet, type Step, type StepSet } from "../effort/steps";
import { InputError } from "../errors";
import { LIMITS, limitExpected } from "../limits";
import { parseCsv, requireColumns, type CsvTable } from "./csv";
import { sniffDelimiter, splitCsvComments } from "./csv-comments";
import { parseNumberText } from "./number-text";
import { readJson } from "./json";
import { dataPath } from "../root";
import { parseWith } from "../scenario/zod-issues";

/** A staircase file: its steps and (optionally) per-step figures, with its settings. */
export interface Staircase {
  name: string;
  municipality?: string;
  priceYear?: number;
  stepSet: StepSet;
  figures: StepFigure[];
}

function readText(path: string, what: string): string {
  return readTextFile(path, `a readable ${what}`).text;
}

function table(text: string, file: string): { t: CsvTable; meta: Record<string, string>; metaLines: Record<string, number> } {
  const { text: body, meta, metaLines } = splitCsvComments(text);
  return { t: parseCsv(body, { file, delimiter: sniffDelimiter(body), strictWidth: true }), meta, metaLines };
}

function cell(t: CsvTable, r: string[], name: string): string {
  const i = t.header.indexOf(name);
  return i < 0 ? "" : (r[i] ?? "").trim();
}

function numberCell(t: CsvTable, r: string[], name: string, file: string, line: number, expected: string, ok: (x: number) => boolean): number | undefined {
  const raw = cell(t, r, name);
  const v = parseNumberText(raw);
  if (v === undefined) return undefined;
  if (!Number.isFinite(v) || !ok(v)) throw new InputError(`${file}: line ${line}, field "${name}": expected ${expected}, got "${raw}"`);
  if (Math.abs(v) > LIMITS.anyNumber)
    throw new InputError(`${file}: line ${line}, field "${name}": expected ${limitExpected(LIMITS.anyNumber, "a number in a file")}, got "${raw}"`);
  return v;
}

/**
 * Parses a staircase CSV: columns `step,name` and optionally `description,category,
 * recipient_unit,recipients,price_per_recipient_nok,cost_nok` (kr per year), after a
 * comment block with settings `# name:`, `# municipality:`, `# price_year:`. Rows with any
 * of recipients, price or cost give a figure; the others only define the step.
 */
export function parseStaircaseCsv(text: string, file: string): Staircase {
  const { t, meta, metaLines } = table(text, file);
  requireColumns(t, ["step", "name"], file);
  const steps: Step[] = [];
  const figures: StepFigure[] = [];
  t.rows.forEach((r, k) => {
    const line = t.lines[k];
    const step = numberCell(t, r, "step", file, line, "a whole step number", (x) => Number.isInteger(x) && x >= 0);
    if (step === undefined) throw new InputError(`${file}: line ${line}, field "step": expected a whole step number, got ""`);
    const unit = cell(t, r, "recipient_unit");
    steps.push({ step, name: cell(t, r, "name"), description: cell(t, r, "description"), category: cell(t, r, "category"), recipientUnit: unit || undefined });
    const recipients = numberCell(t, r, "recipients", file, line, "a non-negative number", (x) => x >= 0);
    const price = numberCell(t, r, "price_per_recipient_nok", file, line, "a non-negative number", (x) => x >= 0);
    const cost = numberCell(t, r, "cost_nok", file, line, "a number", () => true);
    if (recipients !== undefined || price !== undefined || cost !== undefined) {
      figures.push({ step, recipients, pricePerRecipientNok: price, costNok: cost, where: `${file}: line ${line}` });
    }
  });
  const name = meta.name || basename(file).replace(/\.csv$/i, "");
  let priceYear: number | undefined;
  if (meta.price_year !== undefined) {
    if (!/^\d{4}$/.test(meta.price_year))
      throw new InputError(`${file}: line ${metaLines.price_year}: "# price_year:": expected a four-digit year, got "${meta.price_year}"`);
    priceYear = Number(meta.price_year);
  }
  return { name, municipality: meta.municipality, priceYear, stepSet: buildStepSet(name, steps, file, t.lines), figures };
}

/**
 * Parses accounts: CSV (comma or semicolon) with the columns `cost_centre,amount_nok` and
 * optionally `name`; amounts in kr, negative after refunds, Norwegian number style
 * allowed ("-1 234,50"). Cost centres are kept as text.
 */
export function parseAccountsCsv(text: string, file: string): CostCentreAmount[] {
  const { t } = table(text, file);
  requireColumns(t, ["cost_centre", "amount_nok"], file);
  const out = t.rows.map((r, k) => {
    const line = t.lines[k];
    const costCentre = cell(t, r, "cost_centre");
    if (!costCentre) throw new InputError(`${file}: line ${line}, field "cost_centre": expected a cost centre, got ""`);
    const amount = numberCell(t, r, "amount_nok", file, line, "an amount in kr", () => true);
    if (amount === undefined) throw new InputError(`${file}: line ${line}, field "amount_nok": expected an amount in kr, got ""`);
    return { costCentre, name: cell(t, r, "name") || undefined, amountNok: amount, line };
  });
  if (out.length === 0) throw new InputError(`${file}: expected at least one cost centre, got none`);
  return out;
}

/**
 * Parses allocation keys: CSV (comma or semicolon) with the columns `cost_centre,step,
 * share` and optionally `user_group`. A blank step means "to no step" (reported as
 * unallocated). Shares are fractions (0.25) or percentages ("25 %").
 */
export function parseKeysCsv(text: string, file: string): AllocationKey[] {
  const { t } = table(text, file);
  requireColumns(t, ["cost_centre", "step", "share"], file);
  return t.rows.map((r, k) => {
    const line = t.lines[k];
    const costCentre = cell(t, r, "cost_centre");
    if (!costCentre) throw new InputError(`${file}: line ${line}, field "cost_centre": expected a cost centre, got ""`);
    const step = numberCell(t, r, "step", file, line, "a whole step number or blank", (x) => Number.isInteger(x) && x >= 0);
    const rawShare = cell(t, r, "share");
    const pct = /%\s*$/.test(rawShare);
    const share = parseNumberText(rawShare.replace(/%\s*$/, ""));
    if (share === undefined || !Number.isFinite(share) || Math.abs(share) > LIMITS.anyNumber)
      throw new InputError(`${file}: line ${line}, field "share": expected a share such as 0.25 or 25 %, got "${rawShare}"`);
    return { costCentre, step: step ?? null, userGroup: cell(t, r, "user_group"), share: pct ? share / 100 : share, line };
  });
}

/** Names of the staircases shipped in data/effort (file names without .csv), e.g. "asker-2020". */
export function builtInStaircases(): string[] {
  const dir = dataPath("effort");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => f.replace(/\.csv$/, ""))
    .sort();
}

/**
 * The path of a staircase given as a path (relative to `baseDir`) or as the name of a
 * shipped one: exact (`asker-2020`) or the municipality alone when unique (`asker`).
 */
export function staircasePath(ref: string, baseDir = ".", where = ref): string {
  const p = isAbsolute(ref) ? ref : join(baseDir, ref);
  if (existsSync(p)) return p;
  const names = builtInStaircases();
  const hit = names.includes(ref) ? ref : names.filter((n) => n.startsWith(`${ref.toLowerCase()}-`));
  const shipped = (n: string) => {
    const abs = join(dataPath("effort"), `${n}.csv`);
    const rel = relative(process.cwd(), abs);
    return rel.startsWith("..") ? abs : rel;
  };
  if (typeof hit === "string") return shipped(hit);
  if (hit.length === 1) return shipped(hit[0]);
  throw new InputError(`${where}: expected a staircase file or one of the shipped staircases (${names.join(", ")}), got "${ref}"`);
}

/** Reads a staircase CSV by path or shipped name (see parseStaircaseCsv, staircasePath). */
export function loadStaircase(ref: string, baseDir = "."): Staircase {
  const path = staircasePath(ref, baseDir);
  return parseStaircaseCsv(readText(path, "staircase file (CSV)"), path);
}

/** Reads accounts from a file (see parseAccountsCsv). */
export function readAccountsCsv(path: string): CostCentreAmount[] {
  return parseAccountsCsv(readText(path, "accounts file (CSV)"), path);
}

/** Reads allocation keys from a file (see parseKeysCsv). */
export function readKeysCsv(path: string): AllocationKey[] {
  return parseKeysCsv(readText(path, "allocation key file (CSV)"), path);
}

/**
 * Reads an effort-staircase input: a JSON effort file (see effortSpecSchema), a staircase
 * CSV, or the name of a shipped staircase. `overrides.accounts` and `overrides.keys`
 * (paths relative to the working directory, both or neither) replace the file's.
 */
export function readEffortFile(ref: string, overrides: { accounts?: string; keys?: string } = {}): EffortInput {
  if ((overrides.accounts === undefined) !== (overrides.keys === undefined)) {
    throw new InputError(`expected both --accounts and --keys or neither, got only ${overrides.accounts ? "--accounts" : "--keys"}`);
  }
  const withAccounts = (input: EffortInput, accounts?: string, keys?: string): EffortInput => {
    if (!accounts || !keys) return input;
    return { ...input, accounts: { amounts: readAccountsCsv(accounts), keys: readKeysCsv(keys), files: { accounts, keys } } };
  };
  const isJson = extname(ref).toLowerCase() === ".json";
  if (!isJson) {
    const s = loadStaircase(ref);
    return withAccounts({ name: s.name, priceYear: s.priceYear, stepSet: s.stepSet, figures: s.figures, shifts: [] }, overrides.accounts, overrides.keys);
  }
  const raw = readJson(ref);
  const spec = parseWith(effortSpecSchema, raw, ref);
  const base = dirname(ref);
  let stepSet: StepSet;
  let name = spec.name;
  let priceYear = spec.priceYear;
  if (typeof spec.steps === "string") {
    const s = loadStaircase(staircasePath(spec.steps, base, `${ref}: steps`));
    stepSet = s.stepSet;
    name ??= s.name;
    priceYear ??= s.priceYear;
  } else {
    stepSet = buildStepSet(spec.name ?? basename(ref), spec.steps, ref);
  }
  let figures: StepFigure[] = [];
  if (typeof spec.figures === "string") {
    const f = loadStaircase(staircasePath(spec.figures, base, `${ref}: figures`));
    figures = f.figures;
    priceYear ??= f.priceYear;
  } else if (spec.figures) {
    figures = spec.figures.map((f, k) => ({ ...f, where: `${ref}: figures[${k}]` }));
  }
  if ((spec.accounts === undefined) !== (spec.keys === undefined)) {
    throw new InputError(`${ref}: expected both "accounts" and "keys" or neither, got only "${spec.accounts ? "accounts" : "keys"}"`);
  }
  const input: EffortInput = {
    name: name ?? basename(ref).replace(/\.json$/i, ""),
    priceYear,
    stepSet,
    figures,
    userGroups: spec.userGroups,
    shifts: spec.shifts.map((s, k) => ({ ...s, where: `${ref}: shifts[${k}]` })),
  };
  if (overrides.accounts) return withAccounts(input, overrides.accounts, overrides.keys);
  return withAccounts(input, spec.accounts && join(base, spec.accounts), spec.keys && join(base, spec.keys));
}
