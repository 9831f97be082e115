/**
 * A task module and everything it imports from the engine as one CommonJS bundle (esbuild;
 * npm packages stay outside and are required from the project's node_modules), so that a
 * worker thread can start without a TypeScript loader: registering tsx and compiling the
 * modules costs each worker a few hundred milliseconds, evaluating the bundle tens.
 * Built once per module and process (about 30 ms); resolves to null when esbuild is not
 * available or the build fails, and the worker then loads the TypeScript itself.
 */
const bundles = new Map<string, Promise<string | null>>();

export function taskBundle(module: string): Promise<string | null> {
  let b = bundles.get(module);
  if (!b) {
    b = build(module);
    bundles.set(module, b);
  }
  return b;
}

async function build(module: string): Promise<string | null> {
  try {
    const esbuild = await import("esbuild");
    const r = await esbuild.build({
      entryPoints: [module],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      write: false,
      logLevel: "silent",
    });
    return r.outputFiles[0].text;
  } catch {
    return null;
  }
}
