import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Arquero from "arquero";

/**
 * arquero, evaluated from the one-file build its package ships (`dist/arquero.min.js`, a UMD
 * script) instead of its ~200 ES modules: about 20 ms to load instead of 130 ms as native ESM
 * and 240 ms through tsx (measured on this machine; `npm run bench:run` prints the engine's
 * load time). Same API, same version, same types. The package is "type": "module", so Node
 * would run the file as an ES module without exports; it is run here as the CommonJS script
 * it is written as. Every engine module takes arquero from here.
 */
function loadArquero(): typeof Arquero {
  // In the notebooks' CommonJS bundle (dist/engine) import.meta is empty: resolve from the bundle's own file there.
  const file = createRequire(typeof __filename === "string" ? __filename : import.meta.url).resolve("arquero/dist/arquero.min.js");
  const module = { exports: {} as typeof Arquero };
  new Function("exports", "module", readFileSync(file, "utf8"))(module.exports, module);
  return module.exports;
}

export const aq = loadArquero();

export type { ColumnTable } from "arquero";

/** A row as arquero's table expressions see it (`(d) => d.year === 2040`): the columns by name, untyped. */
// biome-ignore lint/suspicious/noExplicitAny: arquero's row proxy is untyped
export type TableRow = Record<string, any>;
