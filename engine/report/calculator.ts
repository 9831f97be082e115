import { serviceLabel } from "../calculator/catalogue";
import { formatNumber } from "./format";
import { textTable } from "./text-table";
import type { PackageResult } from "../calculator/calculate";
import { unitInfo } from "../calculator/units";

/** A table ready to print: Norwegian headers and formatted cells. */
export interface FormattedTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** A quantity with as many decimals as it needs (0, 1 or 2), Norwegian style. */
export function formatQuantity(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "–";
  if (Math.abs(x - Math.round(x)) < 1e-9) return formatNumber(x, 0);
  return formatNumber(x, Math.abs(x) < 10 ? 2 : 1);
}

/**
 * One table per alternative: the lines with quantity, unit price, annual cost and staff
 * hours; each line's travel ("Reisetid") as its own row; the sum; and with users' fees each
 * fee as income (negative) and the net cost.
 */
export function alternativeTables(result: PackageResult): FormattedTable[] {
  return result.alternatives.map((a) => {
    const rows = a.lines.flatMap((l) => {
      const main = [
        serviceLabel(l.service, l.variant),
        formatQuantity(l.quantity),
        unitInfo(l.unit).quantityLabel,
        formatNumber(l.unitPriceNok),
        formatNumber(l.annualCostNok),
        l.annualStaffHours === null ? "–" : formatNumber(l.annualStaffHours),
      ];
      if (!l.travel) return [main];
      const t = l.travel;
      return [
        main,
        [
          `Reisetid: ${serviceLabel(l.service, l.variant)} (${formatQuantity(t.visitsPerWeek)} besøk × ${formatQuantity(t.minutesPerVisit)} min)`,
          formatQuantity((t.visitsPerWeek * t.minutesPerVisit) / 60),
          "timer per uke",
          formatNumber(l.unitPriceNok),
          formatNumber(t.costNok),
          formatNumber(t.hoursPerYear),
        ],
      ];
    });
    rows.push(["Sum", "", "", "", formatNumber(a.annualCostNok), formatNumber(a.annualStaffHours) + (a.staffHoursComplete ? "" : "*")]);
    if (a.fees.length) {
      for (const f of a.fees) rows.push([`Egenbetaling: ${f.name} (inntekt)`, "", "", "", formatNumber(-f.nokPerYear), ""]);
      rows.push(["Netto kostnad", "", "", "", formatNumber(a.netCostNok), ""]);
    }
    return { title: a.name, header: ["Tjeneste", "Mengde", "Enhet", "Pris (kr)", "Årskostnad (kr)", "Timer per år"], rows };
  });
}

/** The alternatives side by side: annual cost, staff hours, årsverk. */
export function comparisonTable(result: PackageResult): FormattedTable {
  const net = result.alternatives.some((a) => a.fees.length > 0);
  return {
    title: "Alternativene side om side",
    header: ["Alternativ", "Årskostnad (kr)", ...(net ? ["Egenbetaling (kr)", "Netto (kr)"] : []), "Timer per år", "Årsverk"],
    rows: result.alternatives.map((a) => [
      a.name,
      formatNumber(a.annualCostNok),
      ...(net ? [formatNumber(-a.userFeesNok), formatNumber(a.netCostNok)] : []),
      formatNumber(a.annualStaffHours) + (a.staffHoursComplete ? "" : "*"),
      formatNumber(a.fte, 2),
    ]),
  };
}

/** "Hvor mye har vi råd til": every catalogue service, one column per alternative. */
export function affordableTable(result: PackageResult): FormattedTable {
  return {
    title: "Hvor mye har vi råd til for samme årlige beløp",
    header: ["Tjeneste", "Enhet", ...result.alternatives.map((a) => a.name)],
    rows: result.affordable.map((r) => [
      serviceLabel(r.service, r.variant),
      unitInfo(r.unit).quantityLabel,
      ...r.quantity.map((q) => (q === null ? "–" : formatNumber(q, r.quantityKind === "places" ? 2 : 1))),
    ]),
  };
}

/**
 * The tables of a priced package: one per alternative, the alternatives compared, and what
 * else the same money buys.
 *
 * @example packageTables(calculatePackage(loadPriceCatalogue("oslo-nordstrand-2023-11"), pkg, "pakke.json")).comparison.title
 */
export function packageTables(result: PackageResult): { alternatives: FormattedTable[]; comparison: FormattedTable; affordable: FormattedTable } {
  return { alternatives: alternativeTables(result), comparison: comparisonTable(result), affordable: affordableTable(result) };
}

/** The whole calculator answer as plain text for the terminal (Norwegian). */
export function packageReportText(result: PackageResult): string {
  const c = result.catalogue;
  const out: string[] = [];
  out.push(
    `Ressurskalkulator: ${c.name}${c.priceYear !== undefined ? `, priser i ${c.priceYear}-kr` : ""}, ${formatNumber(c.hoursPerFte)} timer per årsverk\n`,
  );
  const t3 = packageTables(result);
  for (const t of [...t3.alternatives, t3.comparison, t3.affordable]) {
    out.push(`${t.title}\n${textTable(t.header, t.rows)}`);
  }
  if (result.alternatives.some((a) => !a.staffHoursComplete)) {
    out.push("* Timer mangler for tjenester der prislisten ikke har andel direkte tid (–); de er ikke med i summen.\n");
  }
  return out.join("\n");
}
