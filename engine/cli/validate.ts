import { Command } from "commander";
import { InputError } from "../errors";
import { checkScenarioFile } from "../io/scenario-file";
import { formatIssues } from "../scenario/issues";
import { norwegian } from "./help";

const PART_NAMES: Record<string, string> = {
  population: "befolkning",
  coverage: "dekningsgrader",
  housing: "boligtrapp",
  prices: "ressurskalkulator",
  personas: "personaforløp",
  report: "rapportvalg",
};

/** Adds `trappa validate SCENARIO` to the program. */
export function registerValidate(program: Command): void {
  const cmd = norwegian(new Command("validate"))
    .summary("sjekk en scenariofil uten å kjøre den")
    .description(
      "Leser scenariofilen og filene den arver fra (extends), og sjekker alt mot det lukkede " +
        "skjemaet: ukjente nøkler, typer, andeler mellom 0 og 1, henvisninger til tjenester og " +
        "trinn, og at filene det vises til finnes. Alle feil skrives på én gang, hver med fil, " +
        "feltsti, hva som var ventet og hva som ble funnet.",
    )
    .argument("<scenario>", "scenariofil (JSON)")
    .action((file: string) => {
      const { loaded, issues } = checkScenarioFile(file);
      if (!loaded) throw new InputError(`${issues.length} ${issues.length === 1 ? "feil" : "feil"} i ${file}:\n${formatIssues(issues)}`);
      const parts = Object.keys(PART_NAMES)
        .filter((k) => (loaded.scenario as Record<string, unknown>)[k] !== undefined)
        .map((k) => PART_NAMES[k]);
      const chain = loaded.chain.length > 1 ? ` (arver fra ${loaded.chain.slice(0, -1).join(" → ")})` : "";
      process.stdout.write(`OK: ${file}${chain}\nScenario: ${loaded.scenario.name}\nDeler: ${parts.join(", ")}\nInnholdshash: ${loaded.hash}\n`);
    });
  program.addCommand(cmd);
}
