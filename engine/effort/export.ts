import type { EffortResult } from "./run";

/**
 * The effort-staircase answer as tidy rows for CSV: table (step, total, user_group, cell,
 * unallocated, shift, view; a view's name is in the shift column), staircase, step, step name, user group, cost centre, shift,
 * measure, value, unit, price year. Money in kr per year; unknown values are left out.
 */
export function effortResultRows(result: EffortResult): { header: string[]; rows: Array<Array<string | number>> } {
  const d = result.distribution;
  const py = d.priceYear ?? "";
  const rows: Array<Array<string | number>> = [];
  const push = (
    table: string,
    o: { step?: number; stepName?: string; group?: string; centre?: string; shift?: string },
    measure: string,
    value: number | null,
    unit: string,
    money = false,
  ) => {
    if (value === null) return;
    rows.push([
      table,
      d.name,
      o.step ?? "",
      o.stepName ?? "",
      o.group ?? "",
      o.centre ?? "",
      o.shift ?? "",
      measure,
      Number(value.toPrecision(12)),
      unit,
      money ? py : "",
    ]);
  };
  for (const s of d.steps) {
    const o = { step: s.step, stepName: s.name };
    push("step", o, "cost", s.costNok, "NOK per year", true);
    push("step", o, "share", s.share, "share of total");
    push("step", o, "recipients", s.recipients, s.recipientUnit ?? "recipients");
    push("step", o, "cost_per_recipient", s.costPerRecipientNok, "NOK per recipient per year", true);
    push("step", o, "arsverk", s.arsverk, "årsverk");
    push("step", o, "decisions", s.decisions, "decisions");
    push("step", o, "hours_per_week", s.hoursPerWeek, "hours per week");
  }
  if (d.totalGiven) {
    push("total", {}, "without_figures", d.withoutFiguresNok, "NOK per year", true);
    push("total", {}, "total_given", d.totalCostNok, "NOK per year", true);
  }
  for (const g of d.userGroups) {
    push("user_group", { group: g.userGroup }, "cost", g.costNok, "NOK per year", true);
    push("user_group", { group: g.userGroup }, "share", g.share, "share of total");
    push("user_group", { group: g.userGroup }, "recipients", g.recipients, "recipients");
    push("user_group", { group: g.userGroup }, "cost_per_recipient", g.costPerRecipientNok, "NOK per recipient per year", true);
  }
  for (const c of d.cells) {
    const name = d.steps.find((s) => s.step === c.step)?.name;
    push("cell", { step: c.step, stepName: name, group: c.userGroup }, "cost", c.costNok, "NOK per year", true);
    push("cell", { step: c.step, stepName: name, group: c.userGroup }, "recipients", c.recipients, "recipients");
  }
  for (const u of d.unallocated)
    push(
      "unallocated",
      { centre: u.costCentre },
      u.reason === "no key" ? "unallocated_no_key" : "unallocated_key_to_no_step",
      u.amountNok,
      "NOK per year",
      true,
    );
  for (const s of result.shifts) {
    const o = { shift: s.name };
    push("shift", o, "from_step", s.from, "step");
    push("shift", o, "to_step", s.to, "step");
    push("shift", o, "recipients_moved", s.recipientsMoved, "recipients");
    push("shift", o, "unit_cost_from", s.unitCostFromNok, "NOK per recipient per year", true);
    push("shift", o, "unit_cost_to", s.unitCostToNok, "NOK per recipient per year", true);
    push("shift", o, "cost_effect", s.costEffectNok, "NOK per year", true);
    push("shift", o, "total_before", s.totalBeforeNok, "NOK per year", true);
    push("shift", o, "total_after", s.totalAfterNok, "NOK per year", true);
  }
  for (const v of result.views) {
    for (const s of v.steps) {
      const o = { step: s.step, stepName: s.name, shift: v.name };
      push("view", o, "cost", s.costNok, "NOK per year", true);
      push("view", o, "share_of_view", s.shareOfView, "share of view total");
      push("view", o, "share_of_total", s.shareOfTotal, "share of total");
    }
    push("view", { shift: v.name }, "view_total", v.totalNok, "NOK per year", true);
  }
  return { header: ["table", "staircase", "step", "step_name", "user_group", "cost_centre", "shift", "measure", "value", "unit", "price_year"], rows };
}
