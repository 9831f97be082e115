/**
 * Golden files: whole scenarios pinned as rounded tidy CSVs (one file per table), so the
 * redesign moves code without moving figures. A golden file changes only in a commit that
 * names the bug it fixes. Values are rounded to 6 significant digits, so a change in
 * summation order does not show, while any change a reader of the report could see does.
 * Update deliberately with `npx vitest run test/golden -u`.
 */
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";
import type { ResultTable } from "../../engine/run/result-table";

function rounded(v: string | number): string {
  if (typeof v !== "number") return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  const r = Number(v.toPrecision(6));
  return String(r === 0 ? 0 : r);
}

/** The table's arquero data row by row, an empty year (null) as an empty field. */
function goldenCsv(t: ResultTable): string {
  const keys = t.columns.map((c) => c.key);
  const rows = t.data.objects() as Array<Record<string, string | number | null>>;
  return `${[keys.join(","), ...rows.map((r) => keys.map((k) => rounded(r[k] ?? "")).join(","))].join("\n")}\n`;
}

const cases: Array<{ name: string; file: string; uncertainty?: number }> = [
  { name: "default", file: "scenarios/default.json" },
  { name: "faerder-alt-profil", file: "scenarios/faerder-alt-profil.json" },
  { name: "halv-boliggjoring", file: "scenarios/varianter/halv-boliggjoring.json" },
  { name: "omfattende-hjemmetjenester", file: "scenarios/varianter/omfattende-hjemmetjenester.json" },
  // The uncertainty pipeline, pinned with a few replicates (the default seed).
  { name: "default-usikkerhet", file: "scenarios/default.json", uncertainty: 20 },
];

describe("golden files: whole scenarios as rounded tidy CSVs", () => {
  for (const c of cases) {
    it(`${c.file}${c.uncertainty ? ` --uncertainty ${c.uncertainty}` : ""}`, async () => {
      const result = runScenario(loadScenarioFile(c.file), c.uncertainty ? { uncertainty: c.uncertainty } : {});
      const tables = c.uncertainty ? result.tables.filter((t) => t.id.endsWith("usikkerhet")) : result.tables;
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) await expect(goldenCsv(t)).toMatchFileSnapshot(`./${c.name}/${t.id}.csv`);
    }, 300_000);
  }
});
