import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type * as Esbuild from "esbuild";
import { hash64 } from "../../../bin/cli-bundle.js";
import { projectRoot } from "../../root";

let script: string | undefined;

/** `path size mtime` of every file under `dir`, sorted: what the cached bundle's key hashes. */
function treeStamp(dir: string, rel = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return treeStamp(path, `${rel}/${e.name}`);
      const s = statSync(path);
      return [`${rel}/${e.name}\t${s.size}\t${s.mtimeMs}`];
    })
    .sort();
}

function build(root: string): string {
  // esbuild is loaded only to build (40 ms a run otherwise): the cached script is the rule.
  const { buildSync } = createRequire(join(root, "package.json"))("esbuild") as typeof Esbuild;
  const r = buildSync({
    entryPoints: [join(root, "engine", "report", "whatif", "page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return r.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}

/**
 * The «Hva om?» panel's code (whatif/page.ts and the engine functions it imports) as one
 * minified IIFE for a <script> tag. Built with esbuild (about 0.2 s) once per change of
 * the engine's sources and kept in node_modules/.cache/trappa/whatif-<checkout>-<key>.js, the key
 * hashing the path, size and time of every file under engine/ (as bin/cli-bundle.js does);
 * a process builds it at most once, and a new build removes the earlier ones. The same sources give the same bytes; where the cache
 * cannot be written the script is built in memory.
 */
export function whatIfScript(): string {
  if (script) return script;
  const root = projectRoot();
  const dir = join(root, "node_modules", ".cache", "trappa");
  // One checkout's builds apart from another's (worktrees may share node_modules).
  const checkout = hash64(realpathSync(root));
  const file = join(dir, `whatif-${checkout}-${hash64(treeStamp(join(root, "engine")).join("\n"))}.js`);
  if (existsSync(file)) {
    try {
      return (script = readFileSync(file, "utf8"));
    } catch {
      // removed meanwhile by a process that built newer sources: build it here
    }
  }
  script = build(root);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script);
    renameSync(tmp, file);
    // Builds of earlier sources are not needed again.
    for (const f of readdirSync(dir))
      if (f.startsWith(`whatif-${checkout}-`) && f.endsWith(".js") && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
  } catch {
    // a read-only install: the script is used from memory
  }
  return script;
}
