/**
 * The document: the design file being edited (the truth; React Flow state is derived from it),
 * its revision (incremented on every change), undo/redo history, and the id of the design in
 * the library. Actions are synchronous and only call `set`; the document edits themselves are
 * pure functions in `document/`. Edits apply to the diagram shown (root or opened subsystem).
 */
import type { ComponentFile, DesignFile, DiagramFile, Result } from '../../src/index.ts';
import type { SliceCreator } from './types.ts';
import type { CatalogueItem, Placement } from '../../src/index.ts';
import type { DiagramKey, Positions } from '../../src/index.ts';
import {
  getDiagram,
  getDiagramIndex,
  getIdStem,
  setDiagram,
  withPositions,
} from '../../src/index.ts';
import {
  canConnect,
  addEdge,
  addNode,
  insertAfter,
  insertParallel,
  removeEdges,
  removeNodes,
} from '../../src/index.ts';
import type {
  ComponentField,
  ComponentFieldValues,
  DesignField,
  DesignFieldValues,
  NodeField,
  NodeFieldValues,
} from '../../src/index.ts';
import {
  addComponentTo,
  createComponentId,
  createEmptyDesign,
  renameNodeIn,
  setComponentFieldIn,
  setDesignFieldIn,
  setNodeFieldIn,
} from '../../src/index.ts';
import { withAllPositions } from '../../src/index.ts';
import { createFragment, pasteFragment } from '../../src/index.ts';
import { containsDiagram, createSubsystemFromNodes } from '../../src/index.ts';
import { getKeyForPath, getValidPath } from '../../src/index.ts';
import { createNode, resolveComponent } from '../../src/index.ts';
import type { HistoryState } from './history.ts';
import { getCommit, getRedo, getUndo } from './history.ts';
import { INITIAL_ANALYSIS } from './analysisSlice.ts';

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
  /** Id of the design in the library, `null` when not saved there. */
  readonly libraryId: string | null;
  /** Number of designs loaded so far (the canvas refits when it changes). */
  readonly loadCount: number;

  /** Replaces the document (positions are filled in where missing); clears the history. */
  readonly loadDesign: (design: DesignFile, libraryId?: string | null) => void;
  /** Starts an empty design. */
  readonly newDesign: () => void;
  readonly setLibraryId: (id: string | null) => void;
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
  readonly undo: () => void;
  readonly redo: () => void;
}

function ok<T>(value: T): Result<T, string> {
  return { ok: true, value };
}
function err<T>(error: string): Result<T, string> {
  return { ok: false, error };
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
          nodes: selection.nodes.filter((id) => nodes.has(id)),
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
    libraryId: null,
    loadCount: 0,

    loadDesign: (design, libraryId = null) =>
      set(
        {
          design: withAllPositions(design),
          revision: get().revision + 1,
          past: [],
          future: [],
          lastEdit: null,
          libraryId,
          loadCount: get().loadCount + 1,
          selection: { nodes: [], edges: [] },
          path: [],
          inspectedComponent: null,
          analysis: INITIAL_ANALYSIS,
          blockResults: new Map(),
        },
        false,
        'design/loadDesign',
      ),
    newDesign: () => get().loadDesign(createEmptyDesign(), null),
    setLibraryId: (libraryId) => set({ libraryId }, false, 'design/setLibraryId'),
    setDesignField: (field, value) => {
      commit(setDesignFieldIn(get().design, field, value), 'setDesignField', `design:${field}`);
    },

    addCatalogueItem: (item, placement = { mode: 'after' }) => {
      const c = current();
      if (item.kind === 'subsystem' && containsDiagram(c.design, item.name, c.key)) {
        return err(`"${item.name}" cannot be used inside itself`);
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
      commit(setDiagram(resolved.value.design, c.key, diagram), 'addCatalogueItem', undefined, {
        selection: { nodes: [node.id], edges: [] },
        revealRequest: reveal([node.id]),
      });
      return ok(node.id);
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
      editDiagram(
        (d) => removeNodes(removeEdges(d, new Set(selection.edges)), new Set(selection.nodes)),
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

    renameNode: (id, wanted) => {
      const renamed = renameNodeIn(current().diagram, id, wanted);
      if (!renamed.ok) return renamed;
      const { selection } = get();
      editDiagram(() => renamed.value, 'renameNode', undefined, {
        selection: { ...selection, nodes: selection.nodes.map((n) => (n === id ? wanted : n)) },
      });
      return ok(true);
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
        return err(`"${id}" is used by ${users.length} block(s): ${users.slice(0, 5).join(', ')}`);
      }
      const components = design.components.filter((c) => c.id !== id);
      commit({ ...design, components }, 'removeComponent', undefined, { inspectedComponent: null });
      return ok(true);
    },

    createSubsystemFromSelection: (name = 'subsystem') => {
      const c = current();
      const made = createSubsystemFromNodes(c.design, c.key, get().selection.nodes, name);
      if (!made.ok) return made;
      commit(made.value.design, 'createSubsystemFromSelection', undefined, {
        selection: { nodes: [made.value.nodeId], edges: [] },
      });
      return ok(made.value.nodeId);
    },

    undo: () => restore(getUndo(get()), 'undo'),
    redo: () => restore(getRedo(get()), 'redo'),
  };
};
