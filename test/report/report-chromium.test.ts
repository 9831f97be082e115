import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runToFolder } from "../../engine/report/write-run";
import { hasChromium, withChromium } from "../../engine/io/chromium";

// Needs Debian's chromium (scripts/setup.sh installs it; CI runs setup.sh first).
const skip = !hasChromium();
if (skip) console.warn("test/report/report-chromium.test.ts: hoppet over: /usr/bin/chromium finnes ikke (kjør bash scripts/setup.sh)");

describe.skipIf(skip)("report.html of scenarios/default.json in headless chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "trappa-report-"));
  const shot = resolve("build", "report", "default-report.png");
  let state: { plots: number; withSvg: number; traces: number; errors: string[]; requests: string[]; title: string };

  beforeAll(async () => {
    await runToFolder("scenarios/default.json", { out: dir });
    mkdirSync(resolve("build", "report"), { recursive: true });
    state = await withChromium(async (context) => {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
      });
      await page.goto(pathToFileURL(join(dir, "report.html")).href, { waitUntil: "load" });
      await page.waitForFunction(
        `Array.from(document.querySelectorAll(".trappa-plot")).every(function (d) { return d.querySelector("svg.main-svg") !== null; })`,
        undefined,
        { timeout: 20_000 },
      );
      const plots = (await page.evaluate(`document.querySelectorAll(".trappa-plot").length`)) as number;
      const withSvg = (await page.evaluate(
        `Array.from(document.querySelectorAll(".trappa-plot")).filter(function (d) { return d.querySelector("svg.main-svg") !== null && d.querySelector("g.trace") !== null; }).length`,
      )) as number;
      const traces = (await page.evaluate(`document.querySelectorAll(".trappa-plot g.trace").length`)) as number;
      const title = await page.title();
      await page.screenshot({ path: shot, fullPage: true });
      return { plots, withSvg, traces, errors, requests, title };
    });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has rendered every chart (an SVG with its traces in each plot div)", () => {
    expect(state.plots).toBe(8);
    expect(state.withSvg).toBe(state.plots);
    // 3 bands × 3 alternatives, 4 housing steps, 2 profiles twice, alternativ 0 and 4 alternatives,
    // 8 regions of residents 80+ without services, the effort staircase's bars, 3 pathways and the transition.
    expect(state.traces).toBe(9 + 4 + 2 + 2 + 5 + 8 + 1 + 4);
  });

  it("logs no console errors and asks for nothing outside the file (offline)", () => {
    expect(state.errors).toEqual([]);
    expect(state.requests).toEqual([]);
  });

  it("has the scenario's Norwegian title; a screenshot is written for review (build/report/default-report.png)", () => {
    expect(state.title).toBe("Færder 2040: befolkning, tjenester og boligtrapp");
  });
});

describe.skipIf(skip)("runToFolder(file, { png: true }): static chart images", () => {
  it("writes one PNG of 1000 × 520 pixels per chart into figurer/ and lists them in run.json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trappa-png-"));
    try {
      const { files } = await runToFolder("scenarios/varianter/halv-boliggjoring.json", { out: dir, png: true });
      const pngs = readdirSync(join(dir, "figurer")).sort();
      expect(pngs).toEqual([
        "fig-befolkning.png",
        "fig-boligtrapp-arsverk.png",
        "fig-boligtrapp-beboere.png",
        "fig-boligtrapp-kostnad.png",
        "fig-dekning-arsverk.png",
        "fig-innsatstrapp.png",
        "fig-personaforlop-kostnad.png",
        "fig-uten-tjenester.png",
      ]);
      for (const p of pngs) {
        const b = readFileSync(join(dir, "figurer", p));
        expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a"); // PNG signature
        expect([b.readUInt32BE(16), b.readUInt32BE(20)]).toEqual([1000, 520]); // IHDR width, height
      }
      expect(JSON.parse(readFileSync(join(dir, "run.json"), "utf8")).files).toEqual(files);
      expect(readdirSync(dir).filter((f) => f.startsWith(".tmp"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
