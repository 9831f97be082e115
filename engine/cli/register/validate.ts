import { Command } from "commander";
import { type CliContext, cliContext } from "../context";
import { norwegian } from "../help";

/** Adds `trappa validate SCENARIO` to the program; the action is loaded when it runs. */
export function registerValidate(program: Command, ctx: CliContext = cliContext()): void {
  const cmd = norwegian(new Command("validate"))
    .summary("sjekk en scenariofil uten å kjøre den")
    .description(
      "Leser scenariofilen og filene den arver fra (extends), og sjekker alt mot det lukkede " +
        "skjemaet: ukjente nøkler, typer, andeler mellom 0 og 1, henvisninger til tjenester og " +
        "trinn, og at filene det vises til finnes. Alle feil skrives på én gang, hver med fil, " +
        "feltsti, hva som var ventet og hva som ble funnet.",
    )
    .argument("<scenario>", "scenariofil (JSON) eller en mappe fra trappa init (dens scenario.json)")
    .action(async (file: string) => {
      const { validateCommand } = await import("../validate");
      ctx.exitCode = await validateCommand(file, ctx);
    });
  program.addCommand(cmd);
}
