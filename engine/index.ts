/**
 * Trappa's public API: what notebooks and other programs import.
 * Notebooks: `import { ... } from "./engine/index";` (the kernel runs in the project root).
 */
export { InputError, UsageError } from "./errors";
export { formatNumber, formatPercent } from "./report/format";
export { textTable } from "./report/text-table";
export { plotlyScriptHtml, plotlyFigureHtml, type Figure } from "./report/plotly";

// population
export * from "./population/grid";
export * from "./population/path";
export * from "./population/life-table";
export * from "./population/kannisto";
export * from "./population/mortality";
export * from "./population/fertility";
export * from "./population/migration-profile";
export * from "./population/ccmpp-step";
export * from "./population/project";
export * from "./population/assumptions";
export * from "./population/model";
export * from "./population/bands";
export * from "./population/graduate";
export * from "./population/calibrate";
export * from "./population/place";
export * from "./population/run";
export { runPopulationScenario, patchAssumptions, type PopulationJob } from "./run/population";
export { populationScenarioSchema, type PopulationScenario } from "./scenario/population";
export { loadNationalAssumptions, loadMortalityBase, defaultPopulationFile } from "./io/defaults";
export { readPopulationCsv, parsePopulationCsv } from "./io/population-csv";
export { htmlTable, escapeHtml } from "./report/html-table";
export { pyramidFigure, bandLinesFigure } from "./report/figures/population";

// coverage and housing
export * from "./coverage/types";
export * from "./coverage/population";
export * from "./coverage/progress";
export { coverageRates, checkRate } from "./coverage/rates";
export * from "./coverage/healthier-ageing";
export * from "./coverage/project";
export * from "./coverage/bands-needed";
export * from "./housing/types";
export * from "./housing/profile";
export * from "./housing/staircase";
export * from "./housing/build-need";
export * from "./housing/council-summary";
export { coverageScenarioSchema, type CoverageScenario } from "./scenario/coverage";
export { housingScenarioSchema, type HousingScenario } from "./scenario/housing";
export { loadCoverageHousingScenario } from "./io/coverage-housing-scenario";
export { parseCoverageHousingScenario, type CoverageHousingScenario } from "./coverage/coverage-housing";
export { councilSummaryTable, councilSummaryCsv } from "./cli/summary";
export { runCoverageHousingScenario, coverageHousingFromPopulation, coverageHousingEndYear, type CoverageHousingRun } from "./run/coverage-housing";

// calculator and effort staircase
export * from "./calculator/units";
export * from "./calculator/closest";
export * from "./calculator/catalogue";
export * from "./calculator/package";
export * from "./calculator/fte";
export * from "./calculator/price-line";
export * from "./calculator/alternative";
export * from "./calculator/affordable";
export * from "./calculator/calculate";
export * from "./report/calculator";
export * from "./calculator/export";
export * from "./effort/steps";
export * from "./effort/figures";
export * from "./effort/accounts";
export * from "./effort/distribution";
export * from "./effort/shift";
export * from "./effort/run";
export * from "./effort/spec";
export * from "./report/effort";
export * from "./effort/export";
export * from "./effort/chart";
export * from "./io/price-catalogue";
export * from "./io/package-file";
export * from "./io/effort-files";
export * from "./io/csv-comments";

// SSB import
export { parseSsb, type SsbImport } from "./io/ssb/parse";
export { readSsbFile } from "./io/ssb/read";
export { toSsbTidyCsv, sortSsbRows, compareSsbRows, SSB_TIDY_HEADER, type SsbRow, type SsbSex } from "./io/ssb/tidy";
export type { SsbImportReport, SsbPlaceSummary, SsbFormat } from "./io/ssb/report";
export type { SsbParseOptions } from "./io/ssb/records";
export {
  MISSING_SYMBOLS,
  SSB_ALTERNATIVE_LABELS,
  SSB_ALTERNATIVE_CODES,
  SSB_PROJECTION_TABLES,
  parseAlternativeLabel,
  parseSsbAge,
} from "./io/ssb/labels";
export {
  ssbPlaces,
  resolveRegion as resolveSsbRegion,
  formatHistory as formatCodeHistory,
  type Place as SsbPlace,
  type CodePeriod,
} from "./io/ssb/regions";
export { loadCodeHistory } from "./io/ssb/code-history";
export * from "./ssb/code-history";
export * from "./ssb/borders";
export { decodeSsbBytes, detectSsbFormat } from "./io/ssb/detect";

