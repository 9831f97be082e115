/**
 * Benchmark: one recomputation of the «Hva om?» panel in headless chromium (the council
 * summary and the housing chart for the default scenario, with the engine code bundled into
 * report.html), and the report's size. Writes the default run to a temporary folder, opens
 * report.html from file://, then times `trappaWhatIfRender()` (recompute + table + Plotly.react)
 * over 40 changes of the controls, and the engine's part of it (whatIf) alone. Target: under 50 ms per recomputation; report under 6 MB.
 *
 *   npm run bench:whatif
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { withChromium } from "../../engine/io/chromium";
import { runToFolder } from "../../engine/report/write-run";

const dir = mkdtempSync(join(tmpdir(), "trappa-bench-whatif-"));
const fmt = (x: number, d = 1) => x.toFixed(d).replace(".", ",");
try {
  await runToFolder("scenarios/default.json", { out: dir });
  const bytes = statSync(join(dir, "report.html")).size;
  const times = await withChromium(async (context) => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, "report.html")).href, { waitUntil: "load" });
    await page.waitForFunction("window.trappaWhatIf !== undefined");
    return (await page.evaluate(`(function () {
      var alts = Array.from(document.querySelectorAll("#wi-alternative option")).map(function (o) { return o.value; });
      var out = [];
      for (var i = 0; i < 40; i++) {
        document.getElementById("wi-alternative").value = alts[i % alts.length];
        document.getElementById("wi-share").value = String((i * 5) % 105);
        document.getElementById("wi-cost").value = String(((i * 5) % 65) - 30);
        var ms = window.trappaWhatIfRender();
        out.push([ms, window.trappaWhatIf.computeMs]);
      }
      return out;
    })()`)) as Array<[number, number]>;
  });
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `median ${fmt(sorted[Math.floor(sorted.length / 2)])} ms, raskeste ${fmt(sorted[0])} ms, tregeste ${fmt(sorted[sorted.length - 1])} ms`;
  };
  console.log(`Hva om?, én omregning i headless chromium (standardscenarioet, ${times.length} endringer):`);
  console.log(`  hele omregningen (motor, tabeller og figur): ${stats(times.map((t) => t[0]))} (mål: under 50 ms)`);
  console.log(`  av dette motoren (boligtrapp og sammendrag): ${stats(times.map((t) => t[1]))}`);
  console.log(`  report.html: ${fmt(bytes / 1024 / 1024, 2)} MB (mål: under 6 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
