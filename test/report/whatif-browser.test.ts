import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../engine/io/csv";
import { hasChromium, withChromium } from "../../engine/io/chromium";
import { runToFolder } from "../../engine/report/write-run";
import { summaryValueText } from "../../engine/report/summary-cells";

// Needs Debian's chromium (scripts/setup.sh installs it).
const skip = !hasChromium();
if (skip) console.warn("test/report/whatif-browser.test.ts: hoppet over: /usr/bin/chromium finnes ikke (kjør bash scripts/setup.sh)");

interface Combination {
  alternative: string;
  share: number;
  year: number;
  /** Per cent change in coverage, per cent change in unit costs, real wage growth in per mille a year (the sliders' units). */
  coverage: number;
  cost: number;
  wage: number;
  /** Per cent of new cases on the proactive pathway. */
  proactive: number;
}

/** Three combinations of the controls, two with a non-MMMM alternative; every control moves in at least one. */
const COMBINATIONS: Combination[] = [
  { alternative: "LLML", share: 50, year: 2040, coverage: 0, cost: 0, wage: 0, proactive: 100 },
  { alternative: "MMMM", share: 100, year: 2035, coverage: -10, cost: 10, wage: 0, proactive: 50 },
  { alternative: "HHMH", share: 25, year: 2045, coverage: 5, cost: -20, wage: 15, proactive: 70 },
];

const dir = mkdtempSync(join(tmpdir(), "trappa-whatif-"));
const artifacts = resolve("test", "artifacts");
const results: Array<{
  combination: Combination;
  page: Record<string, string>;
  savings: Record<string, string>;
  variant: Record<string, unknown>;
  cli: Record<string, string>;
  cliSavings: Record<string, string>;
}> = [];
const errors: string[] = [];
const requests: string[] = [];
let runColumn: Record<string, string> = {};
let runSavings: Record<string, string> = {};
let sammendrag: string[][] = [];

async function setControls(page: Page, c: Combination): Promise<void> {
  await page.selectOption("#wi-alternative", c.alternative);
  for (const [id, v] of [
    ["#wi-share", c.share],
    ["#wi-year", c.year],
    ["#wi-coverage", c.coverage],
    ["#wi-cost", c.cost],
    ["#wi-wage", c.wage],
    ["#wi-proactive", c.proactive],
  ] as const) {
    await page.fill(id, String(v));
    await page.dispatchEvent(id, "input");
  }
}

/** A table of the panel (the summary, or the savings): key → the cell of column `col` (1 the run's, 3 the what-if). */
async function column(page: Page, col: number, body = "wi-summary-body"): Promise<Record<string, string>> {
  return (await page.evaluate(
    `Object.fromEntries(Array.from(document.querySelectorAll("#${body} tr")).map(function (tr) { return [tr.dataset.key, tr.children[${col}].textContent]; }))`,
  )) as Record<string, string>;
}

