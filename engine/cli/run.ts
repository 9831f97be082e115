import { basename, join } from "node:path";
import cliProgress from "cli-progress";
import { UsageError } from "../errors";
import { formatNumber } from "../report/format";
import { runToFolder } from "../report/write-run";
import type { CliIo, CommandResult } from "./context";

export interface RunFlags {
  out?: string;
  seed?: string;
  replicates?: string;
  uncertainty?: string;
  workers?: string;
  png?: boolean;
  pdf?: boolean;
}

function parseCount(text: string | undefined, flag: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${flag} forventer et heltall ${min === 0 ? "0 eller større" : `fra ${min}`}, fikk "${text}"`);
  }
  return Number(text);
}

/** Runs `trappa run` with the arguments and flags commander parsed (options and help: register/run.ts), writing to `io`. */
export async function runCommand(file: string, flags: RunFlags, io: CliIo): Promise<CommandResult> {
  const seed = parseCount(flags.seed, "--seed", 0);
  const replicates = parseCount(flags.replicates, "--replicates", 1);
  const uncertainty = parseCount(flags.uncertainty, "--uncertainty", 2);
  const workers = parseCount(flags.workers, "--workers", 1);
  const out = flags.out ?? join("out", basename(file).replace(/\.json$/i, ""));
  const tty = Boolean(io.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: "{bar} {value}/{total} {step}", stream: io.stderr as NodeJS.WriteStream, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  try {
    const { files, ms } = await runToFolder(file, {
      out,
      seed,
      replicates,
      uncertainty,
      workers,
      png: flags.png,
      pdf: flags.pdf,
      onProgress: (label, i, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0, { step: label });
          started = true;
        }
        bar.setTotal(total);
        bar.update(i - 1, { step: label });
      },
    });
    if (bar && started) {
      bar.update(bar.getTotal(), { step: "ferdig" });
      bar.stop();
    }
    io.stdout.write(`Skrev ${files.length} filer til ${out} (${formatNumber(ms / 1000, 1)} s): ${files.join(", ")}\n`);
  } catch (err) {
    if (bar && started) bar.stop();
    throw err;
  }
  return 0;
}
