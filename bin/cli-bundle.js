// The command line as JavaScript, so that `trappa` starts without a TypeScript loader (tsx's
// alone takes about 0.4 s). engine/cli.ts is bundled by esbuild into
// node_modules/.cache/trappa/<project>/<key>/cli.mjs, with each command's action and the
// engine behind it in chunks that load only when that command runs; npm packages stay
// outside and are imported from the project's node_modules. The key hashes the path, size and
// modification time of every file under engine/ (and of this file, package.json, tsconfig.json
// and esbuild's package.json): any change gives a new key and a new build (about 0.3 s), and
// checking it is a walk and a stat of the engine tree (a few ms). A build is written to a
// temporary folder and renamed into place, so processes building at once do not break each
// other. Folders not used for a day are removed.
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A 64-bit hash of a text as 16 hex digits (two 32-bit FNV-1a lanes): enough to tell builds
 * apart, and without node:crypto, whose loading alone takes longer than the whole check.
 */
export function hash64(text) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

const STALE_MS = 24 * 3600 * 1000;
const ABANDONED_MS = 600 * 1000;

/** Adds `rel size mtime` of every file under `dir` to `out`. */
function listTree(dir, rel, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) listTree(path, `${rel}/${e.name}`, out);
    else {
      const s = statSync(path);
      out.push(`${rel}/${e.name}\t${s.size}\t${s.mtimeMs}`);
    }
  }
}

function stamp(path, name) {
  try {
    const s = statSync(path);
    return `${name}\t${s.size}\t${s.mtimeMs}`;
  } catch {
    return `${name}\t-`;
  }
}

/** The key of the engine's sources as they are now. */
export function sourceKey(root) {
  const lines = [];
  listTree(join(root, "engine"), "engine", lines);
  lines.sort();
  lines.push(stamp(fileURLToPath(import.meta.url), "bin/cli-bundle.js"));
  lines.push(stamp(join(root, "package.json"), "package.json"));
  lines.push(stamp(join(root, "tsconfig.json"), "tsconfig.json"));
  lines.push(stamp(join(root, "node_modules", "esbuild", "package.json"), "esbuild"));
  return hash64(lines.join("\n"));
}

/** The cache folder of this project (one per checkout: worktrees may share node_modules). */
export function cacheDir(root) {
  const id = hash64(realpathSync(root));
  return join(root, "node_modules", ".cache", "trappa", `cli-${id}`);
}

/** Builds the bundle into `out` (a new folder). */
async function build(root, out) {
  const esbuild = await import("esbuild");
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: join(root, "engine", "cli.ts") },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: out,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: "linked",
    logLevel: "silent",
  });
}

/** Removes builds of this project that no process has used for a day, and abandoned temporary folders. */
function prune(dir, keep) {
  const now = Date.now();
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === keep) continue;
    const path = join(dir, name);
    try {
      const age = now - statSync(path).mtimeMs;
      if (age > (name.includes(".tmp-") ? ABANDONED_MS : STALE_MS)) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/**
 * The path of the command line's bundle (cli.mjs, exporting `main`) for the sources as they
 * are now, built if needed; null when it cannot be built (no esbuild, a read-only
 * node_modules, a build error): then run engine/cli.ts through tsx.
 */
export async function cliBundle(root) {
  try {
    const dir = cacheDir(root);
    const key = sourceKey(root);
    const final = join(dir, key);
    const entry = join(final, "cli.mjs");
    if (existsSync(entry)) {
      try {
        const now = new Date();
        utimesSync(final, now, now); // in use: not pruned
      } catch {
        // a read-only cache is still a cache
      }
      return entry;
    }
    mkdirSync(dir, { recursive: true });
    const tmp = `${final}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      await build(root, tmp);
      try {
        renameSync(tmp, final);
      } catch (err) {
        // Another process put the same build in place first: use that one.
        if (!existsSync(entry)) throw err;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    prune(dir, key);
    return entry;
  } catch {
    return null;
  }
}
