/**
 * Trappa's public face: what notebooks and other programs import
 * (`import { ... } from "./engine/index";`, the kernel runs in the project root).
 * Under 80 names: a scenario is loaded, resolved and run; each engine has its entry point;
 * tables and figures are built from the results. Everything else is reachable by its own
 * module for tests and advanced use, but is not promised to stay.
 */

// Scenario → run → report: one scenario, one pipeline.
/** Reads a scenario file with its `extends` chain, merged and validated against the closed schema (every error at once). */
export { loadScenarioFile } from "./io/scenario-file";
/** Decides every run-wide choice once (alternative, years, seed, replicates, files); command-line overrides as the second argument. */
export { resolveScenario, type ResolvedScenario } from "./scenario/resolve";
/** Runs a resolved scenario: one projection handed to every part; `runScenarioAsync` with worker threads for the uncertainty. */
export { runScenario, runScenarioAsync, type RunResult } from "./run/run";
/** The council summary of a resolved scenario, as `trappa summary` prints it and the run's `sammendrag` holds it. */
export { runCouncilSummary } from "./run/summary";
/** Writes a run's report.html, results.xlsx, CSVs and run.json into a folder (atomically); reads a run folder's tables back. */
export { runToFolder } from "./report/write-run";
export { readRunTables } from "./io/run-dir";
/** Two runs' tables compared row by row (`trappa compare`). */
export { compareRuns, comparisonText } from "./report/compare";
/** Bad input (file, field or line, expected, found) and bad command-line usage. */
export { InputError, UsageError } from "./errors";
export { asArquero, type ResultTable } from "./run/result-table";

// Norwegian presentation: numbers, tables, figures.
export { formatNumber, formatPercent } from "./report/format";
export { htmlTable } from "./report/html-table";
export { plotlyScriptHtml, plotlyFigureHtml, type Figure } from "./report/plotly";
export { runFigures } from "./report/figures/run";
export { summaryHtml, uncertaintySummaryHtml } from "./report/run-report";
export { savingsHtml, savingsFigure } from "./report/savings";
export { savingsSummaryRows, savingsAtShare, type SavingsStory, type SavingsSummaryRow } from "./run/savings";
export { savingsStory } from "./run/savings-story";
export { whatIf, whatIfPatch, runControls, profileSeries, type WhatIfInputs, type WhatIfControls } from "./housing/what-if";

// Population: cohort-component projection, SSB files, back-testing.
export { runPopulationScenario } from "./run/population";
export { populationScenarioSchema } from "./scenario/population";
export { bandRows } from "./population/run";
export { parseBands } from "./population/bands";
export { projectionYear, type Projection } from "./population/project";
export { pyramidFigure, bandLinesFigure } from "./report/figures/population";
export { readSsbFile } from "./io/ssb/read";
export { runBacktest, runBacktests } from "./run/backtest";
export { readMovesByAge } from "./io/ssb/moves";
export { loadCodeHistory } from "./io/ssb/code-history";

// Coverage rates and the housing staircase.
export { loadCoverageHousingScenario } from "./io/coverage-housing-scenario";
export { runCoverageHousingScenario } from "./run/coverage-housing";
export { ALTERNATIVE_0 } from "./coverage/types";
export { compareWithReference, sumOverBands } from "./coverage/project";
export { stepTotals } from "./housing/staircase";
export { buildNeed } from "./housing/build-need";
export { councilSummary } from "./housing/council-summary";

// The resource calculator and the effort staircase.
export { loadPriceCatalogue } from "./io/price-catalogue";
export { readPackageFile } from "./io/package-file";
export { calculatePackage } from "./calculator/calculate";
export { packageTables } from "./report/calculator";
export { loadStaircase, readEffortFile } from "./io/effort-files";
export { runEffort } from "./effort/run";
export { effortTables } from "./report/effort";
export { staircaseFigure } from "./report/figures/effort";
export { compareStaircases } from "./effort/compare";
export { analyseHomeServices } from "./homecare/analysis";
export { readHomeServicesFile } from "./io/home-services-file";
export { homeServiceTables } from "./report/home-services";

// Persona pathways: deterministic, Monte Carlo, scaled up to the municipality.
export { loadPersona, readPersonaFile, readPublishedForPersona } from "./io/persona-file";
export { deterministicTimeline } from "./pathways/deterministic";
export { compareWithPublished } from "./pathways/published";
export { personaSummaryRows } from "./pathways/persona-results";
export { personaResultLayout } from "./pathways/persona-mc";
export { column } from "./pathways/summary";
export { runPersonaMonteCarlo, runScaleUpMonteCarlo } from "./pathways/run";
export { buildScaleUp } from "./run/personas";
export { scaleUpRows } from "./pathways/scale-up-results";
export { publishedScaleUp, publishedMethodTable, publishedFigureRows } from "./pathways/published-scale-up";
export { scaleUpMethodsDiffer, methodFigureLabel, formatMethodFigure } from "./report/scale-up-methods";
export { phaseTable, timelineTable, publishedTables, personaSummaryTable } from "./report/pathways";

// Uncertainty and sensitivity.
export { prepareScenarioUncertainty } from "./run/uncertainty-setup";
export { runUncertainty } from "./uncertainty/result";
export { tornado } from "./uncertainty/sensitivity";
export { figureInfo } from "./uncertainty/evaluate";
export { fanFigure, populationFan, seriesFan, intervalName } from "./report/figures/uncertainty";
export { quantileSorted } from "./stats/quantile";
