import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../engine/io/csv";
import { runToFolder } from "../../engine/report/write-run";

// The savings story of scenarios/default.json (Færder, Johs), read back from the files a run
// writes: the report's section and the council summary's rows must equal oppskalering.csv.
const dir = mkdtempSync(join(tmpdir(), "trappa-savings-"));
let up: string[][] = [];
let summary: Map<string, { label: string; value: number; unit: string }>;
let html = "";

/** Norwegian one-decimal millions as the report shows them (U+2212 minus, comma). */
const mill = (kr: number) => (Math.round(kr / 1e5) / 10).toFixed(1).replace(".", ",").replace("-", "\u2212");

/** A figure of oppskalering.csv: scenario, year ("" for none), measure, statistic. */
function fig(scenario: string, year: number | "", measure: string, statistic = "mean"): number {
  const r = up.find((x) => x[0] === scenario && x[1] === String(year) && x[2] === "" && x[3] === measure && x[5] === statistic);
  if (!r) throw new Error(`no oppskalering row ${scenario} ${year} ${measure} ${statistic}`);
  return Number(r[6]);
}

/** The cells of the report's table whose caption starts with `caption`, row by row. */
function tableCells(caption: string): string[][] {
  const at = html.indexOf(`<caption style="text-align:left;font-weight:bold">${caption}`);
  expect(at, caption).toBeGreaterThan(0);
  const body = html.slice(at, html.indexOf("</table>", at));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1].replace(/&nbsp;|\u00a0/g, " ")));
}

beforeAll(async () => {
  await runToFolder("scenarios/default.json", { out: dir });
  up = parseCsv(readFileSync(join(dir, "oppskalering.csv"), "utf8")).rows;
  summary = new Map(parseCsv(readFileSync(join(dir, "sammendrag.csv"), "utf8")).rows.map((r) => [r[0], { label: r[1], value: Number(r[2]), unit: r[3] }]));
  html = readFileSync(join(dir, "report.html"), "utf8");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the savings story of scenarios/default.json equals oppskalering.csv", () => {
  it("adds the headline rows to sammendrag.csv: 2040 cost per pathway, the transition's net and cumulative cost (means, mill. 2023-kr), the median break-even year", () => {
    for (const p of ["normal", "proactive", "reactive"]) {
      expect(summary.get(`savings_cost_${p}`)?.value).toBe(Math.round(fig(`alle-${p}`, 2040, "total_cost_nok") / 1e5) / 10);
      expect(summary.get(`savings_cost_${p}`)?.unit).toBe("mill. 2023-kr");
    }
    expect(summary.get("savings_transition_net_cost")?.value).toBe(Math.round(fig("overgang", 2040, "net_cost_nok") / 1e5) / 10);
    expect(summary.get("savings_transition_cumulative")?.value).toBe(Math.round(fig("overgang", 2040, "cumulative_net_cost_nok") / 1e5) / 10);
    expect(summary.get("savings_break_even_year")).toEqual({
      label: "Overgang: første år den akkumulerte nettokostnaden er null eller lavere (median)",
      value: fig("overgang", "", "break_even_year", "p50"),
      unit: "år",
    });
    // The figures themselves (Færder, seed 2040, 200 replicates): proactive cheaper than normal, reactive dearer; a saving by 2040.
    expect(fig("alle-proactive", 2040, "total_cost_nok")).toBeLessThan(fig("alle-normal", 2040, "total_cost_nok"));
    expect(fig("alle-reactive", 2040, "total_cost_nok")).toBeGreaterThan(fig("alle-normal", 2040, "total_cost_nok"));
    expect(summary.get("savings_transition_net_cost")!.value).toBeLessThan(0);
  });

  it("shows the same rows in the report's council summary table", () => {
    const rows = tableCells("Sammendrag for kommunestyret");
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(row(summary.get("savings_cost_normal")!.label)?.[1]).toBe(mill(fig("alle-normal", 2040, "total_cost_nok")));
    expect(row(summary.get("savings_transition_cumulative")!.label)?.[1]).toBe(mill(fig("overgang", 2040, "cumulative_net_cost_nok")));
    expect(row(summary.get("savings_break_even_year")!.label)?.[1]).toBe(String(fig("overgang", "", "break_even_year", "p50")));
  });

  it("shows every year of the municipality table as in oppskalering.csv (cost per pathway, net cost, its P5 and P95, cumulative)", () => {
    const rows = tableCells("Kommunen: årlig kostnad").slice(1);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 16 }, (_, i) => 2025 + i));
    for (const r of rows) {
      const y = Number(r[0]);
      expect(r.slice(1)).toEqual([
        mill(fig("alle-normal", y, "total_cost_nok")),
        mill(fig("alle-proactive", y, "total_cost_nok")),
        mill(fig("alle-reactive", y, "total_cost_nok")),
        mill(fig("overgang", y, "net_cost_nok")),
        mill(fig("overgang", y, "net_cost_nok", "p5")),
        mill(fig("overgang", y, "net_cost_nok", "p95")),
        mill(fig("overgang", y, "cumulative_net_cost_nok")),
      ]);
    }
  });

  it("shows one person's lifetime cost per pathway beside the published totals of ../shared/DOMAIN.md (within 0.2 %, the catalogue's rounding)", () => {
    const rows = tableCells("Én person: Johs").slice(1);
    // Published (DOMAIN.md): each age once 5 750 608 / 3 912 800 / 8 666 754; as listed (77 twice) 5 997 040 / 4 031 231 / 9 636 222.
    const published = [
      ["Normalforløp", 5_750_608, 5_997_040],
      ["Proaktivt forløp", 3_912_800, 4_031_231],
      ["Reaktivt forløp", 8_666_754, 9_636_222],
    ] as const;
    const num = (s: string) => Number(s.replace(/\s/g, ""));
    published.forEach(([name, once, listed], i) => {
      expect(rows[i][0]).toBe(name);
      expect(num(rows[i][3])).toBe(once);
      expect(num(rows[i][4])).toBe(listed);
      expect(Math.abs(num(rows[i][2]) / once - 1)).toBeLessThan(0.002);
    });
  });

  it("shows the run beside the published Færder scale-up: about 684 persons with dementia, a yearly saving after about seven years", () => {
    const rows = tableCells("Kjøringens tall ved siden av de publiserte");
    expect(rows.find((r) => r[0].startsWith("Personer med demens"))?.[2]).toBe("684");
    const firstSaving = Array.from({ length: 16 }, (_, i) => 2025 + i).find((y) => fig("overgang", y, "net_cost_nok") <= 0);
    expect(rows.find((r) => r[0] === "Overgang: år med årlig innsparing")?.[1]).toBe(`${firstSaving} (år ${firstSaving! - 2024})`);
    expect(rows.find((r) => r[0] === "Overgang: år med årlig innsparing")?.[2]).toBe("etter om lag 7 år");
  });
});
