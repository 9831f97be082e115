import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** SHA-256 (hex) of a file's bytes. */
export function fileSha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
