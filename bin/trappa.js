#!/usr/bin/env node
// The `trappa` command: runs engine/cli.ts through tsx, so no build step is needed.
import { register } from "tsx/esm/api";

import { fileURLToPath } from "node:url";

process.env.TRAPPA_ROOT ??= fileURLToPath(new URL("..", import.meta.url));
register();
// A reader that stops early (`trappa … | head`) is not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});
const { main } = await import("../engine/cli.ts");
process.exitCode = await main(process.argv.slice(2));
