/**
 * Public API of the engine. Note the layout: in this project `src/` is the framework-free
 * engine (model, math, analysis, simulation, worker protocol, command line; no React, no DOM)
 * and `app/` is the React UI, the reverse of Vite's usual layout. `app/` imports only this file
 * and `src/worker/protocol.ts`.
 */
export type {
  Component,
  Design,
  DesignTargets,
  DesignIssue,
  Diagram,
  DiagramNode,
  FailureLaw,
  RepairLaw,
  TimeUnit,
} from './model/types.ts';
export { HOURS_PER_UNIT, HOURS_PER_YEAR } from './model/types.ts';
// Shared fate: zones and common-cause groups (src/model/FORMAT.md).
export type { CommonCauseGroup, Zone } from './model/types.ts';
export type { CommonCauseFile, ZoneFile } from './model/file.ts';
export type { FlatBlockKind } from './model/structure.ts';
export type { NumberRange } from './model/parseRead.ts';
// The one table of issue codes and what each means.
export type { AnalysisCode, DesignIssueCode, IssueCode, RunCode } from './errors.ts';
export { ISSUE_CODES, assertNever, describeIssueCode } from './errors.ts';
// Laws as file objects, for the inspector forms and the catalogue (src/laws/README.md).
export type { FieldKind, FieldSpec, LawForm, ShowTime } from './laws/lawModule.ts';
export {
  FAILURE_FORMS,
  REPAIR_FORMS,
  getFailureForm,
  getLawField,
  getRepairForm,
  setLawField,
  summarizeFailure,
  summarizeRepair,
  switchFailureLaw,
  switchRepairLaw,
  takesRepair,
} from './laws/files.ts';
// Times built from named parts (detect + replay + restart …), and the fault-tolerance planners.
export type { TimeParts } from './model/types.ts';
export type { TimePartsFile, TimeQuantity } from './model/file.ts';
export { isTimeParts, sumTimeParts } from './laws/quantity.ts';
export { parseDesign, parseDesignText } from './model/parse.ts';
export type { JsonRead } from './model/jsonText.ts';
export {
  findJsonErrorOffset,
  findUnsafeKeys,
  lineColumn,
  parseJsonText,
} from './model/jsonText.ts';
export {
  evaluateQuantity,
  isExpressionEngineLoaded,
  loadExpressionEngine,
  withExpressionEngine,
} from './model/expression.ts';
export type { AnalysisOptions, Analyzer } from './analysis/analyze.ts';
export { analyzeDesign, createAnalyzer } from './analysis/analyze.ts';
export type {
  ConditionAnalyzer,
  ConditionBlock,
  ConditionResult,
  ForcedCondition,
} from './analysis/forcedCondition.ts';
export { MAX_ENUMERATED_DOWN, createConditionAnalyzer } from './analysis/forcedCondition.ts';
export type { RouteNetwork } from './model/routes.ts';
export { createRouteNetwork, getLiveNodes } from './model/routes.ts';
export type { CompareDelta } from './analysis/compare.ts';
export { computeCompareDeltas } from './analysis/compare.ts';
export type {
  OptimizeCandidate,
  OptimizeMethod,
  OptimizeOptions,
  OptimizeResult,
} from './analysis/optimize.ts';
export { optimizeDesign } from './analysis/optimize.ts';
export type {
  OptimizeIssue,
  OptimizeVariable,
  VariableBounds,
} from './analysis/optimizeProblem.ts';
export {
  DEFAULT_MAX_QUANTITY,
  applyQuantities,
  getDefaultVariableIds,
  setFileQuantities,
} from './analysis/optimizeProblem.ts';
export type { TornadoKind, TornadoParameter, TornadoResult } from './analysis/tornado.ts';
export { DEFAULT_TORNADO_SHARE, computeTornado } from './analysis/tornado.ts';
export type { TargetMetric, TargetOutcome } from './analysis/targets.ts';
export { evaluateTargets, getMaxUnavailability, getTargetsMet } from './analysis/targets.ts';
export type {
  AnalysisPoint,
  AnalysisResult,
  AnalysisWarning,
  BLife,
  BlockKind,
  BlockPoint,
  BlockResult,
  SteadyState,
} from './analysis/result.ts';
export {
  TIME_UNIT_NAMES,
  formatCost,
  formatDowntimePerYear,
  formatDuration,
  formatFailuresPerYear,
  formatInUnit,
  formatNines,
  formatNumber,
  formatPercent,
  formatProbability,
  formatRatio,
  formatShare,
  formatShortPercent,
  formatTime,
  getPerYear,
} from './report/format.ts';
// Reports: one model of what a report says, rendered by the command line, "Copy results", the
// results panel (and later the PDF report and the compare view).
export type {
  CutSetEntry,
  RankingEntry,
  Report,
  ReportOptions,
  ReportSection,
} from './report/report.ts';
export { createReport, getSection } from './report/report.ts';
export type { Exactness, FigureUnit, ReportFigure } from './report/figures.ts';
export type { ImportanceRow } from './report/ranking.ts';
export {
  DEFAULT_RANKING_SIZE,
  getDowntimeExplained,
  getImportanceRanking,
} from './report/ranking.ts';
export type { CutSetRow } from './report/cutSets.ts';
export { getCutSetRows } from './report/cutSets.ts';
export type { ReportWarning } from './report/warnings.ts';
export { createReportWarnings, formatWarning } from './report/warnings.ts';
export type { TextOptions } from './report/text.ts';
export { renderReportText } from './report/text.ts';
// The design review (the PDF report and its text): built from the figures above.
export type {
  CurveSeries,
  DesignReview,
  DowntimeHistogram,
  ResultRow,
  ReviewInput,
  ReviewMethod,
  ReviewSection,
  TargetRow,
} from './report/review.ts';
export { createDesignReview, getReviewCurveTimes, REVIEW_CURVE_POINTS } from './report/review.ts';
export type { ComponentRow, SharedFateRow } from './report/reviewParts.ts';
export { getComponentSources } from './report/reviewParts.ts';
export { renderReviewText } from './report/reviewText.ts';
export type { ReviewPdfOptions } from './report/pdf/reviewPdf.ts';
export { loadComparisonPdf, loadHandoutPdf, loadReviewPdf } from './report/pdf/loadReviewPdf.ts';
export type { HandoutChart, HandoutLesson, HandoutPdfOptions } from './report/pdf/handoutPdf.ts';
export type {
  ComparedDesign,
  ComparisonInput,
  ComparisonReview,
  ComparisonRow,
  ComparisonSection,
} from './report/comparison.ts';
export {
  createComparisonReview,
  getDesignTimes,
  MAX_COMPARED_DESIGNS,
} from './report/comparison.ts';
export { renderComparisonText } from './report/comparisonText.ts';
export type { ReviewFileRequest } from './report/reviewFile.ts';
export { createComparisonPdfFromFiles, createReviewPdfFromFile } from './report/reviewFile.ts';
export type { ComparisonFileRequest } from './report/reviewFile.ts';
export { Result } from './util/result.ts';
export type {
  ComponentFile,
  DesignFile,
  DiagramFile,
  EdgeFile,
  FailureFile,
  NodeFile,
  Quantity,
  RedundancyFile,
  RepairFile,
} from './model/file.ts';
export { withoutUi } from './model/withoutUi.ts';
export type {
  AnalyzeOptions,
  AnalyzeResponse,
  CurveRequest,
  CurvesResponse,
  DesignChange,
  DesignPatch,
  DesignTextRead,
  EngineWorkerApi,
} from './worker/protocol.ts';
export type {
  CompareFailure,
  CompareResponse,
  CompareWorkerApi,
  OptimizeProgress,
  OptimizeRequest,
  PairedProgress,
} from './worker/compareProtocol.ts';
export type {
  BlockSimulationResult,
  HistoryTrace,
  SimulationIssue,
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
  TraceEvent,
  TraceEventKind,
} from './simulation/types.ts';
export type {
  HistoryPick,
  HistoryPickKind,
  HistoryPicksResult,
  HistoryRecord,
} from './simulation/historyPicks.ts';
export {
  HISTORY_PICK_KINDS,
  getDowntimeRank,
  selectHistoryPick,
} from './simulation/historyPicks.ts';
export type { TracedHistory } from './simulation/runner.ts';
export type { BlockFrame, BlockReplayState, ReplayState } from './simulation/replay.ts';
export {
  Replay,
  UNIT_DOWN,
  UNIT_REPAIRING,
  UNIT_RUNNING,
  UNIT_STANDBY,
  UNIT_STATE_NAMES,
  UNIT_SWITCHING,
  UNIT_WAITING,
} from './simulation/replay.ts';
export type { TraceLogEntry, TraceLogKind } from './report/traceLog.ts';
export {
  createTraceCsv,
  createTraceDocument,
  createTraceLog,
  describeBlockFrame,
  formatSimulatedTime,
} from './report/traceLog.ts';
export { traceHistory } from './simulation/runner.ts';
export type { TraceCheck, TraceChecks } from './simulation/traceInvariants.ts';
export type { SimulationPool, SimulationRun } from './worker/simulationPool.ts';
export { createSimulationPool } from './worker/simulationPool.ts';
export { simulateDesign } from './simulation/runner.ts';
export type {
  PairedComparison,
  PairedDifference,
  PairedEstimate,
  PairedIssue,
  PairedOptions,
} from './simulation/paired.ts';
export { MAX_PAIRED_TRIALS, comparePaired } from './simulation/paired.ts';
export { createBrowserWorkerPort } from './worker/browserWorkerPort.ts';
export { createInThreadPort } from './worker/inThreadPort.ts';