// back-testing
export {
  backtest,
  commonBands,
  type BacktestOptions,
  type BacktestResult,
  type BacktestSummaryRow,
  type BacktestPlaceRow,
  type PlaceHistory,
  type NationalHistory,
} from "./population/backtest";
export { reconstructCohorts } from "./population/reconstruct";
export {
  runBacktest,
  runBacktests,
  learningData,
  type BacktestRunOptions,
  type BacktestsRunOptions,
  type BacktestsResult,
  type BacktestRun,
  type CorrectionRun,
  type PublishedFile,
  type Learning,
} from "./run/backtest";
export * from "./population/backtest-score";
export * from "./population/ssb-correction";

// whole runs and reports
export {
  scenarioSchema,
  pricesScenarioSchema,
  personasScenarioSchema,
  reportSettingsSchema,
  type Scenario,
  type PricesScenario,
  type PersonasScenario,
  type ReportSettings,
} from "./scenario/scenario";
export { mergePatch, type Json } from "./scenario/merge-patch";
export { formatIssue, formatIssues, formatFieldPath, type ScenarioIssue, type FieldPath } from "./scenario/issues";
export { validateScenario, type ValidateOptions } from "./scenario/validate";
export { scenarioHash, canonicalJson } from "./scenario/hash";
export { checkScenarioFile, loadScenarioFile, type LoadedScenario } from "./io/scenario-file";
export { runScenario, runScenarioAsync, DEFAULT_SEED, type RunOptions, type RunResult } from "./run/run";
export type { ResultTable, ResultColumn, AssumptionRow, DataSourceRef, PartOutput } from "./run/result-table";
export { runPersonasPart, type PersonasRunner, type PersonasPartInput } from "./run/parts/personas";
export { buildScaleUp, scaleUpPopulation, type ScaleUpBuildOptions } from "./run/personas";
export { runFigures, type RunFigure } from "./report/figures/run";
export { runReportHtml, summaryHtml } from "./report/run-report";
export { runSheets } from "./report/run-workbook";
export { tableCsv } from "./report/run-csv";
export { compareRuns, comparisonCsv, comparisonText, type ComparisonRow } from "./report/compare";
export { runToFolder, shownPath, type RunFilesOptions } from "./report/write-run";
export { readRunTables } from "./io/run-dir";

// pathways and random
export * from "./random/rng";
export * from "./random/streams";
export * from "./random/distributions";
export * from "./pathways/model";
export * from "./pathways/timeline";
export * from "./pathways/price-phase";
export * from "./pathways/compile";
export * from "./pathways/deterministic";
export * from "./pathways/published";
export * from "./pathways/survival";
export * from "./pathways/life-table-mx";
export * from "./pathways/summary";
export * from "./pathways/persona-mc";
export * from "./pathways/persona-results";
export * from "./pathways/scale-up";
export * from "./pathways/scale-up-build";
export * from "./pathways/scale-up-population";
export * from "./pathways/scale-up-results";
export * from "./report/pathways";
export { runPersonaMonteCarlo, runScaleUpMonteCarlo, checkReplicates, checkSeed, type McRunOptions } from "./pathways/run";
export { personaFileSchema, type PersonaFile, type PhaseSpec, type PathwaySpec, type MonteCarloSpec } from "./scenario/personas";
export {
  parsePersonaFile,
  readPersonaFile,
  loadPersona,
  personaFromSpec,
  readPublishedForPersona,
  parsePublishedPersonaCsv,
  loadConditionDefaults,
  type ConditionDefaults,
} from "./io/persona-file";

