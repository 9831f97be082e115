import { basename, join } from "node:path";
import { Command } from "commander";
import cliProgress from "cli-progress";
import { UsageError } from "../errors";
import { formatNumber } from "../report/format";
import { runToFolder } from "../report/write-run";
import { norwegian } from "./help";

interface RunFlags {
  out?: string;
  seed?: string;
  replicates?: string;
  uncertainty?: string;
  workers?: string;
  png?: boolean;
}

function parseCount(text: string | undefined, flag: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${flag} forventer et heltall ${min === 0 ? "0 eller større" : `fra ${min}`}, fikk "${text}"`);
  }
  return Number(text);
}

/** Adds `trappa run SCENARIO [--out DIR] [--seed S] [--replicates N] [--uncertainty N] [--workers N] [--png]` to the program. */
export function registerRun(program: Command): void {
  const cmd = norwegian(new Command("run"))
    .summary("hel kjøring av et scenario: rapport, regneark, CSV og sporbarhet")
    .description(
      "Kjører alle delene i scenariofilen (befolkning, dekningsgrader, boligtrapp, sammendrag for " +
        "kommunestyret, ressurskalkulator og personaforløp når de finnes) og skriver i mappen: " +
        "report.html (selvstendig, virker uten nett), results.xlsx (ett ark per tabell og " +
        "forutsetningene), én CSV per tabell og run.json (scenarioets innholdshash, motorversjon, " +
        "frø, replikater, datakilder og tidsbruk). Filene skrives først til en midlertidig mappe.",
    )
    .argument("<scenario>", "scenariofil (JSON), f.eks. scenarios/default.json")
    .option("--out <mappe>", "mappe å skrive til (standard: out/<scenarionavn>)")
    .option("--seed <frø>", "hovedfrø for Monte Carlo (standard: report.seed i scenarioet, ellers 1)")
    .option("--replicates <antall>", "antall Monte Carlo-replikater (standard: report.replicates i scenarioet, ellers 1)")
    .option(
      "--uncertainty <antall>",
      "kjør også så mange usikkerhetsreplikater (minst 2; frø fra kjøringen) og legg til P10, P50 og P90 for befolkning, " +
        "sammendrag og tjenester som egne tabeller og viftediagrammer",
    )
    .option("--workers <antall>", "antall tråder usikkerhetsreplikatene fordeles på (standard 1); samme frø gir de samme tallene uansett antall")
    .option("--png", "lag også figurene som PNG-bilder (figurer/*.png) med chromium")
    .action(async (file: string, flags: RunFlags) => {
      const seed = parseCount(flags.seed, "--seed", 0);
      const replicates = parseCount(flags.replicates, "--replicates", 1);
      const uncertainty = parseCount(flags.uncertainty, "--uncertainty", 2);
      const workers = parseCount(flags.workers, "--workers", 1);
      const out = flags.out ?? join("out", basename(file).replace(/\.json$/i, ""));
      const tty = Boolean(process.stderr.isTTY);
      const bar = tty
        ? new cliProgress.SingleBar(
            { format: "{bar} {value}/{total} {step}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
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
        process.stdout.write(`Skrev ${files.length} filer til ${out} (${formatNumber(ms / 1000, 1)} s): ${files.join(", ")}\n`);
      } catch (err) {
        if (bar && started) bar.stop();
        throw err;
      }
    });
  program.addCommand(cmd);
}
