import { pathToFileURL } from "node:url";
import { withChromium } from "./chromium";

/** A4 width in CSS pixels at 96 dpi less the printed margins (15 mm each side): the width the charts are drawn at. */
const PRINT_WIDTH_PX = 680;

/** Waits until every plotly chart of the page (divs of class "trappa-plot") has drawn its SVG. */
export const PLOTS_DRAWN = `Array.from(document.querySelectorAll(".trappa-plot")).every(function (d) { return d.querySelector("svg.main-svg") !== null; })`;

/**
 * Prints an HTML report to `pdfFile` with chromium's print (A4, backgrounds, 15 mm
 * margins), after every plotly chart has been drawn at the printed width, so that the
 * charts are in the PDF as vectors with their titles as text.
 */
export async function renderReportPdf(htmlFile: string, pdfFile: string): Promise<void> {
  await withChromium(async (context) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: PRINT_WIDTH_PX, height: 1000 });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
    await page.waitForFunction(PLOTS_DRAWN, undefined, { timeout: 30_000 });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: pdfFile, format: "A4", printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" } });
  });
}
