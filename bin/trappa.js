#!/usr/bin/env node
// The `trappa` command: runs engine/cli.ts through tsx, so no build step is needed.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../engine/cli.ts");
process.exitCode = await main(process.argv.slice(2));
