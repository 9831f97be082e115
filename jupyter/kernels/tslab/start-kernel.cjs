// Starts the tslab kernel in the project root, so that notebooks in notebooks/ can import
// ./dist/engine (tslab uses the kernel's working directory as its rootDir), after building
// that bundle of engine/index.ts if the engine has changed (bin/notebook-engine.mjs).
const path = require("node:path");
const root = path.resolve(__dirname, "..", "..", "..");
process.chdir(root);
const connection = process.argv[2];
import(path.join(root, "bin", "notebook-engine.mjs"))
  .then((m) => m.notebookEngine(root))
  .catch((err) => process.stderr.write(`trappa: kunne ikke bygge dist/engine: ${err.message}\n`))
  .then(() => {
    process.argv = [process.argv[0], "tslab", "kernel", "--config-path", connection];
    require(path.join(root, "node_modules", "tslab", "dist", "main.js")).main();
  });
