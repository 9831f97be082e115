import { join } from "node:path";
import { buildSync } from "esbuild";
import { projectRoot } from "../../root";

let script: string | undefined;

/**
 * The «Hva om?» panel's code (whatif/page.ts and the engine functions it imports) as one
 * minified IIFE for a <script> tag, built with esbuild once per process (about 50 ms). The
 * same sources give the same bytes.
 */
export function whatIfScript(): string {
  if (!script) {
    const r = buildSync({
      entryPoints: [join(projectRoot(), "engine", "report", "whatif", "page.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      minify: true,
      legalComments: "none",
      write: false,
      logLevel: "silent",
    });
    script = r.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  }
  return script;
}
