import { writeFileAtomic } from "../io/write-atomic";
import type { CliIo } from "./context";

/** Writes a command's output to `--out` (atomically, with a Norwegian note on stderr) or to stdout. */
export function emit(io: CliIo, text: string, out?: string): void {
  if (out) {
    writeFileAtomic(out, text);
    io.stderr.write(`Skrev ${out}.\n`);
  } else io.stdout.write(text);
}
