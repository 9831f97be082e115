import { packageSchema, type ServicePackage } from "../scenario/package";
import { InputError } from "../errors";
import { readJson, zodMessage } from "./json";

/**
 * Checks a parsed package (JSON value) against the package schema; errors name `file`
 * and the field path, e.g. `p.json: alternatives[0].lines[1].quantityPerWeek: expected a non-negative number, got -3`.
 */
export function parsePackage(raw: unknown, file: string): ServicePackage {
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodMessage(file, parsed.error));
  return parsed.data;
}

/** Reads a package file (JSON, see parsePackage). */
export function readPackageFile(path: string): ServicePackage {
  return parsePackage(readJson(path), path);
}
