import type { PackageResult } from "./calculate";
import { unitInfo } from "./units";

const r2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);
const r4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);

/**
 * The calculator answer as a plain JSON value, numbers rounded (kroner and hours to 2
 * decimals, årsverk and quantities to 4): `{catalogue, alternatives: [{name, annualCostNok,
 * annualStaffHours, fte, staffHoursComplete, lines}], affordable: [{service, variant, unit, quantity: [...]}]}`.
 */
export function packageResultJson(result: PackageResult): unknown {
  return {
    catalogue: result.catalogue,
    alternatives: result.alternatives.map((a) => ({
      name: a.name,
      annualCostNok: r2(a.annualCostNok),
      ...(a.travelCostNok !== 0 || a.fees.length
        ? {
            serviceCostNok: r2(a.serviceCostNok),
            travelCostNok: r2(a.travelCostNok),
            userFeesNok: r2(a.userFeesNok),
            netCostNok: r2(a.netCostNok),
            fees: a.fees,
          }
        : {}),
      annualStaffHours: r2(a.annualStaffHours),
      fte: r4(a.fte),
      staffHoursComplete: a.staffHoursComplete,
      lines: a.lines.map((l) => ({
        step: l.step ?? null,
        service: l.service,
        variant: l.variant,
        unit: l.unit,
        quantity: l.quantity,
        quantityKind: l.quantityKind,
        unitPriceNok: l.unitPriceNok,
        annualCostNok: r2(l.annualCostNok),
        annualStaffHours: r2(l.annualStaffHours),
        fte: r4(l.fte),
        ...(l.travel ? { travel: { ...l.travel, hoursPerYear: r2(l.travel.hoursPerYear), costNok: r2(l.travel.costNok) } } : {}),
      })),
    })),
    affordable: result.affordable.map((r) => ({
      step: r.step ?? null,
      service: r.service,
      variant: r.variant,
      unit: r.unit,
      quantityKind: r.quantityKind,
      quantity: r.quantity.map(r4),
    })),
  };
}

/**
 * The calculator answer as tidy rows for CSV: table (line, travel, user_fee, total,
 * affordable; travel and fee rows, and the totals' service, travel, fee and net cost, only
 * when the package has travel times or fees),
 * alternative, step, service, variant, measure, value, unit, price year.
 */
export function packageResultRows(result: PackageResult): { header: string[]; rows: Array<Array<string | number>> } {
  const py = result.catalogue.priceYear ?? "";
  const rows: Array<Array<string | number>> = [];
  const push = (
    table: string,
    alt: string,
    step: number | undefined,
    service: string,
    variant: string,
    measure: string,
    value: number | null,
    unit: string,
    priceYear: number | "" = "",
  ) => {
    if (value === null) return;
    rows.push([table, alt, step ?? "", service, variant, measure, value, unit, priceYear]);
  };
  for (const a of result.alternatives) {
    for (const l of a.lines) {
      const qUnit = unitInfo(l.unit).quantityUnit;
      push("line", a.name, l.step, l.service, l.variant, "quantity", l.quantity, qUnit);
      push("line", a.name, l.step, l.service, l.variant, "unit_price", l.unitPriceNok, `NOK ${l.unit}`, py);
      push("line", a.name, l.step, l.service, l.variant, "annual_cost", r2(l.annualCostNok), "NOK per year", py);
      push("line", a.name, l.step, l.service, l.variant, "staff_hours", r2(l.annualStaffHours), "hours per year");
      push("line", a.name, l.step, l.service, l.variant, "fte", r4(l.fte), "årsverk");
      if (l.travel) {
        push("travel", a.name, l.step, l.service, l.variant, "visits", l.travel.visitsPerWeek, "visits per week");
        push("travel", a.name, l.step, l.service, l.variant, "minutes_per_visit", l.travel.minutesPerVisit, "minutes");
        push("travel", a.name, l.step, l.service, l.variant, "staff_hours", r2(l.travel.hoursPerYear), "hours per year");
        push("travel", a.name, l.step, l.service, l.variant, "annual_cost", r2(l.travel.costNok), "NOK per year", py);
      }
    }
    for (const f of a.fees) push("user_fee", a.name, undefined, f.name, "", "income", r2(f.nokPerYear), "NOK per year", py);
    if (a.travelCostNok !== 0 || a.fees.length) {
      push("total", a.name, undefined, "", "", "service_cost", r2(a.serviceCostNok), "NOK per year", py);
      push("total", a.name, undefined, "", "", "travel_cost", r2(a.travelCostNok), "NOK per year", py);
      push("total", a.name, undefined, "", "", "user_fees", r2(a.userFeesNok), "NOK per year", py);
      push("total", a.name, undefined, "", "", "net_cost", r2(a.netCostNok), "NOK per year", py);
    }
    push("total", a.name, undefined, "", "", "annual_cost", r2(a.annualCostNok), "NOK per year", py);
    push("total", a.name, undefined, "", "", "staff_hours", r2(a.annualStaffHours), "hours per year");
    push("total", a.name, undefined, "", "", "fte", r4(a.fte), "årsverk");
  }
  for (const r of result.affordable) {
    const qUnit = unitInfo(r.unit).quantityUnit;
    r.quantity.forEach((q, i) => push("affordable", result.alternatives[i].name, r.step, r.service, r.variant, "quantity", r4(q), qUnit));
  }
  return { header: ["table", "alternative", "step", "service", "variant", "measure", "value", "unit", "price_year"], rows };
}
