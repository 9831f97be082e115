import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cacheDir, cliBundle, hash64, sourceKey } from "../../bin/cli-bundle.js";

const ROOT = resolve(__dirname, "..", "..");
const BUNDLER = pathToFileURL(join(ROOT, "bin", "cli-bundle.js")).href;
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A small project: engine/cli.ts whose main imports its action lazily. */
function project(answer = "7 + argv.length"): string {
  const root = mkdtempSync(join(tmpdir(), "trappa-bundle-"));
  made.push(root);
  mkdirSync(join(root, "engine", "cli"), { recursive: true });
  mkdirSync(join(root, "node_modules"));
  writeFileSync(join(root, "package.json"), '{ "name": "liten", "type": "module" }\n');
  writeFileSync(
    join(root, "engine", "cli.ts"),
    'export async function main(argv: string[]): Promise<number> {\n  const { answer } = await import("./cli/answer");\n  return answer(argv);\n}\n',
  );
  writeFileSync(join(root, "engine", "cli", "answer.ts"), `export const answer = (argv: string[]): number => ${answer};\n`);
  return root;
}

const builds = (root: string) => readdirSync(cacheDir(root)).sort();

/** Runs cliBundle(root) in a new process and resolves to the path it printed. */
function bundleInProcess(root: string): Promise<string> {
  const code = `const m = await import(${JSON.stringify(BUNDLER)}); console.log(await m.cliBundle(${JSON.stringify(root)}));`;
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", fail);
    p.on("close", (status) => (status === 0 ? ok(out.trim()) : fail(new Error(`exit ${status}`))));
  });
}

describe("cliBundle: the command line as a JavaScript bundle, rebuilt when a source changes", () => {
  it("builds engine/cli.ts with each lazily imported module in its own chunk, and reuses the build", async () => {
    const root = project();
    const entry = await cliBundle(root);
    expect(entry).toBe(join(cacheDir(root), sourceKey(root), "cli.mjs"));
    const { main } = await import(pathToFileURL(entry!).href);
    expect(await main(["a", "b"])).toBe(9);
    expect(readFileSync(entry!, "utf8")).not.toContain("argv.length");
    const chunks = readdirSync(join(dirname(entry!), "chunks")).filter((f) => f.endsWith(".mjs"));
    expect(chunks.some((f) => readFileSync(join(dirname(entry!), "chunks", f), "utf8").includes("argv.length"))).toBe(true);
    const built = statSync(entry!).mtimeMs;
    expect(await cliBundle(root)).toBe(entry);
    expect(statSync(entry!).mtimeMs).toBe(built);
    expect(builds(root)).toHaveLength(1);
  });

  it("a changed, added or removed source gives a new key and a new build", async () => {
    const root = project();
    const first = await cliBundle(root);
    const file = join(root, "engine", "cli", "answer.ts");
    writeFileSync(file, "export const answer = (argv: string[]): number => 40 + argv.length;\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const second = await cliBundle(root);
    expect(second).not.toBe(first);
    expect(await (await import(pathToFileURL(second!).href)).main(["x"])).toBe(41);
    const key = sourceKey(root);
    writeFileSync(join(root, "engine", "cli", "notes.md"), "x");
    expect(sourceKey(root)).not.toBe(key);
    rmSync(join(root, "engine", "cli", "notes.md"));
    expect(sourceKey(root)).toBe(key);
    expect(builds(root)).toHaveLength(2); // the first build is kept while it may be in use
  });

  it("resolves to null when the sources do not build (bin/trappa.js then runs them through tsx)", async () => {
    const root = project("7 +");
    expect(await cliBundle(root)).toBeNull();
    expect(existsSync(cacheDir(root)) ? readdirSync(cacheDir(root)) : []).toEqual([]);
  });

  it("two processes building at once both get the one complete build, and no temporary folder is left", async () => {
    const root = project();
    const [a, b] = await Promise.all([bundleInProcess(root), bundleInProcess(root)]);
    expect(a).toBe(join(cacheDir(root), sourceKey(root), "cli.mjs"));
    expect(b).toBe(a);
    expect(builds(root)).toEqual([sourceKey(root)]);
    expect(await (await import(pathToFileURL(a).href)).main([])).toBe(7);
  }, 30_000);

  it("removes builds unused for a day and abandoned temporary folders when it builds", async () => {
    const root = project();
    const dir = cacheDir(root);
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const name of ["0000000000000000", "1111111111111111.tmp-1-x", "2222222222222222"]) {
      mkdirSync(join(dir, name), { recursive: true });
      if (name !== "2222222222222222") utimesSync(join(dir, name), old, old);
    }
    await cliBundle(root);
    expect(builds(root)).toEqual(["2222222222222222", sourceKey(root)].sort());
  });

  it("hashes texts to 16 hex digits", () => {
    expect(hash64("engine/cli.ts\t100\t1")).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64("engine/cli.ts\t100\t1")).not.toBe(hash64("engine/cli.ts\t100\t2"));
  });
});

describe("the trappa bundle", () => {
  it("loads only commander and Node's own modules until a command runs", async () => {
    const entry = await cliBundle(ROOT);
    expect(entry).not.toBeNull();
    // Follow the static imports from cli.mjs (dynamic import() calls are the commands' actions).
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s+"([^"]+)";|^import\s+"([^"]+)";/gms)) {
        const spec = m[1] ?? m[2];
        if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
        else packages.add(spec);
      }
    };
    visit(entry!);
    expect([...packages].filter((p) => !p.startsWith("node:")).sort()).toEqual(["commander"]);
    const code = [...seen].map((f) => readFileSync(f, "utf8")).join("\n");
    expect(code).toContain("registerRun");
    expect(code).not.toContain("runToFolder");
    expect(code).not.toContain("function councilSummary(");
    expect(code).not.toContain("function annualStep(");
  });
});
