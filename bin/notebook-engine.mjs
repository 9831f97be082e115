// The engine as the notebooks import it: engine/index.ts bundled by esbuild into
// dist/engine/index.js (CommonJS, npm packages left outside) with its types as declaration
// files (dist/engine/types, emitted by the project's TypeScript from the same sources).
// tslab type-checks every TypeScript file a notebook imports, with its own TypeScript 5.0,
// in every notebook: about 15 s of processor time for the whole engine. Through the bundle
// a notebook checks its own cells against the public API's declarations only (about 1 s),
// and runs the same code. Rebuilt when any file under engine/ changes (the key of
// bin/cli-bundle.js); written to a temporary folder and renamed into place.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sourceKey } from "./cli-bundle.js";

/** Builds dist/engine for the sources as they are now unless it is current; returns its folder. */
export async function notebookEngine(root) {
  const final = join(root, "dist", "engine");
  const key = sourceKey(root);
  const keyFile = join(final, ".key");
  if (existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return final;
  mkdirSync(join(root, "dist"), { recursive: true });
  const tmp = `${final}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    const esbuild = await import("esbuild");
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [join(root, "engine", "index.ts")],
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      packages: "external",
      outfile: join(tmp, "index.js"),
      logLevel: "silent",
    });
    writeFileSync(join(tmp, "package.json"), '{ "type": "commonjs" }\n');
    writeFileSync(
      join(tmp, "tsconfig.json"),
      `${JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: "../..", outDir: "types" }, include: ["../../engine/**/*.ts"] })}\n`,
    );
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(tmp, "tsconfig.json")], { stdio: "inherit" });
    rmSync(join(tmp, "tsconfig.json"));
    writeFileSync(join(tmp, "index.d.ts"), 'export * from "./types/engine/index";\n');
    writeFileSync(join(tmp, ".key"), key);
    const old = `${final}.old-${process.pid}`;
    if (existsSync(final)) renameSync(final, old);
    try {
      renameSync(tmp, final);
    } catch (err) {
      // Another process put a build in place first: use that one.
      if (!existsSync(keyFile)) throw err;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return final;
}
