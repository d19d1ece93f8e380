/**
 * The document: the design file being edited (the truth; React Flow state is derived from it),
 * its revision (incremented on every change) and undo/redo history. Actions are synchronous and
 * only call `set`; the document edits themselves are pure functions of the engine
 * (`src/document/`). Edits apply to the diagram shown (root or opened subsystem).
 */
import type {
  ComponentFile,
  DesignFile,
  DiagramFile,
  CatalogueItem,
  Placement,
  DiagramKey,
  Positions,
  ComponentField,
  ComponentFieldValues,
  DesignField,
  DesignFieldValues,
  NodeField,
  NodeFieldValues,
  RedundancyMode,
  Quantity,
  SharedFateField,
  SharedFateFieldValues,
} from '../../src/index.ts';
import {
  Result,
  getDiagram,
  getDiagramIndex,
  getPreds,
  getIdStem,
  setDiagram,
  withPositions,
  canConnect,
  addEdge,
  addNode,
  insertAfter,
  insertParallel,
  removeEdges,
  removeNodes,
  setRedundancyModeIn,
  addComponentTo,
  createComponentId,
  createEmptyDesign,
  renameNodeIn,
  setComponentFieldIn,
  setDesignFieldIn,
  setNodeFieldIn,
  withAllPositions,
  createFragment,
  pasteFragment,
  containsDiagram,
  createSubsystemFromNodes,
  getKeyForPath,
  getValidPath,
  createNode,
  resolveComponent,
  addCommonCauseIn,
  addZoneIn,
  getSharedFateGroup,
  removeSharedFateIn,
  renameSharedFateIn,
  setMemberIn,
  setSharedFateFieldIn,
} from '../../src/index.ts';
import type { SliceCreator } from './types.ts';
import type { HistoryState } from './history.ts';
import { getCommit, getRedo, getUndo } from './history.ts';
import { EDITOR_KEY } from './analysisSlice.ts';

/** Offset of a pasted or duplicated copy, flow units. */
const PASTE_OFFSET = 40;

export interface DesignSlice {
  /** The design file being edited. */
  readonly design: DesignFile;
  /** Incremented on every change of `design` (edits, undo, redo, load). */
  readonly revision: number;
  readonly past: readonly DesignFile[];
  readonly future: readonly DesignFile[];
  readonly lastEdit: HistoryState['lastEdit'];
  /** Number of designs loaded so far (the canvas refits when it changes). */
  readonly loadCount: number;

