import cliProgress from "cli-progress";
import { LIMITS } from "../limits";
import { checkOutputFolder } from "../io/output-path";
import { formatNumber } from "../report/format";
import { runToFolder } from "../report/write-run";
import type { CliIo, CommandResult } from "./context";
import { defaultRunOut, scenarioArgument } from "./scenario-arg";
import { seedOption, wholeNumberOption } from "./options";

export interface RunFlags {
  out?: string;
  seed?: string;
  replicates?: string;
  uncertainty?: string;
  workers?: string;
  png?: boolean;
  pdf?: boolean;
}

/** Runs `trappa run` with the arguments and flags commander parsed (options and help: register/run.ts), writing to `io`. */
export async function runCommand(arg: string, flags: RunFlags, io: CliIo): Promise<CommandResult> {
  const file = scenarioArgument(arg);
  const seed = seedOption(flags.seed);
  const replicates = wholeNumberOption(flags.replicates, "--replicates", 1, LIMITS.replicates, "Monte Carlo-replikater");
  const uncertainty = wholeNumberOption(flags.uncertainty, "--uncertainty", 2, LIMITS.uncertaintyReplicates, "usikkerhetsreplikater");
  const workers = wholeNumberOption(flags.workers, "--workers", 1, LIMITS.workers, "tråder");
  const out = flags.out ?? defaultRunOut(file);
  checkOutputFolder(out);
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
