import { analyseHomeServices, type HomeServiceResult } from "../../homecare/analysis";
import { homeServiceRows } from "../../homecare/export";
import { type HousingProfile, type ShiftedProfile, shiftProfile } from "../../homecare/shift";
import { homeServicesInputFromSpec } from "../../io/home-services-file";
import type { HomeServicesSpec } from "../../scenario/home-services";
import type { Json } from "../../scenario/merge-patch";
import type { ResolvedScenario } from "../../scenario/resolve";
import type { Scenario } from "../../scenario/scenario";
import { col, type PartOutput, type ResultTable, resultTable } from "../result-table";

/** The home-service part's answer: the analysis and, with a shift, the housing profile it gives. */
export interface HomeServicesRun {
  result: HomeServiceResult;
  shift: { name: string; hoursPerWeek: number; result: ShiftedProfile; housingProfile: boolean } | null;
}

/**
 * The shift "flere brukere med omfattende hjemmetjenester" applied to the housing part's
 * today's profile (null without a shift or a housing part), with the direct-time share and
 * hours per årsverk of the home-service part.
 */
export function homeServiceShift(s: Scenario, where: string): HomeServicesRun["shift"] {
  const spec = s.homeServices;
  if (!spec?.shift || !s.housing) return null;
  const sh = spec.shift;
  const result = shiftProfile(
    s.housing.profiles.today as HousingProfile,
    { ...sh, where: `${where}: homeServices.shift` },
    spec.directShare ?? 0.6,
    spec.hoursPerArsverk,
  );
  return { name: sh.name, hoursPerWeek: sh.hoursPerWeek, result, housingProfile: sh.housingProfile };
}

/**
 * The scenario JSON the housing part reads: with the shift's profile as the alternative
 * profile when the shift asks for it; with a `newStep`, that step joins the housing steps
 * (årsverk per user from the shift's hours, 0 in today's profile) and the moved residents
 * are on it instead of on `toStep`.
 */
export function housingJsonWithShift(json: Json, shift: HomeServicesRun["shift"], spec?: HomeServicesSpec): Json {
  if (!shift?.housingProfile) return json;
  const copy = JSON.parse(JSON.stringify(json)) as {
    housing: { steps: Array<Record<string, unknown>>; profiles: { today: HousingProfile; alternative: unknown } };
  };
  const alt = JSON.parse(JSON.stringify(shift.result.profile)) as HousingProfile;
  const step = spec?.shift?.newStep;
  if (step && spec?.shift) {
    const to = spec.shift.toStep;
    copy.housing.steps.push({
      id: step.id,
      name: step.name,
      arsverkPerUnit: shift.result.arsverkPerUser,
      costPerUnit: step.costPerUnit,
      higher: false,
      source: step.source ?? `Hjemmetjenestedelen: ${shift.hoursPerWeek} timer i uka ved ${spec.directShare ?? 0.6} direkte tid.`,
    });
    for (const band of Object.keys(copy.housing.profiles.today)) {
      copy.housing.profiles.today[band][step.id] = 0;
      const moved = shift.result.moved.find((m) => m.band === band)?.share ?? 0;
      alt[band][to] -= moved;
      alt[band][step.id] = moved;
    }
  }
  copy.housing.profiles.alternative = alt;
  return copy as unknown as Json;
}

/**
 * The scenario JSON every command's coverage and housing parts read (the run, the
 * uncertainty setup, `trappa summary`): the resolved scenario's, with the home services'
 * shift as the housing alternative profile when the shift asks for it.
 */
export function coverageHousingJson(r: ResolvedScenario): Json {
  return housingJsonWithShift(r.json as Json, homeServiceShift(r.scenario, r.file), r.scenario.homeServices);
}

/**
 * The user profile the home-service decisions give the effort staircase's `effortStep`:
 * decisions, hours per week and recipients (undefined without a part or a step).
 */
export function homeServiceProfile(
  spec: HomeServicesSpec | undefined,
  where: string,
  baseDir: string,
): { step: number; decisions: number; hoursPerWeek: number; recipients: number; where: string } | undefined {
  if (spec?.effortStep === undefined) return undefined;
  const a = analyseHomeServices(homeServicesInputFromSpec(spec, `${where}: homeServices`, baseDir));
  return { step: spec.effortStep, decisions: a.decisions, hoursPerWeek: a.hoursPerWeek, recipients: a.recipients, where: `${where}: homeServices.effortStep` };
}

/** The analysis as the run's `hjemmetjenester` table. */
export function homeServicesTable(run: HomeServicesRun): ResultTable {
  const t = homeServiceRows(run.result, run.shift ?? undefined);
  return resultTable(
    "hjemmetjenester",
    t.header.map((k) => col(k, k === "value" ? "value" : "text")),
    t.rows,
  );
}

/** The home-service part of a run: the analysis of the decision list (`file`, absolute) and the shift. */
export function runHomeServicesPart(
  spec: HomeServicesSpec,
  where: string,
  baseDir: string,
  file: string,
  shift: HomeServicesRun["shift"],
): { run: HomeServicesRun; part: PartOutput } {
  const result = analyseHomeServices(homeServicesInputFromSpec(spec, `${where}: homeServices`, baseDir));
  const run = { result, shift };
  const perUser = shift ? shift.result.arsverkPerUser.toFixed(3).replace(".", ",") : "";
  const notes = shift?.housingProfile
    ? [
        `Boligtrappens alternative profil er dagens profil med forskyvningen «${shift.name}» (hjemmetjenestedelen). ` +
          (spec.shift?.newStep
            ? `De som flyttes hjem, står på trinnet «${spec.shift.newStep.name}» med ${perUser} årsverk per bruker (${shift.hoursPerWeek} timer i uka).`
            : `Trinnets årsverk per bruker er fortsatt gjennomsnittsbrukerens; hver bruker som flyttes hjem med ${shift.hoursPerWeek} timer i uka trenger ${perUser} årsverk (gi forskyvningen et eget trinn med newStep for å regne dem med).`),
      ]
    : [];
  return {
    run,
    part: {
      tables: [homeServicesTable(run)],
      assumptions: [
        {
          part: "Hjemmetjenester",
          item: "Andel direkte tid og timer per årsverk",
          value: `${result.directShare} og ${result.hoursPerArsverk} timer`,
          source: spec.directShare !== undefined ? where : "standardverdier (DOMAIN.md: 0,60 for ambulerende hjemmesykepleie; 1 595 timer per årsverk)",
        },
      ],
      sources: [{ role: "home-service decisions", path: file }],
      notes,
    },
  };
}
