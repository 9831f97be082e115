import { formatNumber, formatPercent } from "./format";
import { textTable } from "./text-table";
import type { EffortResult } from "../effort/run";
import { formatStepNumbers } from "../effort/steps";

/** A table ready to print: Norwegian headers and formatted cells. */
export interface EffortTable {
  title: string;
  header: string[];
  rows: string[][];
}

const mill = (x: number | null) => (x === null ? "–" : formatNumber(x / 1e6, 1));
const kr = (x: number | null) => (x === null ? "–" : formatNumber(x));
const pct = (x: number | null) => (x === null ? "–" : formatPercent(x, 1));
const count = (x: number | null) => (x === null ? "–" : formatNumber(x, Math.abs(x - Math.round(x)) < 1e-9 ? 0 : 1));

/** Label of a user group in tables ("(alle)" for figures not split by group). */
export function userGroupLabel(group: string): string {
  return group === "" ? "(alle)" : group;
}

/**
 * Per step: cost (mill. kr), share, recipients, unit, cost per recipient (kr), and årsverk,
 * decisions and hours per week per recipient when any step has them; a row for the steps
 * without figures when the total is known; the sum.
 */
export function stepTable(result: EffortResult): EffortTable {
  const d = result.distribution;
  const has = (k: "arsverk" | "decisions" | "hoursPerWeek") => d.steps.some((s) => s[k] !== null);
  const extra: Array<{ head: string; cell: (s: (typeof d.steps)[number]) => string; sum: string }> = [];
  const sum = (k: "arsverk" | "decisions") => d.steps.reduce((t, s) => t + (s[k] ?? 0), 0);
  if (has("arsverk"))
    extra.push({ head: "Årsverk", cell: (s) => (s.arsverk === null ? "–" : formatNumber(s.arsverk, 1)), sum: formatNumber(sum("arsverk"), 1) });
  if (has("decisions")) extra.push({ head: "Vedtak", cell: (s) => count(s.decisions), sum: formatNumber(sum("decisions")) });
  if (has("hoursPerWeek"))
    extra.push({
      head: "Timer per uke per mottaker",
      cell: (s) => (s.hoursPerWeek === null || !s.recipients ? "–" : formatNumber(s.hoursPerWeek / s.recipients, 1)),
      sum: "",
    });
  const rows = d.steps.map((s) => [
    `${s.step} ${s.name}`,
    mill(s.costNok),
    pct(s.share),
    count(s.recipients),
    s.recipientUnit ?? "",
    kr(s.costPerRecipientNok),
    ...extra.map((e) => e.cell(s)),
  ]);
  const blank = extra.map(() => "");
  if (d.withoutFiguresNok > 0) {
    const steps = formatStepNumbers(d.steps.filter((s) => s.costNok === null).map((s) => s.step));
    rows.push([`Trinn uten tall (${steps})`, mill(d.withoutFiguresNok), pct(d.withoutFiguresNok / d.totalCostNok), "", "", "", ...blank]);
  }
  rows.push([
    d.totalGiven ? "Sum (oppgitt total)" : "Sum",
    mill(d.totalCostNok),
    d.totalCostNok > 0 ? formatPercent(1, 0) : "–",
    "",
    "",
    "",
    ...extra.map((e) => e.sum),
  ]);
  return {
    title: "Per trinn",
    header: ["Trinn", "Kostnad (mill. kr)", "Andel", "Mottakere", "Enhet", "Kr per mottaker", ...extra.map((e) => e.head)],
    rows,
  };
}

/** Each view: the steps it keeps, cost, share of the view's total and share of the whole staircase's total. */
export function viewTables(result: EffortResult): EffortTable[] {
  return result.views.map((v) => {
    const rows = v.steps.map((s) => [`${s.step} ${s.name}${s.note ? ` (${s.note})` : ""}`, mill(s.costNok), pct(s.shareOfView), pct(s.shareOfTotal)]);
    rows.push(["Sum", mill(v.totalNok), formatPercent(1, 0), pct(v.staircaseTotalNok > 0 ? v.totalNok / v.staircaseTotalNok : null)]);
    return {
      title: `Visning: ${v.name} (holdt utenfor ${formatNumber(v.removedNok / 1e6, 1)} mill. kr)`,
      header: ["Trinn", "Kostnad (mill. kr)", "Andel av visningen", "Andel av hele trappen"],
      rows,
    };
  });
}

/** Per category of steps: cost and share (empty when the steps have no categories). */
export function categoryTable(result: EffortResult): EffortTable {
  const d = result.distribution;
  const cats: string[] = [];
  for (const s of d.steps) if (s.category && !cats.includes(s.category)) cats.push(s.category);
  const rows = cats.map((c) => {
    const ss = d.steps.filter((s) => s.category === c);
    const known = ss.filter((s) => s.costNok !== null);
    const cost = known.length ? known.reduce((t, s) => t + (s.costNok as number), 0) : null;
    return [c, formatStepNumbers(ss.map((s) => s.step)), mill(cost), pct(cost === null || d.totalCostNok <= 0 ? null : cost / d.totalCostNok)];
  });
  return { title: "Per kategori", header: ["Kategori", "Trinn", "Kostnad (mill. kr)", "Andel"], rows };
}

