/**
 * The command registry: every command the user can give by button or key, once. The top bar
 * draws its tools from it, the keyboard handler (`shell/useCommandShortcuts.ts`) matches keys
 * against it, and the shortcut help lists it, so the three can never disagree. Views add their
 * commands here (each names the views it works in).
 */
import type { CatalogueItem } from '../src/index.ts';
import type { IconName } from './components/Icon.tsx';
import { isActivatableTarget } from './hooks/isEditableTarget.ts';
import { getDefaultZoneType, getZoneTypeItem } from './catalogue/zoneTypes.ts';
import type { AppState, AppStore, PanelName, ViewId } from './store/index.ts';
import { selectCanRedo, selectCanUndo, selectSoleSelectedNode } from './store/selectors.ts';

/** What a command may act on besides the store: the canvas of the edit view. */
export interface CommandContext {
  readonly store: AppStore;
  readonly fitView: () => void;
  readonly autoLayout: () => void;
}

/** A key that runs a command. `mod`: Ctrl, or ⌘ on a Mac. */
export interface KeyBinding {
  /** `KeyboardEvent.key`, lower case for letters (`z`, `Delete`, `?`). */
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
}

export interface Command {
  readonly id: string;
  readonly label: string;
  /** What the help says it does (default: the label). */
  readonly help?: string;
  readonly keys: readonly KeyBinding[];
  /** The keys as the help and tooltips show them (`Ctrl Z`). */
  readonly keysText: string;
  /** `aria-keyshortcuts` of its button. */
  readonly ariaKeys?: string;
  /** Top-bar button, when it has one: an icon tool, or a labelled toggle of a panel. */
  readonly tool?:
    | {
        readonly kind: 'icon';
        readonly icon: IconName;
        readonly group: 'history' | 'canvas' | 'help';
      }
    | { readonly kind: 'toggle'; readonly text: string };
  /** For a toggle: whether it is on. */
  readonly isPressed?: (state: AppState) => boolean;
  /** The views it works in. */
  readonly views: readonly ViewId[];
  readonly isEnabled?: (state: AppState) => boolean;
  /** Whether this key press is meant for it (e.g. Enter on a button is the button's). */
  readonly accepts?: (event: KeyboardEvent) => boolean;
  /** Does it; returns false when there was nothing to do (the key is then left alone). */
  readonly run: (ctx: CommandContext) => boolean;
}

/** The item `B` adds: the last one used, else the first type of the design, else a server. */
export function getActiveItem(state: AppState): CatalogueItem {
  if (state.activeItem !== null) return state.activeItem;
  const first = state.design.components[0];
  return first ? { kind: 'component', id: first.id } : { kind: 'preset', id: 'server' };
}

function add(ctx: CommandContext, item: CatalogueItem, mode: 'after' | 'parallel'): boolean {
  const state = ctx.store.getState();
  const result = state.addCatalogueItem(item, { mode });
  if (!result.ok) state.showNotice(result.error, 'error');
  return true;
}

function isCanvasTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.react-flow') !== null;
}