// uncertainty and sensitivity
export { uncertaintyScenarioSchema, type UncertaintyScenario } from "./scenario/uncertainty";
export { ar1Normals, splitNormal } from "./uncertainty/ar1";
export { quantileSorted, quantileStandardError, percentiles, type Percentiles } from "./uncertainty/quantile";
export { centralZ, gammaDraw, betaDraw, dirichletDraw, triangularFromU, uniformFromU, lognormalFromU } from "./uncertainty/sampling";
export {
  DEFAULT_POPULATION_UNCERTAINTY,
  withoutPopulationSpread,
  drawDeviations,
  constantDeviations,
  pathBounds,
  applyDeviations,
  drawnPaths,
  stochasticNational,
  projectDraw,
  projectReplicate,
  bandTotals,
  type PopulationUncertainty,
  type ComponentUncertainty,
  type PopulationDeviations,
  type DrawnPaths,
  type PathBounds,
  type StochasticPopulationInput,
} from "./uncertainty/population";
export {
  resolveUncertainty,
  intervalFromU,
  intervalBounds,
  type UncertaintySettings,
  type Interval,
  type ShareInterval,
} from "./uncertainty/parameters";
export { uncertaintySetup, type UncertaintySetup, type UncertaintyInput } from "./uncertainty/setup";
export { FIGURE_KEYS, PATHWAY_FIGURE_KEYS, figureKeys, type FigureKey } from "./uncertainty/figures";
export { centralParameters, drawParameters, applyParameters, residentsBehind, type ParameterSet, type AppliedParameters } from "./uncertainty/draws";
export { replicateRow, evaluate, rowFigures, figureInfo } from "./uncertainty/evaluate";
export { replicateLayout, seriesSpecs, FIGURE_SLOTS, type SeriesSpec, type ReplicateLayout } from "./uncertainty/layout";
export { runReplicateBlock, centralRow } from "./uncertainty/replicates";
export { slotQuantiles } from "./uncertainty/quantile";
export { runUncertainty, compareUncertainty, uncertaintyResult, type UncertaintyResult } from "./uncertainty/result";
export {
  runUncertaintyPart,
  runUncertaintyPartAsync,
  uncertaintyPart,
  summariseReplicates,
  uncertaintyPartOutput,
  uncertaintyStatistics,
  UNCERTAINTY_GROUPS,
  type RunUncertainty,
  type RunUncertaintyInput,
  type UncertaintySeries,
  type UncertaintyStatistic,
} from "./run/uncertainty";
export { runUncertaintySetup, prepareUncertainty, prepareScenarioUncertainty, scenarioPersonaFile } from "./run/uncertainty-setup";
export { fanFigure, populationFan, seriesFan, uncertaintyFigures, intervalName, type FanSeries } from "./report/figures/uncertainty";
export { uncertaintySummaryHtml } from "./report/run-report";
export { resolvePathwayUncertainty, type PathwayUncertainty } from "./uncertainty/pathway-settings";
export { pathwaySetup, PERSON_STREAM_OFFSET, type PathwaySetup, type ScaleUpInputs } from "./uncertainty/pathway-setup";
export { readScaleUpInputs } from "./io/scale-up-inputs";
export {
  centralPathwayFactors,
  drawPathwayFactors,
  pathwayModel,
  pathwayFigures,
  type PathwayFactors,
  type PathwayFigures,
} from "./uncertainty/pathway-figures";
export { scaleUpSeries } from "./pathways/scale-up-population";
export { decomposeVariance, type VarianceParts } from "./uncertainty/variance";
export { runReplicates, runUncertaintyAsync, UNCERTAINTY_BLOCK } from "./uncertainty/parallel";
export { inlineDeclarations, type InlineDeclarations, type DeclaredInterval } from "./scenario/inline-uncertainty";
export { summariseScaleUp, scaleUpUncertaintyTable, type ScaleUpUncertainty } from "./run/uncertainty-scale-up";
export {
  sensitivityInputs,
  tornado,
  firstOrderIndex,
  firstOrderIndices,
  checkTarget,
  type SensitivityInput,
  type Tornado,
  type TornadoRow,
} from "./uncertainty/sensitivity";
