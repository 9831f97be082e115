import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { InputError } from "../errors";

/** Debian's chromium (apt-get install chromium fonts-dejavu-core; scripts/setup.sh does it). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags for a headless, offline chromium on this machine (no network, no sandbox, no GPU). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Whether Debian's chromium is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Runs `fn` with a headless chromium (playwright-core driving Debian's chromium, a fresh
 * user-data folder removed afterwards), closing it whatever happens.
 */
export async function withChromium<T>(fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  if (!hasChromium())
    throw new InputError(
      `${CHROMIUM_PATH}: expected Debian's chromium for static images (apt-get install chromium fonts-dejavu-core, or bash scripts/setup.sh), got no such file`,
    );
  const { chromium } = await import("playwright-core");
  const userData = mkdtempSync(join(tmpdir(), "trappa-chromium-"));
  const context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    return await fn(context);
  } finally {
    await context.close();
    rmSync(userData, { recursive: true, force: true });
  }
}
