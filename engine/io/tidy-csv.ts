/** Formats tidy rows as CSV (comma, `.` decimal, RFC 4180 quoting where needed). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const q = (v: string | number) => {
    const s = typeof v === "number" ? String(v) : v;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header.map(q).join(","), ...rows.map((r) => r.map(q).join(","))].join("\n")}\n`;
}
