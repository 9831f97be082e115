import type { Pair, StepComparison } from "../effort/compare";
import { toCsv } from "../io/tidy-csv";
import { formatNumber } from "./format";
import { textTable } from "./text-table";

const mill = (x: number | null) => (x === null ? "–" : formatNumber(x / 1e6, 1));
const pct = (x: number | null) => (x === null ? "–" : formatNumber(x * 100, 1));
const kr = (x: number | null) => (x === null ? "–" : formatNumber(x));
const one = (x: number | null) => (x === null ? "–" : formatNumber(x, 1));

/** The step's label: "7 Helsehjelp …", both names when they differ, "Sum" for the totals' row. */
function label(r: StepComparison): string {
  if (r.step < 0) return "Sum";
  const names = r.nameA === r.nameB || !r.nameB ? r.nameA : !r.nameA ? r.nameB : `${r.nameA} / ${r.nameB}`;
  return `${r.step} ${names}`;
}

/**
 * Two staircases step by step as a Norwegian text table: cost (mill. kr), share (%) and
 * its change in percentage points, recipients, cost per recipient and årsverk, A, B and
 * B − A; "–" where unknown.
 */
export function staircaseComparisonText(rows: readonly StepComparison[], names: { a: string; b: string }): string {
  const withArsverk = rows.some((r) => r.step >= 0 && (r.arsverk.a !== null || r.arsverk.b !== null));
  const body = rows.map((r) => [
    label(r),
    mill(r.costNok.a),
    mill(r.costNok.b),
    mill(r.costNok.difference),
    pct(r.share.a),
    pct(r.share.b),
    pct(r.share.difference),
    r.step < 0 ? "" : kr(r.recipients.a),
    r.step < 0 ? "" : kr(r.recipients.b),
    r.step < 0 ? "" : kr(r.costPerRecipientNok.a),
    r.step < 0 ? "" : kr(r.costPerRecipientNok.b),
    ...(withArsverk ? [one(r.arsverk.a), one(r.arsverk.b), one(r.arsverk.difference)] : []),
  ]);
  const header = [
    "Trinn",
    "Kostnad A (mill. kr)",
    "Kostnad B",
    "Differanse",
    "Andel A (%)",
    "Andel B",
    "Endring (prosentpoeng)",
    "Mottakere A",
    "Mottakere B",
    "Kr per mottaker A",
    "Kr per mottaker B",
    ...(withArsverk ? ["Årsverk A", "Årsverk B", "Differanse"] : []),
  ];
  return `Innsatstrapp trinn for trinn: A = ${names.a}, B = ${names.b} (differanse = B − A)\n${textTable(header, body)}`;
}

/** The step comparison as tidy CSV: step (total for the sum), name_a, name_b, measure, value_a, value_b, difference (empty when unknown). */
export function staircaseComparisonCsv(rows: readonly StepComparison[]): string {
  const e = (x: number | null) => (x === null ? "" : Number(x.toPrecision(12)));
  const out: Array<Array<string | number>> = [];
  for (const r of rows) {
    const measures: Array<[string, Pair]> = [
      ["cost", r.costNok],
      ["share", r.share],
      ["recipients", r.recipients],
      ["cost_per_recipient", r.costPerRecipientNok],
      ["arsverk", r.arsverk],
    ];
    for (const [m, p] of measures) {
      if (p.a === null && p.b === null) continue;
      out.push([r.step < 0 ? "total" : r.step, r.nameA, r.nameB, m, e(p.a), e(p.b), e(p.difference)]);
    }
  }
  return toCsv(["step", "name_a", "name_b", "measure", "value_a", "value_b", "difference"], out);
}
