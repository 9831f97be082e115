import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../root";

/** A plotly figure: traces and layout as plain objects. */
export interface Figure {
  data: Array<Record<string, unknown>>;
  layout?: Record<string, unknown>;
}

let script: string | undefined;

/**
 * The plotly.js library as an inline <script> tag (offline; about 4.6 MB). Display it
 * once per notebook or report, before any figure.
 */
export function plotlyScriptHtml(): string {
  if (!script) {
    const js = readFileSync(join(projectRoot(), "node_modules", "plotly.js-dist-min", "plotly.min.js"), "utf8");
    script = `<script type="text/javascript">${js.replace(/<\/script/gi, "<\\/script")}</script>`;
  }
  return script;
}

/** A figure as a <div> with the script that draws it (needs plotlyScriptHtml first). */
export function plotlyFigureHtml(figure: Figure, id: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`plotlyFigureHtml requires an id of letters, digits, _ and -, got "${id}"`);
  const layout = { separators: ", ", font: { family: "DejaVu Sans, Arial, sans-serif" }, ...figure.layout };
  const json = JSON.stringify({ data: figure.data, layout }).replace(/</g, "\\u003c");
  return (
    `<div id="${id}" class="trappa-plot" style="width:100%;max-width:900px;height:460px"></div>\n` +
    `<script type="text/javascript">(function(){var f=${json};Plotly.newPlot("${id}",f.data,f.layout,{displaylogo:false,responsive:true});})();</script>`
  );
}