// Design edits: pure functions on design files (the app's document actions, the optimiser).
export type { CatalogueItem, Placement } from './document/catalogueItem.ts';
export { createNode, resolveComponent } from './document/catalogueItem.ts';
export { WRAP_COLUMNS, countColumns, withAllPositions } from './document/defaultLayout.ts';
export type { DiagramKey, Positions, XY } from './document/diagram.ts';
export {
  getDiagram,
  getDiagramIndex,
  getEdgeId,
  getIdStem,
  getPositions,
  getPreds,
  setDiagram,
  withPositions,
} from './document/diagram.ts';
export type {
  ComponentField,
  ComponentFieldValues,
  DesignField,
  DesignFieldValues,
  NodeField,
  NodeFieldValues,
} from './document/edit.ts';
export {
  addComponentTo,
  createComponentId,
  renameNodeIn,
  setComponentFieldIn,
  setDesignFieldIn,
  setNodeFieldIn,
} from './document/edit.ts';
export type { Fragment } from './document/fragment.ts';
export { createFragment, pasteFragment } from './document/fragment.ts';
export {
  addEdge,
  addNode,
  canConnect,
  insertAfter,
  insertParallel,
  removeEdges,
  removeNodes,
} from './document/graph.ts';
export type { TargetIssue } from './document/issues.ts';
export { getIssueKey, getIssuesByTarget } from './document/issues.ts';
export { createEmptyDesign, designName } from './document/newDesign.ts';
export { getKeyForPath, getResultPrefix, getValidPath } from './document/path.ts';
export type { ComponentPreset } from './document/presets.ts';
export {
  PRESETS,
  PRESET_GROUPS,
  PRESET_GROUP_NAMES,
  ZONE_PRESET_IDS,
  getPreset,
  getPresetGroupOf,
} from './document/presets.ts';
export { containsDiagram, createSubsystemFromNodes } from './document/subsystem.ts';
// Zones and common-cause groups on the diagram: edits and the blast radius of an element.
export type {
  CreatedGroup,
  SharedFateField,
  SharedFateFieldValues,
  SharedFateGroup,
  SharedFateKind,
} from './document/sharedFate.ts';
export {
  addCommonCauseIn,
  addZoneIn,
  describeKind,
  getGroupsOfNode,
  getSharedFateGroup,
  removeSharedFateIn,
  renameSharedFateIn,
  setMemberIn,
  setSharedFateFieldIn,
} from './document/sharedFate.ts';
export type { BlastRadius, NeedOf } from './document/blastRadius.ts';
export { getBlastRadius } from './document/blastRadius.ts';
export type { RedundancyMode } from './document/redundancy.ts';
export { getRedundancyMode, setRedundancyModeIn } from './document/redundancy.ts';
export type { RecoveryStep, TimePlace } from './document/timeParts.ts';
export {
  RECOVERY_STEPS,
  addPart,
  checkPartName,
  fromParts,
  getLawTime,
  getPartShares,
  listParts,
  removePart,
  renamePart,
  setPart,
  toParts,
  withSwitchIn,
  withTimeAt,
} from './document/timeParts.ts';
export type {
  CheckpointPlan,
  HashRingPlan,
  RatePlan,
  RetryLatency,
  RetryPlan,
  RetryTiming,
} from './analysis/planning.ts';
export {
  computeCheckpointWaste,
  computeChiSquareQuantile,
  planCheckpoint,
  planHashRing,
  planObservedRate,
  planRetry,
  planRetryLatency,
} from './analysis/planning.ts';

