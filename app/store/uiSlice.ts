/**
 * View state around the document: the selection, the opened subsystem path (breadcrumb), which
 * panels are open, the component type shown in the inspector, the catalogue item `B` adds, the
 * clipboard and the last notice. None of it is saved with the design.
 */
import type { SliceCreator } from './types.ts';
import type { CatalogueItem, Fragment } from '../../src/index.ts';
import {
  getDiagram,
  getDiagramIndex,
  getKeyForPath,
  getSharedFateGroup,
  getValidPath,
} from '../../src/index.ts';

/** Ids of the selected nodes and edges of the diagram shown. */
export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** A short message shown to the user (toast), e.g. why a connection was refused. */
export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly message: string;
  /** A button the toast offers: undo what the message reports. */
  readonly action?: 'undo';
}

/** Panels that can be shown or hidden. */
export type PanelName = 'catalogue' | 'inspector' | 'results';

/**
 * The views of the app, each a folder under `app/` (`#view=…` in the address). The shell
 * (`app/views.ts`) lists the ones that exist; an address naming another falls back to `edit`.
 */
export type ViewId = 'edit' | 'compare' | 'replay' | 'plan' | 'learn' | 'report';

/** Tabs of the results dock. */
export type DockTab = 'exact' | 'simulation';

export interface UiSlice {
  readonly view: ViewId;
  readonly dockTab: DockTab;
  /** The keyboard-shortcut help is open. */
  readonly helpOpen: boolean;
  readonly selection: Selection;
  /** Ids of the subsystem nodes opened from the root diagram, outermost first. */
  readonly path: readonly string[];
  readonly panels: Readonly<Record<PanelName, boolean>>;
  /** Component type opened from the catalogue for editing (overrides the selection). */
  readonly inspectedComponent: string | null;
  /** What `B` (and Enter on the canvas) adds. */
  readonly activeItem: CatalogueItem | null;
  readonly clipboard: Fragment | null;
  readonly pasteCount: number;
  readonly notice: Notice | null;
  /** Nodes just added (by a click, a key or a paste): the canvas scrolls them into view. */
  readonly revealRequest: { readonly ids: readonly string[]; readonly serial: number } | null;
  /** The selected element's blast radius is marked on the diagram (inspector toggle). */
  readonly blastRadiusShown: boolean;

  readonly setView: (view: ViewId) => void;
  readonly setDockTab: (tab: DockTab) => void;
  readonly setHelpOpen: (open: boolean) => void;
  readonly setSelection: (nodes: readonly string[], edges?: readonly string[]) => void;
  readonly selectAll: () => void;
  readonly clearSelection: () => void;
  /** Opens a subsystem node of the diagram shown (drill down). */
  readonly openSubsystem: (nodeId: string) => void;
  /** Goes back to a level of the breadcrumb (0: the root diagram). */
  readonly goToLevel: (depth: number) => void;
  /** Opens the diagram holding a node named by its path id (`site-a/db`) and selects it. */
  readonly revealNode: (pathId: string) => boolean;
  readonly setPanelOpen: (panel: PanelName, open: boolean) => void;
  readonly inspectComponent: (id: string | null) => void;
  readonly setActiveItem: (item: CatalogueItem | null) => void;
  readonly showNotice: (message: string, tone?: Notice['tone']) => void;
  readonly dismissNotice: () => void;
  readonly setBlastRadiusShown: (shown: boolean) => void;
}

const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  view: 'edit',
  dockTab: 'exact',
  helpOpen: false,
  selection: EMPTY_SELECTION,
  path: [],
  panels: { catalogue: true, inspector: true, results: true },
  inspectedComponent: null,
  activeItem: null,
  clipboard: null,
  pasteCount: 0,
  notice: null,
  revealRequest: null,
  blastRadiusShown: false,

  setView: (view) => {
    if (view !== get().view) set({ view }, false, 'ui/setView');
  },
  setDockTab: (dockTab) => set({ dockTab }, false, 'ui/setDockTab'),
  setHelpOpen: (helpOpen) => set({ helpOpen }, false, 'ui/setHelpOpen'),
  setSelection: (nodes, edges = []) => {
    const { selection, inspectedComponent } = get();
    const same =
      nodes.length === selection.nodes.length &&
      edges.length === selection.edges.length &&
      nodes.every((id, i) => selection.nodes[i] === id) &&
      edges.every((id, i) => selection.edges[i] === id);
    if (same && inspectedComponent === null) return;
    const anything = nodes.length + edges.length > 0;
    set(
      {
        selection: same ? selection : { nodes, edges },
        inspectedComponent: anything ? null : inspectedComponent,
      },
      false,
      'ui/setSelection',
    );
  },
  selectAll: () => {
    const { design, path } = get();
    const diagram = getDiagram(design, getKeyForPath(design, path));
    set({ selection: { nodes: diagram.nodes.map((n) => n.id), edges: [] } }, false, 'ui/selectAll');
  },
  clearSelection: () => set({ selection: EMPTY_SELECTION }, false, 'ui/clearSelection'),
  openSubsystem: (nodeId) => {
    const { design, path } = get();
    const node = getDiagramIndex(getDiagram(design, getKeyForPath(design, path))).nodes.get(nodeId);
    if (node?.kind !== 'subsystem' || design.subsystems?.[node.subsystem] === undefined) return;
    set(
      { path: [...path, nodeId], selection: EMPTY_SELECTION, inspectedComponent: null },
      false,
      'ui/openSubsystem',
    );
  },
  goToLevel: (depth) => {
    const { path } = get();
    if (depth >= path.length) return;
    const left = path[depth];
    set(
      {
        path: path.slice(0, Math.max(0, depth)),
        selection: left === undefined ? EMPTY_SELECTION : { nodes: [left], edges: [] },
      },
      false,
      'ui/goToLevel',
    );
  },
  revealNode: (pathId) => {
    const { design } = get();
    const parts = pathId.split('/');
    const id = parts.pop() ?? '';
    const path = getValidPath(design, parts);
    if (path.length !== parts.length) return false;
    const diagram = getDiagram(design, getKeyForPath(design, path));
    // A zone or common-cause group is selected like a node (its id shares their id space).
    if (!getDiagramIndex(diagram).nodes.has(id) && getSharedFateGroup(diagram, id) === undefined)
      return false;
    set(
      { path, selection: { nodes: [id], edges: [] }, inspectedComponent: null },
      false,
      'ui/revealNode',
    );
    return true;
  },
  setPanelOpen: (panel, open) =>
    set({ panels: { ...get().panels, [panel]: open } }, false, 'ui/setPanelOpen'),
  inspectComponent: (id) =>
    set(
      id === null
        ? { inspectedComponent: null }
        : { inspectedComponent: id, selection: EMPTY_SELECTION },
      false,
      'ui/inspectComponent',
    ),
  setActiveItem: (activeItem) => set({ activeItem }, false, 'ui/setActiveItem'),
  showNotice: (message, tone = 'info') =>
    set({ notice: { id: (get().notice?.id ?? 0) + 1, tone, message } }, false, 'ui/showNotice'),
  dismissNotice: () => set({ notice: null }, false, 'ui/dismissNotice'),
  setBlastRadiusShown: (blastRadiusShown) =>
    set({ blastRadiusShown }, false, 'ui/setBlastRadiusShown'),
});
