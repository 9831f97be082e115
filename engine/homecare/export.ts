import type { HomeServiceResult } from "./analysis";
import type { ShiftedProfile } from "./shift";

/**
 * A home-service analysis as tidy rows: table (hours, age, unit, per_100_users,
 * extensive, shift), group (band, unit or reference), measure, value, unit. Shares as
 * fractions; unknown values left out.
 */
export function homeServiceRows(
  r: HomeServiceResult,
  shift?: { name: string; result: ShiftedProfile },
): { header: string[]; rows: Array<Array<string | number>> } {
  const rows: Array<Array<string | number>> = [];
  const push = (table: string, group: string, measure: string, value: number | null, unit: string) => {
    if (value !== null) rows.push([table, r.name, group, measure, Number(value.toPrecision(12)), unit]);
  };
  for (const [table, bands] of [
    ["hours", r.byHours],
    ["age", r.byAge],
  ] as const) {
    for (const b of bands) {
      push(table, b.label, "recipients", b.count, "recipients");
      push(table, b.label, "share", b.share, "share of recipients");
      push(table, b.label, "cumulative_share", b.cumulativeShare, "share of recipients");
    }
  }
  for (const u of [...r.units, r.total]) {
    push("unit", u.unit, "recipients", u.recipients, "recipients");
    push("unit", u.unit, "hours_per_week", u.hoursPerWeek, "hours per week");
    push("unit", u.unit, "arsverk_needed", u.arsverkNeeded, "årsverk");
    push("unit", u.unit, "arsverk", u.arsverk, "årsverk");
  }
  push("unit", r.total.unit, "direct_share", r.directShare, "share of staff time");
  push("per_100_users", r.name, "arsverk_per_100_users", r.per100.arsverk, "årsverk per 100 recipients");
  push("per_100_users", r.name, "arsverk_needed_per_100_users", r.per100.needed, "årsverk per 100 recipients");
  for (const x of r.per100.references) push("per_100_users", x.name, "reference_arsverk_per_100_users", x.arsverkPer100Users, "årsverk per 100 recipients");
  push("extensive", `${r.extensiveHours}+`, "recipients", r.extensive.count, "recipients");
  push("extensive", `${r.extensiveHours}+`, "share", r.extensive.share, "share of recipients");
  if (shift) {
    for (const m of shift.result.moved) push("shift", m.band, "share_moved_home", m.share, "share of residents");
    push("shift", shift.name, "arsverk_per_user", shift.result.arsverkPerUser, "årsverk per recipient");
  }
  return { header: ["table", "analysis", "group", "measure", "value", "unit"], rows };
}
