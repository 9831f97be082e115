import { formatNumber, formatPercent } from "./format";

/** Decimals a council-summary unit is shown with: 0.1 for årsverk and millions, whole numbers else. */
export function summaryDecimals(unit: string): number {
  return unit === "årsverk" || unit.startsWith("mill.") ? 1 : 0;
}

/** A council-summary value as the report shows it: a share as per cent, a year as is, else a Norwegian number. */
export function summaryValueText(value: number, unit: string): string {
  return unit === "andel" ? formatPercent(value, 1) : unit === "år" ? String(value) : formatNumber(value, summaryDecimals(unit));
}

/** A council-summary unit as the report shows it (none for a share, shown as per cent). */
export function summaryUnitText(unit: string): string {
  return unit === "andel" ? "" : unit;
}
