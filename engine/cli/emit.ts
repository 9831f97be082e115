import { writeFileAtomic } from "../io/write-atomic";

/** Writes a command's output to `--out` (atomically, with a Norwegian note on stderr) or to stdout. */
export function emit(text: string, out?: string): void {
  if (out) {
    writeFileAtomic(out, text);
    process.stderr.write(`Skrev ${out}.\n`);
  } else process.stdout.write(text);
}
