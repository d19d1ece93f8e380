/**
 * Named selectors of the app store. Selectors that return an object or array either return one
 * held in the state (stable identity) or are meant for `useShallow`. Selectors with an id
 * argument are called as `useAppStore((s) => selectNode(s, id))`.
 */
import type {
  BlockResult,
  ComponentFile,
  DesignFile,
  DiagramFile,
  NodeFile,
  TimeUnit,
  DiagramKey,
  TargetIssue,
} from '../../src/index.ts';
import type { AppState } from './types.ts';
import type { AnalysisStatus, StoredAnalysis } from './analysisSlice.ts';
import { EDITOR_KEY, IDLE_ANALYSIS } from './analysisSlice.ts';
import type { SimulationRunState, SimulationSettings } from './simulationSlice.ts';
import type { ReplayEntry } from './replaySlice.ts';
import type { DockTab, ViewId } from './uiSlice.ts';
import {
  getDiagram,
  getDiagramIndex,
  getPreds,
  getKeyForPath,
  getResultPrefix,
  evaluateQuantity,
  getIssueKey,
  getIssuesByTarget,
} from '../../src/index.ts';

export const selectDesign = (s: AppState): DesignFile => s.design;
export const selectRevision = (s: AppState): number => s.revision;
export const selectDesignName = (s: AppState): string => s.design.name;
export const selectTimeUnit = (s: AppState): TimeUnit => s.design.timeUnit ?? 'hour';
export const selectLoadCount = (s: AppState): number => s.loadCount;
export const selectCanUndo = (s: AppState): boolean => s.past.length > 0;
export const selectCanRedo = (s: AppState): boolean => s.future.length > 0;
export const selectComponents = (s: AppState): readonly ComponentFile[] => s.design.components;
export const selectSubsystems = (s: AppState): DesignFile['subsystems'] => s.design.subsystems;

export const selectPath = (s: AppState): readonly string[] => s.path;
export const selectCurrentKey = (s: AppState): DiagramKey => getKeyForPath(s.design, s.path);
export const selectCurrentDiagram = (s: AppState): DiagramFile =>
  getDiagram(s.design, getKeyForPath(s.design, s.path));

export const selectSelection = (s: AppState) => s.selection;
export const selectSelectedNodeIds = (s: AppState): readonly string[] => s.selection.nodes;
export const selectSelectedEdgeIds = (s: AppState): readonly string[] => s.selection.edges;
export const selectHasSelection = (s: AppState): boolean =>
  s.selection.nodes.length + s.selection.edges.length > 0;
export const selectPanels = (s: AppState) => s.panels;
export const selectInspectedComponent = (s: AppState): string | null => s.inspectedComponent;
export const selectActiveItem = (s: AppState) => s.activeItem;
export const selectNotice = (s: AppState) => s.notice;
export const selectRevealRequest = (s: AppState) => s.revealRequest;
export const selectView = (s: AppState): ViewId => s.view;
export const selectDockTab = (s: AppState): DockTab => s.dockTab;
export const selectHelpOpen = (s: AppState): boolean => s.helpOpen;
export const selectCurveBlocks = (s: AppState): readonly string[] => s.curveBlocks;

let missionMemo: {
  value: DesignFile['missionTime'];
  unit: TimeUnit;
  result: number | null;
} | null = null;

/**
 * The design's mission time in its time unit, or null when it is not a valid time. Memoised on
 * the field's value (expressions are evaluated once per change, not once per render).
 */
export const selectMissionTime = (s: AppState): number | null => {
  const value = s.design.missionTime;
  const unit = selectTimeUnit(s);
  if (missionMemo !== null && missionMemo.value === value && missionMemo.unit === unit) {
    return missionMemo.result;
  }
  let result: number | null = null;
  if (value !== undefined) {
    const r = evaluateQuantity(value, 'time', unit);
    result = r.ok && r.value > 0 ? r.value : null;
  }
  missionMemo = { value, unit, result };
  return result;
};

/** A node of the diagram shown. */
export const selectNode = (s: AppState, id: string): NodeFile | undefined =>
  getDiagramIndex(selectCurrentDiagram(s)).nodes.get(id);

/** How many predecessors a node of the diagram shown has. */
export const selectInDegree = (s: AppState, id: string): number =>
  getPreds(selectCurrentDiagram(s), id).length;

/** The single selected node of the diagram shown, if exactly one is selected. */
export const selectSoleSelectedNode = (s: AppState): NodeFile | undefined => {
  const [id, more] = s.selection.nodes;
  if (id === undefined || more !== undefined || s.selection.edges.length > 0) return undefined;
  return selectNode(s, id);
};

export const selectComponent = (s: AppState, id: string | undefined): ComponentFile | undefined =>
  id === undefined ? undefined : s.design.components.find((c) => c.id === id);

/** Number of block nodes (all diagrams) using a component type. */
export const selectComponentUseCount = (s: AppState, id: string): number => {
  let count = 0;
  const diagrams = [s.design.diagram, ...Object.values(s.design.subsystems ?? {})];
  for (const d of diagrams)
    for (const n of d.nodes) if (n.kind === 'block' && n.component === id) count++;
  return count;
};

/** The analysis of the design being edited (idle before the first one). */
export const selectEditorAnalysis = (s: AppState): StoredAnalysis =>
  s.analyses[EDITOR_KEY] ?? IDLE_ANALYSIS;

/** Status of the analysis for the document as it is now (`stale` once the design moved on). */
export const selectAnalysisStatus = (s: AppState): AnalysisStatus => {
  const { status, revision } = selectEditorAnalysis(s);
  if (status === 'current' && revision !== s.revision) return 'stale';
  return status;
};

/** Result of the block drawn by node `id` of the diagram shown. */
export const selectBlockResult = (s: AppState, id: string): BlockResult | undefined =>
  selectEditorAnalysis(s).blockResults.get(getResultPrefix(s.path) + id);

/** What the analysis figures of the blocks mean: availability, or reliability at mission time. */
export const selectImportanceBasis = (s: AppState): 'steady-state' | 'mission' | 'none' =>
  selectEditorAnalysis(s).result?.importanceBasis ?? 'steady-state';

/** The design issue about node `id` of the diagram shown (an error before a warning). */
export const selectNodeIssue = (s: AppState, id: string): TargetIssue | undefined =>
  getIssuesByTarget(s.design, selectEditorAnalysis(s).issues).get(
    getIssueKey(selectCurrentKey(s), id),
  );

/** The design issue about a component type (an error before a warning). */
export const selectComponentIssue = (s: AppState, id: string): TargetIssue | undefined =>
  getIssuesByTarget(s.design, selectEditorAnalysis(s).issues).get(`component\u0000${id}`);

/** The latest Monte Carlo run of the design being edited, if any. */
export const selectEditorRun = (s: AppState): SimulationRunState | undefined => {
  const id = s.latestRun[EDITOR_KEY];
  return id === undefined ? undefined : s.simulationRuns[id];
};

export const selectSimulationSettings = (s: AppState): SimulationSettings => s.simulationSettings;

/** The history being replayed, if any. */
export const selectReplay = (s: AppState): ReplayEntry | null => s.replay;

const NO_CUT_SETS: readonly (readonly string[])[] = [];

/** Minimal cut sets of the design being edited (block path ids), from its latest analysis. */
export const selectEditorCutSets = (s: AppState): readonly (readonly string[])[] =>
  selectEditorAnalysis(s).result?.minimalCutSets ?? NO_CUT_SETS;
