/**
 * Keyboard shortcuts of the editor, on the window: undo/redo, copy/paste/duplicate, delete,
 * select all, group into a subsystem, add blocks (B after, P in parallel, J junction), auto
 * layout (L), fit (F), open a subsystem (Enter), leave it (Escape), help (?). Keys typed in fields are left alone.
 */
import { useEffect } from 'react';
import { appStore } from '../store/index.ts';
import type { CatalogueItem } from '../../src/index.ts';
import { selectSoleSelectedNode } from '../store/selectors.ts';
import { isActivatableTarget, isEditableTarget, isInDialog } from './isEditableTarget.ts';

export interface ShortcutActions {
  readonly fitView: () => void;
  readonly autoLayout: () => void;
  readonly toggleHelp: () => void;
}

/** The item `B` adds: the last one used, else the first type of the design, else a server. */
export function getActiveItem(): CatalogueItem {
  const { activeItem, design } = appStore.getState();
  if (activeItem !== null) return activeItem;
  const first = design.components[0];
  return first ? { kind: 'component', id: first.id } : { kind: 'preset', id: 'server' };
}

function add(item: CatalogueItem, mode: 'after' | 'parallel') {
  const state = appStore.getState();
  const result = state.addCatalogueItem(item, { mode });
  if (!result.ok) state.showNotice(result.error, 'error');
}

function handleCommand(key: string, shift: boolean): boolean {
  const s = appStore.getState();
  switch (key) {
    case 'z':
      if (shift) s.redo();
      else s.undo();
      return true;
    case 'y':
      s.redo();
      return true;
    case 'c':
      s.copySelection();
      return s.selection.nodes.length > 0;
    case 'v':
      s.pasteClipboard();
      return s.clipboard !== null;
    case 'd':
      s.duplicateSelection();
      return true;
    case 'a':
      s.selectAll();
      return true;
    case 'g': {
      const result = s.createSubsystemFromSelection();
      if (!result.ok) s.showNotice(`cannot group: ${result.error}`, 'error');
      return true;
    }
    default:
      return false;
  }
}

function handleKey(event: KeyboardEvent, actions: ShortcutActions): boolean {
  const s = appStore.getState();
  switch (event.key) {
    case 'Delete':
    case 'Backspace':
      s.deleteSelection();
      return true;
    case 'Escape':
      if (s.selection.nodes.length + s.selection.edges.length > 0) s.clearSelection();
      else if (s.path.length > 0) s.goToLevel(s.path.length - 1);
      else return false;
      return true;
    case 'Enter': {
      if (isActivatableTarget(event.target) && !isCanvasTarget(event.target)) return false;
      const node = selectSoleSelectedNode(s);
      if (node?.kind !== 'subsystem') return false;
      s.openSubsystem(node.id);
      return true;
    }
    case '?':
      actions.toggleHelp();
      return true;
  }
  switch (event.key.toLowerCase()) {
    case 'b':
      add(getActiveItem(), 'after');
      return true;
    case 'p':
      add(getActiveItem(), 'parallel');
      return true;
    case 'j':
      add({ kind: 'junction' }, 'after');
      return true;
    case 'l':
      actions.autoLayout();
      return true;
    case 'f':
      actions.fitView();
      return true;
    default:
      return false;
  }
}

function isCanvasTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.react-flow') !== null;
}

export function useEditorShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isInDialog(event.target)) return;
      if (isEditableTarget(event.target)) return;
      const command = event.ctrlKey || event.metaKey;
      if (event.altKey) return;
      const handled = command
        ? handleCommand(event.key.toLowerCase(), event.shiftKey)
        : handleKey(event, actions);
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