beforeAll(async () => {
  if (skip) return;
  await runToFolder("scenarios/default.json", { out: dir });
  sammendrag = parseCsv(readFileSync(join(dir, "sammendrag.csv"), "utf8")).rows;
  mkdirSync(artifacts, { recursive: true });
  await withChromium(async (context) => {
    // Every request that is not the report itself (or a data: / blob: URL it makes) is blocked and counted.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setViewportSize({ width: 1000, height: 1200 });
    await page.goto(pathToFileURL(join(dir, "report.html")).href, { waitUntil: "load" });
    await page.waitForFunction("window.trappaWhatIf !== undefined", undefined, { timeout: 20_000 });
    runColumn = await column(page, 1);
    runSavings = await column(page, 1, "wi-savings-body");
    await (await page.$("#trappa-whatif"))!.screenshot({ path: join(artifacts, "whatif-panel-before.png") });
    for (const [i, c] of COMBINATIONS.entries()) {
      await setControls(page, c);
      const shown = await column(page, 3);
      const savings = await column(page, 3, "wi-savings-body");
      if (i === COMBINATIONS.length - 1) await (await page.$("#trappa-whatif"))!.screenshot({ path: join(artifacts, "whatif-panel-after.png") });
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#wi-save")]);
      // The variant extends scenarios/default.json relative to itself: saved in the project folder, as the panel tells the user.
      const variantFile = resolve(`.whatif-test-${process.pid}-${i}.json`);
      await download.saveAs(variantFile);
      try {
        const out = join(dir, `variant-${i}`);
        execFileSync(process.execPath, ["bin/trappa.js", "run", variantFile, "--out", out], { stdio: "pipe" });
        const rows = parseCsv(readFileSync(join(out, "sammendrag.csv"), "utf8")).rows;
        const cells = (keys: Record<string, string>) =>
          Object.fromEntries(rows.filter((r) => r[0] in keys).map((r) => [r[0], summaryValueText(Number(r[2]), r[3])]));
        results.push({
          combination: c,
          page: shown,
          savings,
          variant: JSON.parse(readFileSync(variantFile, "utf8")),
          cli: cells(shown),
          cliSavings: cells(savings),
        });
      } finally {
        rmSync(variantFile, { force: true });
      }
    }
  });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(skip)("report.html's «Hva om?» panel in headless chromium, offline, against trappa run on the saved variant", () => {
  it("shows the run's own council summary in the run column (equal to sammendrag.csv)", () => {
    const housingRows = sammendrag.filter((r) => r[0] in runColumn);
    expect(housingRows).toHaveLength(12);
    for (const r of housingRows) expect(runColumn[r[0]], r[0]).toBe(summaryValueText(Number(r[2]), r[3]));
  });

  it("for three combinations of the controls, the CLI's sammendrag.csv on the downloaded variant equals the page's table to the last shown digit", () => {
    expect(results).toHaveLength(3);
    for (const r of results) {
      expect(Object.keys(r.page)).toHaveLength(12);
      expect(r.cli, JSON.stringify(r.combination)).toEqual(r.page);
      // and the what-if differs from the run (each combination moves the figures)
      expect(r.page).not.toEqual(runColumn);
    }
  });

  it("recomputes the savings rows for the share of new cases on the proactive pathway on the run's alternative (equal to the CLI), and shows «–» on another", () => {
    const mmmm = results[1];
    expect(Object.keys(mmmm.savings)).toHaveLength(6);
    expect(mmmm.cliSavings).toEqual(mmmm.savings);
    expect(mmmm.savings.savings_transition_net_cost).not.toBe(runSavings.savings_transition_net_cost);
    for (const r of [results[0], results[2]]) expect(Object.values(r.savings)).toEqual(Array(6).fill("–"));
  });

  it("the variant extends the run's scenario and holds exactly the changed values", () => {
    expect(results[0].variant).toEqual({
      extends: "scenarios/default.json",
      name: "Færder 2040 – standardscenario – Hva om?",
      report: { alternative: "LLML" },
      housing: { path: { share: 0.5 } },
    });
    const v1 = results[1].variant as { housing: { path: unknown; steps: Array<{ costPerUnit: { value: number } }> }; report?: unknown };
    expect(v1.report).toBeUndefined();
    expect((v1 as { personas?: unknown }).personas).toEqual({ transitionShare: 0.5 });
    expect(v1.housing.path).toEqual({ targetYear: 2035 });
    expect((v1.housing as Record<string, unknown>).coverageFactor).toBe(0.9);
    const v2 = results[2].variant as { housing: Record<string, unknown> };
    expect([v2.housing.coverageFactor, v2.housing.realWageGrowth]).toEqual([1.05, 0.015]);
    expect(v1.housing.steps.map((s) => s.costPerUnit.value)).toEqual([0, 220000, 770000, 1320000]);
  });

  it("logs no console errors and makes no network request", () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("keeps screenshots of the panel before and after a change (test/artifacts/whatif-panel-*.png)", () => {
    for (const f of ["whatif-panel-before.png", "whatif-panel-after.png"]) expect(statSync(join(artifacts, f)).size).toBeGreaterThan(10_000);
  });

  it("keeps the report under 6 MB", () => {
    expect(statSync(join(dir, "report.html")).size).toBeLessThan(6 * 1024 * 1024);
  });
});
