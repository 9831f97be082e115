import { loadPersona, readPersonaFile } from "../../engine/io/persona-file";
import { projectRoot } from "../../engine/root";

export const JOHS_FILE = `${projectRoot()}/scenarios/personas/johs.json`;
export const johs = () => loadPersona(JOHS_FILE);
export const johsSpec = () => readPersonaFile(JOHS_FILE);

/**
 * The published Johs table (../shared/domain/persona_johs.csv, the consultants' persona; also in
 * ../shared/DOMAIN.md), typed in here: per age, cost (kr) and staff hours for normal, proactive, reactive.
 * Age 77 is listed twice in the source; it is typed once here.
 */
export const PUBLISHED: Array<[number, number, number, number, number, number, number]> = [
  // age, cost normal, cost proactive, cost reactive, hours normal, hours proactive, hours reactive
  [70, 0, 118431, 0, 0, 90, 0],
  [71, 0, 118431, 0, 0, 90, 0],
  [72, 0, 118431, 0, 0, 90, 0],
  [73, 218102, 118431, 0, 455, 90, 0],
  [74, 218102, 118431, 0, 455, 90, 0],
  [75, 218102, 118431, 546666, 455, 90, 1367],
  [76, 246432, 118431, 969468, 524, 90, 2048],
  [77, 246432, 118431, 969468, 524, 90, 2048],
  [78, 246432, 118431, 969468, 524, 90, 2048],
  [79, 246432, 118431, 579076, 524, 90, 1223],
  [80, 246432, 246432, 579076, 524, 220, 1223],
  [81, 371442, 246432, 579076, 705, 220, 1223],
  [82, 371442, 246432, 579076, 705, 220, 1223],
  [83, 371442, 246432, 579076, 705, 220, 1223],
  [84, 371442, 246432, 579076, 705, 220, 1223],
  [85, 371442, 246432, 579076, 705, 220, 1223],
  [86, 1003466, 246432, 579076, 1952, 220, 1223],
  [87, 1003466, 1003466, 579076, 1952, 1952, 1223],
];
