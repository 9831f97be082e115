import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium } from "../../engine/io/chromium";
import { runToFolder } from "../../engine/report/write-run";

// Needs Debian's chromium and poppler-utils' pdftotext and pdfinfo (scripts/setup.sh installs them).
const hasPoppler = existsSync("/usr/bin/pdftotext") && existsSync("/usr/bin/pdfinfo");
const skip = !hasChromium() || !hasPoppler;
if (skip) console.warn("test/report/report-pdf.test.ts: hoppet over: chromium eller pdftotext mangler (kjør bash scripts/setup.sh)");

describe.skipIf(skip)("runToFolder(file, { pdf: true }): report.pdf from chromium's print", () => {
  const dir = mkdtempSync(join(tmpdir(), "trappa-pdf-"));
  let files: string[] = [];
  let text = "";
  let pages = 0;
  let chartTitles: string[] = [];

  beforeAll(async () => {
    ({ files } = await runToFolder("scenarios/default.json", { out: dir, pdf: true }));
    const pdf = join(dir, "report.pdf");
    text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    // The charts' own titles (plotly layout.title.text), read from the HTML the PDF was printed from.
    const html = readFileSync(join(dir, "report.html"), "utf8");
    chartTitles = [...html.matchAll(/var f=(\{.*?\});Plotly\.newPlot/g)].map(
      (m) => (JSON.parse(m[1]) as { layout: { title: { text: string } } }).layout.title.text,
    );
  }, 90_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes report.pdf beside report.html, lists it in run.json and leaves no temporary folder", () => {
    expect(readFileSync(join(dir, "report.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(files).toContain("report.pdf");
    expect(JSON.parse(readFileSync(join(dir, "run.json"), "utf8")).files).toEqual(files);
    expect(readdirSync(dir).filter((f) => f.startsWith(".tmp"))).toEqual([]);
  });

  it("has a plausible number of A4 pages (the report with its six charts is more than four and fewer than thirty)", () => {
    expect(pages).toBeGreaterThan(4);
    expect(pages).toBeLessThan(30);
  });

  it("holds every chart: each chart's title drawn by plotly is in the PDF's text", () => {
    expect(chartTitles.length).toBe(8);
    for (const t of chartTitles)
      expect(text, t).toContain(
        t
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      );
  });

  it("holds the report's title and the council summary", () => {
    expect(text).toContain("Færder 2040: befolkning, tjenester og boligtrapp");
    expect(text).toContain("Sammendrag for kommunestyret");
  });
});
