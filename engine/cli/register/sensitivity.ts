import { Command, Option } from "commander";
import type { SensitivityFlags } from "../sensitivity";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa sensitivity SCENARIO --target KEY [--format table|csv] [--replicates N] [--seed S] [--alternative KODE] [--workers N]`; the action is loaded when it runs. */
export function registerSensitivity(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("sensitivity"))
    .summary("følsomhetsanalyse: tornado og usikkerhetsintervall for ett tall i sammendraget eller oppskaleringen")
    .description(
      "Varierer de usikre inndataene i scenarioet (befolkning rundt SSBs alternativ med L og H som " +
        "10- og 90-persentil, dekningsgrader og boligprofil fra tellinger, kostnad og årsverk per enhet, " +
        "og med en personas-del forekomst, insidens, levetid etter diagnose og kostnad og varighet per fase i oppskaleringen) " +
        "og viser for ett tall (--target) et tornado-diagram som tabell: hver inndata på sin lave og " +
        "høye verdi med de andre sentrale, tallet ved lav og høy verdi og utslaget, og førsteordens " +
        "følsomhetsindekser fra Monte Carlo-replikatene; for oppskaleringens tall også variansen delt i " +
        "parameterusikkerhet og tilfeldig variasjon mellom personer. Innstillingene leses fra scenarioets " +
        "uncertainty-del eller fra usikkerhet oppgitt ved verdiene (standardverdier i data/README.md). " +
        "Samme frø gir de samme trekningene som trappa run --uncertainty, uansett antall tråder (--workers).",
    )
    .argument("<scenario>", "scenariofil (JSON) med population- og housing-del, eller en mappe fra trappa init")
    .requiredOption(
      "--target <nøkkel>",
      "tallet som analyseres: en nøkkel i kommunestyresammendraget (f.eks. cost_reduction_alt_profile), coverage_arsverk_today, coverage_cost_today, scaleup_saving_target_year eller scaleup_break_even_year",
    )
    .addOption(new Option("--format <format>", "utskrift: table eller csv").choices(["table", "csv"]).default("table"))
    .option("--replicates <n>", "antall replikater (standard: uncertainty.replicates eller 200)")
    .option("--seed <frø>", "frø (standard: uncertainty.seed, report.seed eller 1)")
    .option("--alternative <kode>", "befolkningsalternativ det varieres rundt (standard: report.alternative eller det første i scenarioet)")
    .option("--workers <antall>", "antall tråder replikatene fordeles på (standard 1); samme frø gir de samme tallene uansett antall")
    .action(async (file: string, flags: SensitivityFlags) => {
      const { sensitivityCommand } = await import("../sensitivity");
      ctx.exitCode = await sensitivityCommand(file, flags, ctx);
    });
  program.addCommand(cmd);
}
