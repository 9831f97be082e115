import type { HomeServiceResult } from "../homecare/analysis";
import type { ShiftedProfile } from "../homecare/shift";
import { formatNumber, formatPercent } from "./format";
import { textTable } from "./text-table";

/** A table ready to print: Norwegian headers and formatted cells. */
export interface HomeServiceTable {
  title: string;
  header: string[];
  rows: string[][];
}

const one = (x: number | null) => (x === null ? "–" : formatNumber(x, 1));

/** Recipients by hours decided per week: count, share and the share under the band's upper limit. */
export function hoursTable(r: HomeServiceResult): HomeServiceTable {
  return {
    title: "Mottakere etter vedtatte timer per uke",
    header: ["Timer per uke", "Mottakere", "Andel", "Andel til og med gruppen"],
    rows: r.byHours.map((b) => [b.label, formatNumber(b.count), formatPercent(b.share), formatPercent(b.cumulativeShare)]),
  };
}

/** Recipients by age. */
export function ageTable(r: HomeServiceResult): HomeServiceTable {
  return {
    title: "Mottakere etter alder",
    header: ["Alder", "Mottakere", "Andel", "Andel til og med gruppen"],
    rows: r.byAge.map((b) => [b.label, formatNumber(b.count), formatPercent(b.share), formatPercent(b.cumulativeShare)]),
  };
}

/** Per unit: recipients, hours per week, årsverk needed at the direct-time share, today's årsverk. */
export function unitTable(r: HomeServiceResult): HomeServiceTable {
  const row = (u: HomeServiceResult["total"]) => [
    u.unit,
    formatNumber(u.recipients),
    formatNumber(u.hoursPerWeek, 1),
    formatNumber(u.arsverkNeeded, 1),
    one(u.arsverk),
  ];
  return {
    title: `Årsverk per enhet ved ${formatPercent(r.directShare, 0)} direkte tid (${formatNumber(r.hoursPerArsverk)} timer per årsverk)`,
    header: ["Enhet", "Mottakere", "Timer per uke", "Årsverk som trengs", "Årsverk i dag"],
    rows: [...r.units.map(row), row(r.total)],
  };
}

/** Årsverk per 100 users: today's (given) and the needed, beside the reference values. */
export function per100Table(r: HomeServiceResult): HomeServiceTable {
  const rows = [
    ["Kommunen: årsverk i dag (oppgitt)", one(r.per100.arsverk)],
    [`Kommunen: årsverk vedtakene krever ved ${formatPercent(r.directShare, 0)} direkte tid`, one(r.per100.needed)],
    ...r.per100.references.map((x) => [x.name, one(x.arsverkPer100Users)]),
  ];
  return { title: "Årsverk per 100 brukere", header: ["", "Årsverk per 100 brukere"], rows };
}

/** The shift "flere brukere med omfattende hjemmetjenester": share moved home per band and the årsverk per moved user. */
export function shiftTable(name: string, s: ShiftedProfile, hoursPerWeek: number): HomeServiceTable {
  return {
    title: `${name}: andel av innbyggerne som bor hjemme med ${formatNumber(hoursPerWeek, 1)} timer i uka (${formatNumber(s.arsverkPerUser, 3)} årsverk per bruker)`,
    header: ["Aldersgruppe", "Andel flyttet hjem"],
    rows: s.moved.map((m) => [m.band, formatPercent(m.share, 2)]),
  };
}

/** Every table of a home-service analysis, in print order. */
export function homeServiceTables(r: HomeServiceResult, shift?: { name: string; result: ShiftedProfile; hoursPerWeek: number }): HomeServiceTable[] {
  const t = [hoursTable(r), ageTable(r), unitTable(r), per100Table(r)];
  if (shift) t.push(shiftTable(shift.name, shift.result, shift.hoursPerWeek));
  return t;
}

/** The analysis as plain Norwegian text for the terminal. */
export function homeServiceText(
  r: HomeServiceResult,
  shift?: { name: string; result: ShiftedProfile; hoursPerWeek: number },
  perUserOnly?: { name: string; arsverkPerUser: number; hoursPerWeek: number },
): string {
  const out = [
    `Hjemmetjenester: ${r.name}`,
    `${formatNumber(r.recipients)} mottakere med ${formatNumber(r.decisions)} vedtak, ${formatNumber(r.hoursPerWeek, 1)} timer per uke i alt; ` +
      `${formatNumber(r.extensive.count)} (${formatPercent(r.extensive.share)}) har ${formatNumber(r.extensiveHours, 1)} timer eller mer.\n`,
  ];
  for (const t of homeServiceTables(r, shift)) out.push(`${t.title}\n${textTable(t.header, t.rows)}`);
  if (perUserOnly) {
    out.push(
      `${perUserOnly.name}: hver bruker med ${formatNumber(perUserOnly.hoursPerWeek, 1)} timer i uka trenger ${formatNumber(perUserOnly.arsverkPerUser, 3)} årsverk ` +
        `(gi scenarioet en boligtrapp for å se virkningen på boligprofilen).\n`,
    );
  }
  return out.join("\n");
}