  /**
   * Replaces the document (positions are filled in where missing); clears the history, the
   * selection and the editor's analysis.
   */
  readonly loadDesign: (design: DesignFile) => void;
  readonly setDesignField: <K extends DesignField>(
    field: K,
    value: DesignFieldValues[K] | undefined,
  ) => void;
  /** Adds a block, junction or subsystem node; returns its id or why it cannot be added. */
  readonly addCatalogueItem: (item: CatalogueItem, placement?: Placement) => Result<string, string>;
  readonly connectNodes: (from: string, to: string) => Result<true, string>;
  /** Moves nodes of the diagram shown (one undo step per call, or per `key` burst). */
  readonly moveNodes: (positions: Positions, key?: string) => void;
  readonly deleteSelection: () => void;
  readonly copySelection: () => void;
  readonly pasteClipboard: () => void;
  readonly duplicateSelection: () => void;
  readonly setNodeField: <K extends NodeField>(
    id: string,
    field: K,
    value: NodeFieldValues[K] | undefined,
  ) => void;
  readonly renameNode: (id: string, wanted: string) => Result<true, string>;
  /** Makes a block active or standby, keeping the standby settings for a return to standby. */
  readonly setRedundancyMode: (id: string, mode: RedundancyMode) => void;
  readonly setComponentField: <K extends ComponentField>(
    id: string,
    field: K,
    value: ComponentFieldValues[K] | undefined,
  ) => void;
  /** Adds a component type (a copy of `from`, or a generic one); returns its id. */
  readonly addComponent: (from?: ComponentFile) => string;
  /** Removes an unused component type. */
  readonly removeComponent: (id: string) => Result<true, string>;
  /** Groups the selected nodes into a new subsystem; returns the new node's id or why not. */
  readonly createSubsystemFromSelection: (name?: string) => Result<string, string>;
  /**
   * Puts the selected blocks and subsystems in a new zone of the item's component type (a preset
   * is added to the design first) and selects the zone; returns its id or why not.
   */
  readonly createZoneFromSelection: (item: CatalogueItem, name?: string) => Result<string, string>;
  /** Puts the selected blocks in a new common-cause group of β `beta`; returns its id or why not. */
  readonly createCommonCauseFromSelection: (beta: Quantity) => Result<string, string>;
  readonly setSharedFateField: <K extends SharedFateField>(
    id: string,
    field: K,
    value: SharedFateFieldValues[K] | undefined,
  ) => void;
  /** Sets a zone's component from a catalogue item (a preset is added to the design first). */
  readonly setZoneComponent: (id: string, item: CatalogueItem) => Result<true, string>;
  /** Adds a node to, or removes it from, a zone or common-cause group. */
  readonly setGroupMember: (
    groupId: string,
    nodeId: string,
    member: boolean,
  ) => Result<true, string>;
  /**
   * Moves nodes dropped in or out of zones and changes the zones' members to match, as one undo
   * step, with a notice saying what changed (refused changes are left out).
   */
  readonly dropNodes: (
    positions: Positions,
    changes: readonly { groupId: string; nodeId: string; member: boolean }[],
  ) => void;
  /** Renames a zone or common-cause group (keeps it selected); returns why not. */
  readonly renameSharedFate: (id: string, wanted: string) => Result<true, string>;
  /** Removes a zone or common-cause group (its members stay). */
  readonly removeSharedFate: (id: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

const GENERIC_COMPONENT: Omit<ComponentFile, 'id'> = {
  name: 'New type',
  failure: { distribution: 'exponential', mtbf: '10000 h' },
  repair: { distribution: 'exponential', mttr: '4 h' },
};

export const createDesignSlice: SliceCreator<DesignSlice> = (set, get) => {
  /** Records an edit; false when nothing changed. */
  const commit = (next: DesignFile, label: string, key?: string, extra: object = {}): boolean => {
    const change = getCommit(get(), next, key, Date.now());
    if (change === null) return false;
    set({ ...change, ...extra }, false, `design/${label}`);
    return true;
  };
  const current = (): { design: DesignFile; key: DiagramKey; diagram: DiagramFile } => {
    const { design, path } = get();
    const key = getKeyForPath(design, path);
    return { design, key, diagram: getDiagram(design, key) };
  };
  const editDiagram = (
    edit: (diagram: DiagramFile) => DiagramFile,
    label: string,
    key?: string,
    extra?: object,
  ): boolean => {
    const c = current();
    return commit(setDiagram(c.design, c.key, edit(c.diagram)), label, key, extra);
  };
  const reveal = (ids: readonly string[]) => ({
    ids,
    serial: (get().revealRequest?.serial ?? 0) + 1,
  });
  /** After undo/redo: keep only the selection and path that still exist. */
  const restore = (change: HistoryState | null, label: string) => {
    if (change === null) return;
    const { selection, path } = get();
    const validPath = getValidPath(change.design, path);
    const diagram = getDiagram(change.design, getKeyForPath(change.design, validPath));
    const { nodes, edgeIds } = getDiagramIndex(diagram);
    set(
      {
        ...change,
        path: validPath,
        selection: {
          nodes: selection.nodes.filter(
            (id) => nodes.has(id) || getSharedFateGroup(diagram, id) !== undefined,
          ),
          edges: selection.edges.filter((id) => edgeIds.has(id)),
        },
      },
      false,
      `design/${label}`,
    );
  };

  return {
    design: createEmptyDesign(),
    revision: 0,
    past: [],
    future: [],
    lastEdit: null,
    loadCount: 0,

    loadDesign: (design) => {
      const { [EDITOR_KEY]: _previous, ...analyses } = get().analyses;
      set(
        {
          design: withAllPositions(design),
          revision: get().revision + 1,
          past: [],
          future: [],
          lastEdit: null,
          loadCount: get().loadCount + 1,
          selection: { nodes: [], edges: [] },
          path: [],
          inspectedComponent: null,
          analyses,
          curveBlocks: [],
        },
        false,
        'design/loadDesign',
      );
    },
    setDesignField: (field, value) => {
      commit(setDesignFieldIn(get().design, field, value), 'setDesignField', `design:${field}`);
    },

    addCatalogueItem: (item, placement = { mode: 'after' }) => {
      const c = current();
      if (item.kind === 'subsystem' && containsDiagram(c.design, item.name, c.key)) {
        return Result.err(`"${item.name}" cannot be used inside itself`);
      }
      const resolved = resolveComponent(c.design, item);
      if (!resolved.ok) return resolved;
      const node = createNode(c.diagram, item, resolved.value.componentId);
      const { selection } = get();
      let diagram: DiagramFile;
      if (placement.mode === 'at') diagram = addNode(c.diagram, node, placement.position);
      else if (placement.mode === 'parallel' && selection.nodes.length === 1) {
        const beside = getDiagramIndex(c.diagram).nodes.get(selection.nodes[0]!);
        diagram =
          beside && beside.kind !== 'start' && beside.kind !== 'end'
            ? insertParallel(c.diagram, node, beside.id)
            : insertAfter(c.diagram, node, selection.nodes);
      } else diagram = insertAfter(c.diagram, node, selection.nodes);
      const preds = getPreds(diagram, node.id);
      const where =
        placement.mode === 'at'
          ? ''
          : placement.mode === 'parallel' && preds.length > 0
            ? ` beside ${selection.nodes[0] ?? preds[0]}`
            : preds.length > 0
              ? ` after ${preds.join(', ')}`
              : '';
      commit(setDiagram(resolved.value.design, c.key, diagram), 'addCatalogueItem', undefined, {
        selection: { nodes: [node.id], edges: [] },
        revealRequest: reveal([node.id]),
        notice: {
          id: (get().notice?.id ?? 0) + 1,
          tone: 'info',
          message: `Added ${node.id}${where}.`,
          action: 'undo',
        },
      });
      return Result.ok(node.id);
    },

    connectNodes: (from, to) => {
      const check = canConnect(current().diagram, from, to);
      if (!check.ok) return check;
      editDiagram((d) => addEdge(d, from, to), 'connectNodes');
      return check;
    },

    moveNodes: (positions, key) => {
      editDiagram((d) => withPositions(d, positions), 'moveNodes', key);
    },

    deleteSelection: () => {
      const { selection } = get();
      const ids = new Set(selection.nodes);
      editDiagram(
        (d) => removeNodes(removeEdges(removeSharedFateIn(d, ids), new Set(selection.edges)), ids),
        'deleteSelection',
        undefined,
        { selection: { nodes: [], edges: [] } },
      );
    },

    copySelection: () => {
      const fragment = createFragment(current().diagram, get().selection.nodes);
      if (fragment === null) return;
      set({ clipboard: fragment, pasteCount: 0 }, false, 'design/copySelection');
    },

    pasteClipboard: () => {
      const { clipboard, pasteCount } = get();
      if (clipboard === null) return;
      const c = current();
      const shift = PASTE_OFFSET * (pasteCount + 1);
      const pasted = pasteFragment(c.design, c.key, clipboard, { x: shift, y: shift });
      commit(pasted.design, 'pasteClipboard', undefined, {
        selection: { nodes: pasted.ids, edges: [] },
        revealRequest: reveal(pasted.ids),
        pasteCount: pasteCount + 1,
      });
    },

    duplicateSelection: () => {
      const c = current();
      const fragment = createFragment(c.diagram, get().selection.nodes);
      if (fragment === null) return;
      const pasted = pasteFragment(c.design, c.key, fragment, { x: PASTE_OFFSET, y: PASTE_OFFSET });
      commit(pasted.design, 'duplicateSelection', undefined, {
        selection: { nodes: pasted.ids, edges: [] },
        revealRequest: reveal(pasted.ids),
      });
    },

    setNodeField: (id, field, value) => {
      editDiagram(
        (d) => setNodeFieldIn(d, id, field, value),
        'setNodeField',
        `node:${id}:${field}`,
      );
    },

    setRedundancyMode: (id, mode) => {
      editDiagram((d) => setRedundancyModeIn(d, id, mode), 'setRedundancyMode');
    },

    renameNode: (id, wanted) => {
      const renamed = renameNodeIn(current().diagram, id, wanted);
      if (!renamed.ok) return renamed;
      const { selection } = get();
      editDiagram(() => renamed.value, 'renameNode', undefined, {
        selection: { ...selection, nodes: selection.nodes.map((n) => (n === id ? wanted : n)) },
      });
      return Result.ok(true);
    },

    setComponentField: (id, field, value) => {
      commit(
        setComponentFieldIn(get().design, id, field, value),
        'setComponentField',
        `component:${id}:${field}`,
      );
    },

    addComponent: (from) => {
      const { design } = get();
      const base = from ?? { ...GENERIC_COMPONENT, id: 'type' };
      const id = createComponentId(design, from ? getIdStem(from.id) : 'type');
      const name = from ? `${from.name} (copy)` : base.name;
      commit(addComponentTo(design, { ...base, id, name }), 'addComponent', undefined, {
        inspectedComponent: id,
      });
      return id;
    },

    removeComponent: (id) => {
      const { design } = get();
      const diagrams = [design.diagram, ...Object.values(design.subsystems ?? {})];
      const users = diagrams.flatMap((d) =>
        d.nodes.filter((n) => n.kind === 'block' && n.component === id).map((n) => n.id),
      );
      if (users.length > 0) {
        return Result.err(
          `"${id}" is used by ${users.length} block(s): ${users.slice(0, 5).join(', ')}`,
        );
      }
      const components = design.components.filter((c) => c.id !== id);
      commit({ ...design, components }, 'removeComponent', undefined, { inspectedComponent: null });
      return Result.ok(true);
    },

    createSubsystemFromSelection: (name = 'subsystem') => {
      const c = current();
      const made = createSubsystemFromNodes(c.design, c.key, get().selection.nodes, name);
      if (!made.ok) return made;
      commit(made.value.design, 'createSubsystemFromSelection', undefined, {
        selection: { nodes: [made.value.nodeId], edges: [] },
      });
      return Result.ok(made.value.nodeId);
    },

    createZoneFromSelection: (item, name) => {
      const c = current();
      const resolved = resolveComponent(c.design, item);
      if (!resolved.ok) return resolved;
      const { componentId } = resolved.value;
      if (componentId === null) return Result.err('a zone needs a component type');
      const made = addZoneIn(c.diagram, get().selection.nodes, componentId, name);
      if (!made.ok) return made;
      commit(
        setDiagram(resolved.value.design, c.key, made.value.diagram),
        'createZone',
        undefined,
        {
          selection: { nodes: [made.value.id], edges: [] },
        },
      );
      return Result.ok(made.value.id);
    },

    createCommonCauseFromSelection: (beta) => {
      const c = current();
      const made = addCommonCauseIn(c.diagram, get().selection.nodes, beta);
      if (!made.ok) return made;
      commit(setDiagram(c.design, c.key, made.value.diagram), 'createCommonCause', undefined, {
        selection: { nodes: [made.value.id], edges: [] },
      });
      return Result.ok(made.value.id);
    },

    setSharedFateField: (id, field, value) => {
      editDiagram(
        (d) => setSharedFateFieldIn(d, id, field, value),
        'setSharedFateField',
        `group:${id}:${field}`,
      );
    },

    setZoneComponent: (id, item) => {
      const c = current();
      const resolved = resolveComponent(c.design, item);
      if (!resolved.ok) return resolved;
      const { componentId } = resolved.value;
      if (componentId === null) return Result.err('a zone needs a component type');
      const diagram = setSharedFateFieldIn(c.diagram, id, 'component', componentId);
      commit(setDiagram(resolved.value.design, c.key, diagram), 'setZoneComponent');
      return Result.ok(true);
    },

    setGroupMember: (groupId, nodeId, member) => {
      const next = setMemberIn(current().diagram, groupId, nodeId, member);
      if (!next.ok) return next;
      editDiagram(() => next.value, 'setGroupMember');
      return Result.ok(true);
    },

    dropNodes: (positions, changes) => {
      const done: string[] = [];
      editDiagram(
        (d) => {
          let next = withPositions(d, positions);
          for (const c of changes) {
            const r = setMemberIn(next, c.groupId, c.nodeId, c.member);
            if (r.ok && r.value !== next) {
              next = r.value;
              done.push(`${c.nodeId} ${c.member ? 'joined' : 'left'} zone ${c.groupId}`);
            }
          }
          return next;
        },
        'dropNodes',
        undefined,
        {},
      );
      if (done.length > 0) {
        set(
          {
            notice: {
              id: (get().notice?.id ?? 0) + 1,
              tone: 'info',
              message: `${done.join('; ')}.`,
              action: 'undo',
            },
          },
          false,
          'design/dropNodes',
        );
      }
    },

    renameSharedFate: (id, wanted) => {
      const renamed = renameSharedFateIn(current().diagram, id, wanted);
      if (!renamed.ok) return renamed;
      const { selection } = get();
      editDiagram(() => renamed.value, 'renameSharedFate', undefined, {
        selection: { ...selection, nodes: selection.nodes.map((n) => (n === id ? wanted : n)) },
      });
      return Result.ok(true);
    },

    removeSharedFate: (id) => {
      const { selection } = get();
      editDiagram((d) => removeSharedFateIn(d, new Set([id])), 'removeSharedFate', undefined, {
        selection: { ...selection, nodes: selection.nodes.filter((n) => n !== id) },
      });
    },

    undo: () => restore(getUndo(get()), 'undo'),
    redo: () => restore(getRedo(get()), 'redo'),
  };
};
