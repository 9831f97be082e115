import { CommanderError } from "commander";
import { InputError, UsageError } from "../errors";
import type { CliOutput } from "./context";
import { usageExitCode } from "./help";

/**
 * The exit codes of `trappa` and the text of an internal error. Bad input (a file, a field
 * or an option the user gave) exits 2 with one message naming what to fix; an internal
 * error (a bug in Trappa) exits 1 with a one-line hint, the stack only under `--debug`.
 */
export const EXIT_CODES = { ok: 0, internal: 1, badInput: 2 } as const;

/**
 * Prints an error of a command the way main() promises and returns its exit code: a
 * commander error (help, version: 0; a usage error: 2, already printed), a UsageError and
 * an InputError (2, one message), anything else an internal error (1, internalErrorText).
 */
export function reportError(err: unknown, out: CliOutput, debug: boolean): number {
  if (err instanceof CommanderError) return usageExitCode(err);
  if (err instanceof UsageError) {
    out.write(`feil: ${err.message}\n(skriv --help for hjelp)\n`);
    return EXIT_CODES.badInput;
  }
  if (err instanceof InputError) {
    out.write(`feil i inndata: ${err.message}\n`);
    return EXIT_CODES.badInput;
  }
  out.write(internalErrorText(err, debug));
  return EXIT_CODES.internal;
}

/**
 * The message of an internal error: one Norwegian line (what went wrong, that it is a bug
 * and how to see more), and with `debug` the stack after it.
 *
 * @example internalErrorText(new Error("x"), false) // "intern feil: x\n(dette er en feil i Trappa …)\n"
 */
export function internalErrorText(err: unknown, debug: boolean): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const first = (e.message.split("\n")[0] || e.name).slice(0, 300);
  const hint = debug
    ? `${e.stack ?? e.message}\n`
    : "(dette er en feil i Trappa, ikke i inndataene; kjør kommandoen igjen med --debug for detaljer og meld fra om feilen)\n";
  return `intern feil: ${first}\n${hint}`;
}
