import type { ColumnTable } from "../table/arquero";

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A simple HTML table (cells already formatted); columns after the first are
 * right-aligned, as numbers are in Norwegian reports.
 */
export function htmlTable(header: string[], rows: string[][], caption?: string): string {
  const th = header.map((h, i) => `<th style="text-align:${i === 0 ? "left" : "right"};padding:2px 8px">${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td style="text-align:${i === 0 ? "left" : "right"};padding:2px 8px">${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("\n");
  const cap = caption ? `<caption style="text-align:left;font-weight:bold">${escapeHtml(caption)}</caption>` : "";
  return `<table style="border-collapse:collapse">${cap}<thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A column of an arquero table as the report shows it: the table's column, its Norwegian heading, and how a value is written (default: as text). */
export interface HtmlColumn {
  key: string;
  label: string;
  /** The cell's text for a value that is not null (null and undefined are an empty cell). */
  format?: (value: never) => string;
}

/**
 * An arquero table as a report table (htmlTable): one row per table row, the columns
 * given, each value through its column's format (e.g. formatNumber for Norwegian
 * numbers); a text such as a region code "0301" is written as it is, null as an empty cell.
 *
 * @example arqueroHtmlTable(aq.table({ region: ["0301"], value: [1234.5] }), [{ key: "region", label: "Region" }, { key: "value", label: "Verdi", format: (v: number) => formatNumber(v, 1) }])
 */
export function arqueroHtmlTable(table: ColumnTable, columns: readonly HtmlColumn[], caption?: string): string {
  const get = columns.map((c) => table.getter(c.key));
  const rows: string[][] = [];
  for (let k = 0; k < table.numRows(); k++) {
    rows.push(
      columns.map((c, j) => {
        const v = get[j](k);
        if (v === null || v === undefined) return "";
        return c.format ? c.format(v as never) : String(v);
      }),
    );
  }
  return htmlTable(
    columns.map((c) => c.label),
    rows,
    caption,
  );
}
