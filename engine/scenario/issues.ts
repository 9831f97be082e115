// The issue type and its formatting are the one error convention of the engine (engine/errors.ts).
export { describeFound, type FieldPath, formatFieldPath, formatIssue, formatIssues, type ScenarioIssue } from "../errors";
