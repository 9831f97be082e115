/**
 * What a command of the `trappa` command line gets besides its arguments and flags: the
 * streams it writes to (process.stdout and process.stderr, or a test's sinks), and where
 * main() reads the exit code its action returned. Light on purpose: the command line's
 * registration imports it, and `trappa --help` loads nothing of the engine.
 */

/** A stream a command writes text to. */
export interface CliOutput {
  write(text: string): unknown;
  /** True on a terminal (the progress bar of `trappa run` shows only there). */
  isTTY?: boolean;
}

/** The standard output and error of one command-line call. */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
}

/**
 * What a command's action returns: its exit code (0: success). Bad input and usage errors
 * are thrown instead (InputError and UsageError: exit 2), and main() prints them.
 */
export type CommandResult = number;

/** The streams of one call of main() and the exit code its command returned. */
export interface CliContext extends CliIo {
  exitCode: number;
}

/** A context writing to the given streams (default: the process's own). */
export function cliContext(io?: CliIo): CliContext {
  return { stdout: io?.stdout ?? process.stdout, stderr: io?.stderr ?? process.stderr, exitCode: 0 };
}