export type {
  AllocationAnswer,
  AllocationChoice,
  AllocationIssue,
  AllocationOption,
  AllocationProblem,
  AllocationSubsystem,
} from './analysis/redundancyAllocation.ts';
export { DEFAULT_MAX_UNITS, allocateRedundancy } from './analysis/redundancyAllocation.ts';
export { FYFFE_HINES_LEE } from './analysis/redundancyAllocationBenchmark.ts';

// Lessons of the Learn view: plain data worked out with the engine (src/learn/README.md).
export type {
  Lesson,
  LessonChart,
  LessonChoice,
  LessonFigure,
  LessonFormula,
  LessonId,
  LessonParam,
  LessonQuestion,
  LessonSeries,
  LessonValues,
  LessonView,
} from './learn/types.ts';
export { LESSONS, getLesson, isLessonId } from './learn/lessons.ts';
export type { ParamRead } from './learn/values.ts';
export { getInitialValues, readLessonValue, readLessonValues } from './learn/values.ts';
export { formatTexNumber } from './learn/lessonDesign.ts';
export type { LessonAnswer } from './learn/evaluate.ts';
export { countLessonCoverage, evaluateLesson, runLessonEstimate } from './learn/evaluate.ts';
export type { MonteCarloEstimate } from './learn/lessons/monteCarlo.ts';
export {
  COVERAGE_SEEDS,
  estimateFailedShare,
  getLadder,
  isCovered,
} from './learn/lessons/monteCarlo.ts';
export type { DesignExplanation, ExplainCondition, ExplainStep } from './learn/explain.ts';
export { describeCondition, describeExplanation, explainDesign } from './learn/explain.ts';
// The time grid of the live curves (asked for with an analysis, so one edit is one call).
export {
  CURVE_SPAN_FACTOR,
  DEFAULT_CURVE_POINTS,
  MAX_CURVE_POINTS,
  MIN_CURVE_POINTS,
  createCurveTimes,
} from './analysis/curveTimes.ts';
export { diffDesign } from './worker/designPatch.ts';
