import { packageSchema, type ServicePackage } from "../scenario/package";
import { readJson } from "./json";
import { parseWith } from "../scenario/zod-issues";

/**
 * Checks a parsed package (JSON value) against the package schema; errors name `file`
 * and the field path, e.g. `p.json: alternatives[0].lines[1].quantityPerWeek: expected a non-negative number, got -3`.
 */
export function parsePackage(raw: unknown, file: string): ServicePackage {
  return parseWith(packageSchema, raw, file);
}

/** Reads a package file (JSON, see parsePackage). */
export function readPackageFile(path: string): ServicePackage {
  return parsePackage(readJson(path), path);
}
