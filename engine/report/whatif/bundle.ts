import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
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

/** Two 32-bit FNV-1a lanes as 16 hex digits: enough to tell builds apart. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

function build(root: string): string {
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
 * the engine's sources and kept in node_modules/.cache/trappa/whatif-<key>.js, the key
 * hashing the path, size and time of every file under engine/ (as bin/cli-bundle.js does);
 * a process builds it at most once, and a new build removes the earlier ones. The same sources give the same bytes; where the cache
 * cannot be written the script is built in memory.
 */
export function whatIfScript(): string {
  if (script) return script;
  const root = projectRoot();
  const dir = join(root, "node_modules", ".cache", "trappa");
  const file = join(dir, `whatif-${hash64(treeStamp(join(root, "engine")).join("\n"))}.js`);
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
    for (const f of readdirSync(dir)) if (/^whatif-[0-9a-f]{16}\.js$/.test(f) && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
  } catch {
    // a read-only install: the script is used from memory
  }
  return script;
}