const EDIT: readonly ViewId[] = ['edit'];

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'add-after',
    label: 'Add block after',
    help: 'add the current catalogue type after the selection',
    keys: [{ key: 'b' }],
    keysText: 'B',
    views: EDIT,
    run: (ctx) => add(ctx, getActiveItem(ctx.store.getState()), 'after'),
  },
  {
    id: 'add-parallel',
    label: 'Add block in parallel',
    help: 'add it in parallel with the selected block',
    keys: [{ key: 'p' }],
    keysText: 'P',
    views: EDIT,
    run: (ctx) => add(ctx, getActiveItem(ctx.store.getState()), 'parallel'),
  },
  {
    id: 'add-junction',
    label: 'Add junction',
    help: 'add a “k of n” junction after the selection',
    keys: [{ key: 'j' }],
    keysText: 'J',
    views: EDIT,
    run: (ctx) => add(ctx, { kind: 'junction' }, 'after'),
  },
  {
    id: 'open-subsystem',
    label: 'Open subsystem',
    help: 'on a catalogue entry: add it; on a subsystem: open it',
    keys: [{ key: 'Enter' }],
    keysText: 'Enter',
    views: EDIT,
    accepts: (event) => !isActivatableTarget(event.target) || isCanvasTarget(event.target),
    run: (ctx) => {
      const state = ctx.store.getState();
      const node = selectSoleSelectedNode(state);
      if (node?.kind !== 'subsystem') return false;
      state.openSubsystem(node.id);
      return true;
    },
  },
  {
    id: 'escape',
    label: 'Clear selection or leave subsystem',
    help: 'clear the selection, then leave the subsystem',
    keys: [{ key: 'Escape' }],
    keysText: 'Esc',
    views: EDIT,
    run: (ctx) => {
      const state = ctx.store.getState();
      if (state.selection.nodes.length + state.selection.edges.length > 0) state.clearSelection();
      else if (state.path.length > 0) state.goToLevel(state.path.length - 1);
      else return false;
      return true;
    },
  },
  {
    id: 'delete',
    label: 'Delete',
    help: 'delete the selection',
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    keysText: 'Delete / Backspace',
    views: EDIT,
    run: (ctx) => {
      ctx.store.getState().deleteSelection();
      return true;
    },
  },
  {
    id: 'undo',
    label: 'Undo',
    keys: [{ key: 'z', mod: true }],
    keysText: 'Ctrl Z',
    ariaKeys: 'Control+Z',
    tool: { kind: 'icon', icon: 'undo', group: 'history' },
    views: EDIT,
    isEnabled: selectCanUndo,
    run: (ctx) => {
      ctx.store.getState().undo();
      return true;
    },
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    keysText: 'Ctrl Shift Z / Ctrl Y',
    ariaKeys: 'Control+Shift+Z',
    tool: { kind: 'icon', icon: 'redo', group: 'history' },
    views: EDIT,
    isEnabled: selectCanRedo,
    run: (ctx) => {
      ctx.store.getState().redo();
      return true;
    },
  },
  {
    id: 'copy',
    label: 'Copy',
    keys: [{ key: 'c', mod: true }],
    keysText: 'Ctrl C',
    views: EDIT,
    run: (ctx) => {
      const state = ctx.store.getState();
      state.copySelection();
      return state.selection.nodes.length > 0;
    },
  },
  {
    id: 'paste',
    label: 'Paste',
    keys: [{ key: 'v', mod: true }],
    keysText: 'Ctrl V',
    views: EDIT,
    run: (ctx) => {
      const state = ctx.store.getState();
      state.pasteClipboard();
      return state.clipboard !== null;
    },
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    keys: [{ key: 'd', mod: true }],
    keysText: 'Ctrl D',
    views: EDIT,
    run: (ctx) => {
      ctx.store.getState().duplicateSelection();
      return true;
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    help: 'select everything',
    keys: [{ key: 'a', mod: true }],
    keysText: 'Ctrl A',
    views: EDIT,
    run: (ctx) => {
      ctx.store.getState().selectAll();
      return true;
    },
  },
  {
    id: 'group',
    label: 'Group into a subsystem',
    help: 'group the selection into a subsystem',
    keys: [{ key: 'g', mod: true }],
    keysText: 'Ctrl G',
    views: EDIT,
    run: (ctx) => {
      const state = ctx.store.getState();
      const result = state.createSubsystemFromSelection();
      if (!result.ok) state.showNotice(`cannot group: ${result.error}`, 'error');
      return true;
    },
  },
  {
    id: 'zone',
    label: 'Put in a new zone',
    help: 'put the selected blocks in a new availability zone (change its type in the inspector)',
    keys: [{ key: 'z' }],
    keysText: 'Z',
    views: EDIT,
    run: (ctx) => {
      const state = ctx.store.getState();
      if (state.selection.nodes.length === 0) return false;
      const type = getDefaultZoneType(state.design.components);
      const result = state.createZoneFromSelection(getZoneTypeItem(type));
      if (!result.ok) state.showNotice(`cannot make a zone: ${result.error}`, 'error');
      return true;
    },
  },
  {
    id: 'layout',
    label: 'Auto layout',
    keys: [{ key: 'l' }],
    keysText: 'L',
    ariaKeys: 'L',
    tool: { kind: 'icon', icon: 'layout', group: 'canvas' },
    views: EDIT,
    run: (ctx) => {
      ctx.autoLayout();
      return true;
    },
  },
  {
    id: 'fit',
    label: 'Fit to view',
    help: 'fit the diagram in view',
    keys: [{ key: 'f' }],
    keysText: 'F',
    ariaKeys: 'F',
    tool: { kind: 'icon', icon: 'fit', group: 'canvas' },
    views: EDIT,
    run: (ctx) => {
      ctx.fitView();
      return true;
    },
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    help: 'this help',
    keys: [{ key: '?' }],
    keysText: '?',
    ariaKeys: 'Shift+?',
    tool: { kind: 'icon', icon: 'keyboard', group: 'help' },
    views: ['edit', 'compare', 'replay', 'plan', 'learn', 'report'],
    run: (ctx) => {
      const state = ctx.store.getState();
      state.setHelpOpen(!state.helpOpen);
      return true;
    },
  },
];

function togglePanel(panel: PanelName, text: string): Command {
  return {
    id: `panel.${panel}`,
    label: `Show or hide the ${text.toLowerCase()}`,
    keys: [],
    keysText: '',
    tool: { kind: 'toggle', text },
    views: EDIT,
    isPressed: (state) => state.panels[panel],
    run: (ctx) => {
      const state = ctx.store.getState();
      state.setPanelOpen(panel, !state.panels[panel]);
      return true;
    },
  };
}

/** The panel toggles of the top bar (no keys). */
export const PANEL_COMMANDS: readonly Command[] = [
  togglePanel('catalogue', 'Catalogue'),
  togglePanel('inspector', 'Inspector'),
  togglePanel('results', 'Results'),
];

/** Things done with the pointer or by the canvas itself, listed in the help with the commands. */
export const GESTURES: readonly (readonly [string, string])[] = [
  ['Shift click, Shift drag, drag on the canvas', 'select several'],
  ['Arrow keys', 'move the focused node (Tab to focus nodes)'],
  ['Space drag, right drag, scroll', 'pan; Ctrl scroll zooms'],
];

/** A command by id (a bug when it does not exist). */
export function getCommand(id: string): Command {
  const command = [...COMMANDS, ...PANEL_COMMANDS].find((c) => c.id === id);
  if (command === undefined) throw new Error(`command001: no command "${id}"`);
  return command;
}

/**
 * The command a key press asks for in a view, if any.
 * @param event the key press (the caller has already left out typing in fields)
 */
export function findCommandForKey(event: KeyboardEvent, view: ViewId): Command | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return COMMANDS.find(
    (c) =>
      c.views.includes(view) &&
      c.keys.some(
        (k) =>
          k.key === key &&
          (k.mod ?? false) === mod &&
          // Shift only matters with the modifier: `?` is typed with Shift on most layouts.
          (!mod || (k.shift ?? false) === event.shiftKey),
      ) &&
      (c.accepts?.(event) ?? true),
  );
}
