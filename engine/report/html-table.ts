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
