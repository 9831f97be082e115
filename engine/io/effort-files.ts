import { existsSync, readdirSync } from "node:fs";
import { readTextFile } from "./text";
import { basename, dirname, extname, isAbsolute, join, relative } from "node:path";
import type { AllocationKey, CostCentreAmount } from "../effort/accounts";
import type { StepFigure } from "../effort/figures";
import type { EffortInput } from "../effort/run";
import { type EffortSpec, effortSpecSchema } from "../scenario/effort";
import { buildStepSet, type Step, type StepSet } from "../effort/steps";
import { InputError } from "../errors";
import { LIMITS, limitExpected } from "../limits";
import { parseCsv, requireColumns, type CsvTable } from "./csv";
import { splitCsvComments } from "./csv-comments";
import { parseNumberText } from "./number-text";
import { readJson } from "./json";
import { dataPath } from "../root";
import { parseWith } from "../scenario/zod-issues";

/** A staircase file: its steps and (optionally) per-step figures, with its settings. */
export interface Staircase {
  name: string;
  municipality?: string;
  priceYear?: number;
  /** The staircase's known total, kr per year (`# total_nok:`), including steps without figures. */
  totalNok?: number;
  stepSet: StepSet;
  figures: StepFigure[];
}

function readText(path: string, what: string): string {
  return readTextFile(path, `a readable ${what}`).text;
}

function table(text: string, file: string): { t: CsvTable; meta: Record<string, string>; metaLines: Record<string, number> } {
  const { text: body, meta, metaLines } = splitCsvComments(text);
  return { t: parseCsv(body, { file, strictWidth: true }), meta, metaLines };
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
 * recipient_unit,recipients,price_per_recipient_nok,cost_nok` (kr per year), `arsverk`,
 * `decisions`, `hours_per_week`, after a comment block with settings `# name:`,
 * `# municipality:`, `# price_year:` and `# total_nok:` (the published total, kr per year,
 * steps without figures included). Rows with any figure give a figure; the others only
 * define the step.
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
    const arsverk = numberCell(t, r, "arsverk", file, line, "a non-negative number", (x) => x >= 0);
    const decisions = numberCell(t, r, "decisions", file, line, "a non-negative number", (x) => x >= 0);
    const hoursPerWeek = numberCell(t, r, "hours_per_week", file, line, "a non-negative number", (x) => x >= 0);
    const given: Omit<StepFigure, "step" | "where"> = { recipients, pricePerRecipientNok: price, costNok: cost, arsverk, decisions, hoursPerWeek };
    if (Object.values(given).some((v) => v !== undefined)) {
      const known = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      figures.push({ step, ...known, where: `${file}: line ${line}` });
    }
  });
  const name = meta.name || basename(file).replace(/\.csv$/i, "");
  let priceYear: number | undefined;
  if (meta.price_year !== undefined) {
    if (!/^\d{4}$/.test(meta.price_year))
      throw new InputError(`${file}: line ${metaLines.price_year}: "# price_year:": expected a four-digit year, got "${meta.price_year}"`);
    priceYear = Number(meta.price_year);
  }
  let totalNok: number | undefined;
  if (meta.total_nok !== undefined) {
    totalNok = parseNumberText(meta.total_nok);
    if (totalNok === undefined || !Number.isFinite(totalNok) || totalNok < 0)
      throw new InputError(`${file}: line ${metaLines.total_nok}: "# total_nok:": expected a total in kr, got "${meta.total_nok}"`);
  }
  const out: Staircase = { name, municipality: meta.municipality, priceYear, stepSet: buildStepSet(name, steps, file, t.lines), figures };
  if (totalNok !== undefined) out.totalNok = totalNok;
  return out;
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
    const input: EffortInput = { name: s.name, priceYear: s.priceYear, stepSet: s.stepSet, figures: s.figures, shifts: [] };
    if (s.totalNok !== undefined && !overrides.accounts) Object.assign(input, { totalNok: s.totalNok, totalWhere: s.stepSet.file });
    return withAccounts(input, overrides.accounts, overrides.keys);
  }
  const spec = parseWith(effortSpecSchema, readJson(ref), ref);
  const input = effortInputFromSpec(spec, ref, dirname(ref), basename(ref).replace(/\.json$/i, ""));
  if (overrides.accounts) return withAccounts({ ...input, accounts: undefined, totalNok: spec.totalNok }, overrides.accounts, overrides.keys);
  return input;
}

/**
 * An effort-staircase input from a validated spec (an effort file or a scenario's `effort`
 * part): steps and figures from files or inline, the accounts and keys read, the known
 * total (the spec's, else the staircase file's), shifts and views. `where` names the file
 * in messages and `fieldPrefix` the part's path in it ("effort." in a scenario); paths are
 * relative to `baseDir`.
 */
export function effortInputFromSpec(spec: EffortSpec, where: string, baseDir: string, fallbackName: string, fieldPrefix = ""): EffortInput {
  const at = (field: string) => `${where}: ${fieldPrefix}${field}`;
  const part = fieldPrefix ? `${where}: ${fieldPrefix.replace(/\.$/, "")}` : where;
  let stepSet: StepSet;
  let name = spec.name;
  let priceYear = spec.priceYear;
  let totalNok = spec.totalNok;
  let totalWhere = spec.totalNok !== undefined ? part : undefined;
  if (typeof spec.steps === "string") {
    const s = loadStaircase(staircasePath(spec.steps, baseDir, at("steps")));
    stepSet = s.stepSet;
    name ??= s.name;
    priceYear ??= s.priceYear;
  } else {
    stepSet = buildStepSet(spec.name ?? fallbackName, spec.steps, part);
  }
  let figures: StepFigure[] = [];
  if (typeof spec.figures === "string") {
    const f = loadStaircase(staircasePath(spec.figures, baseDir, at("figures")));
    figures = f.figures;
    priceYear ??= f.priceYear;
    if (totalNok === undefined && f.totalNok !== undefined && !spec.accounts) {
      totalNok = f.totalNok;
      totalWhere = f.stepSet.file;
    }
  } else if (spec.figures) {
    figures = spec.figures.map((f, k) => ({ ...f, where: at(`figures[${k}]`) }));
  }
  if ((spec.accounts === undefined) !== (spec.keys === undefined)) {
    throw new InputError(`${part}: expected both "accounts" and "keys" or neither, got only "${spec.accounts ? "accounts" : "keys"}"`);
  }
  const input: EffortInput = {
    name: name ?? fallbackName,
    priceYear,
    stepSet,
    figures,
    userGroups: spec.userGroups,
    shifts: spec.shifts.map((s, k) => ({ ...s, where: at(`shifts[${k}]`) })),
    views: spec.views.map((v, k) => ({ ...v, where: at(`views[${k}]`) })),
    ...(totalNok !== undefined ? { totalNok, totalWhere } : {}),
  };
  if (!spec.accounts || !spec.keys) return input;
  const accounts = join(baseDir, spec.accounts);
  const keys = join(baseDir, spec.keys);
  return { ...input, accounts: { amounts: readAccountsCsv(accounts), keys: readKeysCsv(keys), files: { accounts, keys } } };
}
