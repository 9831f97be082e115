import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors";
import { placeFacts } from "../io/init/facts";
import { INIT_FILES, INIT_TARGET_YEAR, initScenarioJson } from "../io/init/scenario-json";
import { writeScenarioFolder } from "../io/init/write-folder";
import { housingProfileCsv } from "../io/inputs/housing-profile";
import type { JsonObject } from "../io/inputs/json-parts";
import { ratesCsv } from "../io/inputs/rates";
import { staffingCsv } from "../io/inputs/staffing";
import { checkScenarioFile, loadScenarioFile } from "../io/scenario-file";
import { findPlace } from "../io/ssb/find-place";
import { readSsbFile } from "../io/ssb/read";
import { formatHistory } from "../io/ssb/regions";
import { toSsbTidyCsv } from "../io/ssb/tidy";
import { formatIssues } from "../errors";
import { formatNumber } from "../report/format";
import { projectRoot, SHIPPED_SCENARIO_PREFIX } from "../root";
import type { CliIo, CommandResult } from "./context";
import { scenarioArgument } from "./scenario-arg";

/** The command's registration (name, help, options), for tests that build their own program. */
export { registerInit } from "./register/init";

export interface InitFlags {
  out?: string;
  template?: string;
  targetYear?: string;
  force?: boolean;
}

/** The template a new scenario extends unless `--template` names another. */
export const DEFAULT_TEMPLATE = "scenarios/maler/kommune.json";

/** A folder name from a place name: lower case, æ ø å as ae o a, other signs as "-" ("Midt-Telemark" → "midt-telemark"). */
export function folderName(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/[åä]/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "kommune";
}

/** Norwegian genitive of a name: "Skiens", "Nes'". */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/** Refuses an output folder that exists and holds files (unless `force`), or that is a file. */
function checkOut(out: string, force = false): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new UsageError(`--out forventer en mappe, fikk fila ${out}`);
  const entries = readdirSync(out);
  if (entries.length > 0 && !force) {
    throw new UsageError(
      `mappen ${out} finnes allerede (${entries.length} ${entries.length === 1 ? "fil" : "filer"}): forventet en ny mappe; ` +
        `velg en annen med --out, eller skriv over filene trappa init lager med --force`,
    );
  }
}

function posix(p: string): string {
  return p.split(sep).join("/");
}

/**
 * Runs `trappa init SSB-FIL KOMMUNE` (options and help: register/init.ts): finds the place
 * (number or name, also a former one), reads its figures from the SSB file, and writes a
 * scenario folder: scenario.json extending the template, the place's SSB figures
 * (befolkning-ssb.csv), and the inputs a consultant fills in a spreadsheet
 * (dekningsgrader.csv, arsverk-og-kostnader.csv, boligprofil.csv) pre-filled with the
 * template's values and marked MALVERDI. Refuses an existing folder unless `--force`.
 */
export function initCommand(file: string, placeText: string, flags: InitFlags, io: CliIo): CommandResult {
  const { place, note } = findPlace(placeText);
  // A folder given is checked before any file is read (the default one needs the place's name from the data).
  if (flags.out !== undefined) checkOut(flags.out, flags.force);
  const label = `${place.code} ${place.name}`;
  const { rows, report } = readSsbFile(file);
  const facts = placeFacts(rows, report, place);
  let targetYear = Math.min(Math.max(INIT_TARGET_YEAR, facts.baseYear + 1), facts.lastYear);
  if (flags.targetYear !== undefined) {
    const y = Number(flags.targetYear);
    if (!/^\d{4}$/.test(flags.targetYear) || y <= facts.baseYear || y > facts.lastYear) {
      throw new UsageError(
        `--target-year forventer et år etter basisåret ${facts.baseYear} og senest ${facts.lastYear} (filens siste år), fikk "${flags.targetYear}"`,
      );
    }
    targetYear = y;
  }
  const out = flags.out ?? folderName(facts.name);
  checkOut(out, flags.force);
  const templateFile = flags.template !== undefined ? scenarioArgument(flags.template) : join(projectRoot(), DEFAULT_TEMPLATE);
  if (!existsSync(templateFile)) throw new UsageError(`--template forventer en scenariofil (JSON) som finnes, fikk "${flags.template}"`);
  const template = loadScenarioFile(templateFile);
  const json = template.resolved as JsonObject;
  const templateAbs = resolve(templateFile);
  // Relative when the folder and the template share more than the root (the pair can move together); a shipped
  // template from a folder outside the project as "trappa:<path under scenarios/>" (the folder can move to
  // another machine); else absolute.
  const top = (p: string) => resolve(p).split(sep)[1];
  const rel = relative(resolve(out), templateAbs);
  const shipped = relative(join(projectRoot(), "scenarios"), templateAbs);
  const inProject = !relative(projectRoot(), resolve(out)).startsWith("..");
  const extendsPath =
    !inProject && !shipped.startsWith("..") && !isAbsolute(shipped)
      ? `${SHIPPED_SCENARIO_PREFIX}${posix(shipped)}`
      : isAbsolute(rel) || top(out) !== top(templateAbs)
        ? posix(templateAbs)
        : posix(rel);
  const templateShown = flags.template ?? DEFAULT_TEMPLATE;
  const scenario = initScenarioJson({ facts, extendsPath, template: json, templateShown, sourceFile: basename(file), targetYear });
  const files: Record<string, string> = {
    [INIT_FILES.scenario]: `${JSON.stringify(scenario, null, 2)}\n`,
    [INIT_FILES.population]: toSsbTidyCsv(facts.rows),
  };
  if (json.coverage) files[INIT_FILES.rates] = ratesCsv(json);
  if (json.coverage || json.housing) files[INIT_FILES.staffing] = staffingCsv(json);
  if (json.housing) files[INIT_FILES.housingProfile] = housingProfileCsv(json);
  writeScenarioFolder(out, files, flags.force);
  // The folder must load as it is: a failure here is a bug of init, not the user's input.
  const check = checkScenarioFile(join(out, INIT_FILES.scenario));
  if (!check.loaded) throw new Error(`initCommand requires a scenario that validates, got:\n${formatIssues(check.issues)}`);
  const inputs = check.loaded.inputs ?? [];
  const w = Math.max(...Object.keys(files).map((f) => f.length));
  const lines = [
    `Skrev ${out.replace(/[\\/]+$/, "")}${sep} for ${label} (koder ${formatHistory(place.history)}).`,
    ...(note ? [note] : []),
    `  ${INIT_FILES.scenario.padEnd(w)}  arver fra ${templateShown}; ${genitive(facts.name)} befolkning kalibrert til SSBs MMMM ${facts.baseYear}–${facts.lastYear}, ` +
      `alternativer ${facts.alternatives.join(", ")}, målår ${targetYear}`,
    `  ${INIT_FILES.population.padEnd(w)}  SSBs tall for ${facts.name} fra ${basename(file)} (${formatNumber(facts.rows.length)} rader)`,
    ...inputs.map((i) => `  ${i.file.padEnd(w)}  ${i.values} verdier å fylle ut, nå malverdier (MALVERDI i kolonnen kilde)`),
    "Neste steg:",
    "  1. Åpne CSV-filene i Excel, skriv inn kommunens egne tall og kilden i kolonnen kilde, og lagre som CSV.",
    `  2. trappa validate ${out}`,
    `  3. trappa run ${out}   (rapporten: ${join(out, "resultater", "report.html")})`,
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
