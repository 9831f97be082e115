#!/usr/bin/env node
// The `trappa` command. Runs the command line from a JavaScript bundle of engine/cli.ts,
// built by esbuild when a source under engine/ changed (bin/cli-bundle.js), so no build step
// is needed; without esbuild, or with TRAPPA_TSX=1 (TypeScript positions in stack traces),
// it runs the TypeScript itself through tsx.
import { fileURLToPath, pathToFileURL } from "node:url";
import { cliBundle } from "./cli-bundle.js";

const root = fileURLToPath(new URL("..", import.meta.url));
process.env.TRAPPA_ROOT ??= root;
// A reader that stops early (`trappa … | head`) is not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

async function load() {
  const bundle = process.env.TRAPPA_TSX === "1" ? null : await cliBundle(root);
  if (bundle) return import(pathToFileURL(bundle).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import("../engine/cli.ts");
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
