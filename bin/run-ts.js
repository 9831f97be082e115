#!/usr/bin/env node
// Runs a TypeScript file (benchmarks, scripts) through tsx: `node bin/run-ts.js FILE.ts [args]`.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

register();
const file = process.argv[2];
if (!file) {
  console.error("bruk: node bin/run-ts.js FIL.ts [argumenter]");
  process.exit(2);
}
process.argv.splice(1, 2, file);
await import(pathToFileURL(resolve(file)).href);
