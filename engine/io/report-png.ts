import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { withChromium } from "./chromium";

/**
 * Renders every plotly chart of an HTML report (divs of class "trappa-plot") to a PNG of
 * `width` × `height` pixels with Plotly.toImage in headless chromium, written as
 * `<outDir>/<sub>/<div id>.png`. Returns the names written, relative to outDir.
 */
export async function renderReportPngs(htmlFile: string, outDir: string, sub = "figurer", width = 1000, height = 520): Promise<string[]> {
  return withChromium(async (context) => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
    const ids = (await page.evaluate(`Array.from(document.querySelectorAll(".trappa-plot")).map(function (d) { return d.id; })`)) as string[];
    mkdirSync(join(outDir, sub), { recursive: true });
    const names: string[] = [];
    for (const id of ids) {
      const url = (await page.evaluate(
        `Plotly.toImage(document.getElementById(${JSON.stringify(id)}), { format: "png", width: ${width}, height: ${height} })`,
      )) as string;
      const name = `${sub}/${id}.png`;
      writeFileSync(join(outDir, name), Buffer.from(url.replace(/^data:image\/png;base64,/, ""), "base64"));
      names.push(name);
    }
    return names;
  });
}
