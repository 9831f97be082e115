import { existsSync, readdirSync } from "node:fs";
import { type Command, type CommanderError, Help } from "commander";
import { dataPath } from "../root";

/** Norwegian titles for commander's help sections. */
const TITLES: Record<string, string> = {
  "Usage:": "Bruk:",
  "Options:": "Valg:",
  "Commands:": "Kommandoer:",
  "Arguments:": "Argumenter:",
  "Global Options:": "Globale valg:",
};

/** Commander's own error messages, in Norwegian bokmål. */
const ERRORS: Array<[RegExp, string]> = [
  [/^error: unknown option '(.*)'/, "feil: ukjent valg '$1'"],
  [/^error: unknown command '(.*)'/, "feil: ukjent kommando '$1'"],
  [/^error: missing required argument '(.*)'/, "feil: mangler påkrevd argument '$1'"],
  [/^error: option '(.*)' argument missing/, "feil: valget '$1' mangler verdi"],
  [/^error: required option '(.*)' not specified/, "feil: påkrevd valg '$1' er ikke gitt"],
  [/^error: too many arguments(.*)/, "feil: for mange argumenter$1"],
  [/^error: (.*)/, "feil: $1"],
];

export function translateError(message: string): string {
  for (const [re, to] of ERRORS) if (re.test(message)) return message.replace(re, to);
  return message;
}

const base = new Help();

/** Makes a command (and its subcommands, when applied to each) speak Norwegian. */
export function norwegian(cmd: Command): Command {
  return cmd
    .helpOption("-h, --help", "vis denne hjelpeteksten")
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      sortSubcommands: false,
      optionDescription: (option) =>
        base.optionDescription(option).replace("(choices: ", "(mulige verdier: ").replace(", default: ", ", standard: ").replace("(default: ", "(standard: "),
      commandUsage: (c) => base.commandUsage(c).replace("[options]", "[valg]").replace("[command]", "[kommando]"),
      subcommandTerm: (c) => base.subcommandTerm(c).replace("[options]", "[valg]"),
    })
    .showHelpAfterError("(skriv --help for hjelp)")
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(translateError(str)) });
}

/** Exit code for a commander error: 0 for help and version, 2 for usage errors. */
export function usageExitCode(err: CommanderError): number {
  if (err.code === "commander.helpDisplayed" || err.code === "commander.help" || err.code === "commander.version") return 0;
  return 2;
}

/**
 * The shipped files of a folder of data/ by name (`oslo-nordstrand-2023-11, generic-2021`),
 * for a command's help: read from the folder, so the help loads nothing of the engine.
 */
export function shippedNames(folder: string, ext = ".csv"): string {
  try {
    const dir = dataPath(folder);
    if (!existsSync(dir)) return "(ingen)";
    const names = readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length))
      .sort();
    return names.join(", ") || "(ingen)";
  } catch {
    return "(ingen)";
  }
}
