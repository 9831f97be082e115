/** The command line as a JavaScript bundle (bin/cli-bundle.js). */

/** The path of the bundle's entry (cli.mjs, exporting `main`), built if the sources changed; null when it cannot be built. */
export function cliBundle(root: string): Promise<string | null>;
/** The key of the sources under `root`/engine as they are now (paths, sizes and modification times). */
export function sourceKey(root: string): string;
/** The folder the project's bundles are kept in. */
export function cacheDir(root: string): string;
/** A 64-bit hash of a text as 16 hex digits. */
export function hash64(text: string): string;
