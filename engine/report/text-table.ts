/**
 * A plain-text table for the terminal: the first column left-aligned, the others
 * right-aligned (numbers already formatted by the caller), columns separated by two spaces.
 */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[fmt(header), rule, ...rows.map(fmt)].join("\n")}\n`;
}
