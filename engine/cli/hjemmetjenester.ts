import { analyseHomeServices } from "../homecare/analysis";
import { homeServiceRows } from "../homecare/export";
import { arsverkNeeded } from "../homecare/fte";
import { UsageError } from "../errors";
import { readHomeServicesFile } from "../io/home-services-file";
import { toCsv } from "../io/tidy-csv";
import { homeServiceText } from "../report/home-services";
import { emit } from "./emit";
import type { CliIo, CommandResult } from "./context";

export interface HomeServicesFlags {
  directShare?: string;
  hoursPerArsverk?: string;
  arsverk?: string;
  reference?: string[];
  format: "table" | "csv";
  out?: string;
}

function share(text: string, flag: string): number {
  const x = Number(text.replace(",", "."));
  if (!(x > 0 && x <= 1)) throw new UsageError(`${flag}: forventet en andel over 0 og høyst 1 (f.eks. 0.6), fikk "${text}"`);
  return x;
}

function positive(text: string, flag: string): number {
  const x = Number(text.replace(",", "."));
  if (!(Number.isFinite(x) && x >= 0)) throw new UsageError(`${flag}: forventet et ikke-negativt tall, fikk "${text}"`);
  return x;
}

/** Runs `trappa hjemmetjenester` with the arguments and flags commander parsed (options and help: register/hjemmetjenester.ts), writing to `io`. */
export function homeServicesCommand(file: string, flags: HomeServicesFlags, io: CliIo): CommandResult {
  const { input, spec } = readHomeServicesFile(file);
  if (flags.directShare !== undefined) input.directShare = share(flags.directShare, "--direct-share");
  if (flags.hoursPerArsverk !== undefined) input.hoursPerArsverk = positive(flags.hoursPerArsverk, "--hours-per-arsverk");
  if (flags.arsverk !== undefined) input.arsverk = positive(flags.arsverk, "--arsverk");
  if (flags.reference?.length) {
    input.references = flags.reference.map((r) => {
      const m = /^(.+)=([\d.,]+)$/.exec(r);
      if (!m) throw new UsageError(`--reference: forventet NAVN=VERDI (f.eks. "KOSTRA-gruppe 09=3,9"), fikk "${r}"`);
      return { name: m[1].trim(), arsverkPer100Users: positive(m[2], "--reference") };
    });
  }
  const result = analyseHomeServices(input);
  const sh = spec?.shift;
  const perUser = sh
    ? { name: sh.name, hoursPerWeek: sh.hoursPerWeek, arsverkPerUser: arsverkNeeded(sh.hoursPerWeek, result.directShare, result.hoursPerArsverk) }
    : undefined;
  let text: string;
  if (flags.format === "csv") {
    const t = homeServiceRows(result);
    if (perUser) t.rows.push(["shift", result.name, perUser.name, "arsverk_per_user", Number(perUser.arsverkPerUser.toPrecision(12)), "årsverk per recipient"]);
    text = toCsv(t.header, t.rows);
  } else text = homeServiceText(result, undefined, perUser);
  emit(io, text, flags.out);
  return 0;
}