/** Per user group: cost, share, recipients, cost per recipient. */
export function userGroupTable(result: EffortResult): EffortTable {
  const rows = result.distribution.userGroups.map((g) => [
    userGroupLabel(g.userGroup),
    mill(g.costNok),
    pct(g.share),
    count(g.recipients),
    kr(g.costPerRecipientNok),
  ]);
  return { title: "Per brukergruppe", header: ["Brukergruppe", "Kostnad (mill. kr)", "Andel", "Mottakere", "Kr per mottaker"], rows };
}

/** Steps × user groups, cost in mill. kr. */
export function cellTable(result: EffortResult): EffortTable {
  const d = result.distribution;
  const groups = d.userGroups.map((g) => g.userGroup);
  const rows = d.steps.map((s) => [
    `${s.step} ${s.name}`,
    ...groups.map((g) => {
      const c = d.cells.find((x) => x.step === s.step && x.userGroup === g);
      return c && c.costNok !== null ? mill(c.costNok) : "";
    }),
  ]);
  return { title: "Kostnad per trinn og brukergruppe (mill. kr)", header: ["Trinn", ...groups.map(userGroupLabel)], rows };
}

/** What the accounts could not allocate, with the reason, and the reconciliation. */
export function unallocatedTable(result: EffortResult): EffortTable {
  const reason = { "no key": "mangler fordelingsnøkkel", "key to no step": "nøkkelen gir ikke trinn" } as const;
  const rows = result.distribution.unallocated.map((u) => [u.costCentre, u.name, kr(u.amountNok), reason[u.reason]]);
  rows.push(["Sum", "", kr(result.distribution.unallocatedNok), ""]);
  return { title: "Ikke fordelt på trinn", header: ["Ansvar", "Navn", "Beløp (kr)", "Årsak"], rows };
}

/** Each shift: recipients moved, unit costs, cost effect per year and the new total. */
export function shiftTable(result: EffortResult): EffortTable {
  const rows = result.shifts.map((s) => [
    s.name,
    String(s.from),
    String(s.to),
    count(s.recipientsMoved),
    kr(s.unitCostFromNok),
    kr(s.unitCostToNok),
    mill(s.costEffectNok),
    mill(s.totalAfterNok),
  ]);
  return {
    title: "Forskyvninger (hver for seg, fra fordelingen over)",
    header: [
      "Forskyvning",
      "Fra trinn",
      "Til trinn",
      "Mottakere",
      "Kr per mottaker fra",
      "Kr per mottaker til",
      "Endring per år (mill. kr)",
      "Sum etter (mill. kr)",
    ],
    rows,
  };
}

/**
 * The tables of an effort-staircase answer that have something to show, in the order the
 * terminal prints them: steps; categories (more than one); user groups and the cells of
 * step × group (when groups are given); what the accounts left unallocated; the shifts.
 *
 * @example effortTables(runEffort(readEffortFile("scenarios/effort/eksempel/eksempelkommune.json"))).steps.title
 */
export function effortTables(result: EffortResult): {
  steps: EffortTable;
  categories?: EffortTable;
  userGroups?: EffortTable;
  cells?: EffortTable;
  unallocated?: EffortTable;
  shifts?: EffortTable;
  views?: EffortTable[];
} {
  const d = result.distribution;
  const cat = categoryTable(result);
  const groups = d.userGroups.length > 1 || (d.userGroups.length === 1 && d.userGroups[0].userGroup !== "");
  return {
    steps: stepTable(result),
    ...(cat.rows.length > 1 ? { categories: cat } : {}),
    ...(groups ? { userGroups: userGroupTable(result), cells: cellTable(result) } : {}),
    ...(result.allocation ? { unallocated: unallocatedTable(result) } : {}),
    ...(result.shifts.length ? { shifts: shiftTable(result) } : {}),
    ...(result.views.length ? { views: viewTables(result) } : {}),
  };
}

/** The whole effort-staircase answer as plain text for the terminal (Norwegian). */
export function effortReportText(result: EffortResult): string {
  const d = result.distribution;
  const out: string[] = [`Innsatstrapp: ${d.name}${d.priceYear !== undefined ? ` (kostnader i ${d.priceYear}-kr per år)` : ""}\n`];
  for (const t of Object.values(effortTables(result)).flat()) if (t) out.push(`${t.title}\n${textTable(t.header, t.rows)}`);
  if (result.allocation) {
    const a = result.allocation;
    out.push(`Regnskapet i alt ${kr(a.accountsTotalNok)} kr = fordelt på trinn ${kr(a.allocatedNok)} kr + ikke fordelt ${kr(a.unallocatedNok)} kr.\n`);
  }
  return out.join("\n");
}
