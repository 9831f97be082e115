// Starts the tslab kernel in the project root, so that notebooks in notebooks/ can
// import ../engine (tslab uses the kernel's working directory as its rootDir).
const path = require("node:path");
const root = path.resolve(__dirname, "..", "..", "..");
process.chdir(root);
process.argv = [process.argv[0], "tslab", "kernel", "--config-path", process.argv[2]];
require(path.join(root, "node_modules", "tslab", "dist", "main.js")).main();
