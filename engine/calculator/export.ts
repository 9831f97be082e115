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
 * The calculator answer as tidy rows for CSV: table (line, total, affordable),
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
