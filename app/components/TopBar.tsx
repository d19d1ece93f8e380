/**
 * The top bar: the brand, the library (design menu, save state, import / export / share), edit
 * commands (undo, redo, auto layout, fit), panel toggles and the shortcut help.
 */
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStore, useAppStore } from '../store/index.ts';
import type { PanelName } from '../store/index.ts';
import { selectCanRedo, selectCanUndo, selectPanels } from '../store/selectors.ts';
import { Icon } from './Icon.tsx';
import type { IconName } from './Icon.tsx';
import type { ShortcutActions } from '../hooks/useEditorShortcuts.ts';

interface Props {
  /** The library's controls (app/library `LibraryBar`). */
  readonly library: ReactNode;
  readonly actions: ShortcutActions;
}

interface ToolProps {
  readonly icon: IconName;
  readonly label: string;
  readonly keys: string;
  readonly testId: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
}

function Tool({ icon, label, keys, testId, onClick, disabled = false }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      aria-keyshortcuts={keys}
      title={`${label} (${keys})`}
      data-testid={testId}
    >
      <Icon name={icon} size={18} />
    </button>
  );
}

const PANEL_LABELS: Readonly<Record<PanelName, string>> = {
  catalogue: 'Catalogue',
  inspector: 'Inspector',
  results: 'Results',
};

export function TopBar({ library, actions }: Props) {
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const panels = useAppStore(useShallow(selectPanels));
  const state = appStore.getState;
  return (
    <header className="topbar">
      <div className="brand">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <rect x="2" y="9" width="6" height="6" rx="1.5" fill="currentColor" />
          <rect x="14" y="3" width="8" height="6" rx="1.5" fill="currentColor" opacity="0.75" />
          <rect x="14" y="15" width="8" height="6" rx="1.5" fill="currentColor" opacity="0.75" />
          <path d="M8 12h3m0 0V6h3m-3 6v6h3" stroke="currentColor" strokeWidth="1.6" fill="none" />
        </svg>
        <span className="brand-name">RBD Studio</span>
      </div>
      <div className="topbar-library">{library}</div>
      <div className="topbar-tools" role="group" aria-label="Edit">
        <Tool
          icon="undo"
          label="Undo"
          keys="Control+Z"
          testId="toolbar.undo"
          disabled={!canUndo}
          onClick={() => state().undo()}
        />
        <Tool
          icon="redo"
          label="Redo"
          keys="Control+Shift+Z"
          testId="toolbar.redo"
          disabled={!canRedo}
          onClick={() => state().redo()}
        />
        <span className="tool-sep" aria-hidden="true" />
        <Tool
          icon="layout"
          label="Auto layout"
          keys="L"
          testId="toolbar.layout"
          onClick={actions.autoLayout}
        />
        <Tool
          icon="fit"
          label="Fit to view"
          keys="F"
          testId="toolbar.fit"
          onClick={actions.fitView}
        />
        <span className="tool-sep" aria-hidden="true" />
        <Tool
          icon="keyboard"
          label="Keyboard shortcuts"
          keys="Shift+?"
          testId="toolbar.help"
          onClick={actions.toggleHelp}
        />
      </div>
      <div className="topbar-panels" role="group" aria-label="Panels">
        {(Object.keys(PANEL_LABELS) as PanelName[]).map((panel) => (
          <button
            key={panel}
            type="button"
            className="toggle"
            aria-pressed={panels[panel]}
            data-testid={`toolbar.panel.${panel}`}
            onClick={() => state().setPanelOpen(panel, !panels[panel])}
          >
            {PANEL_LABELS[panel]}
          </button>
        ))}
      </div>
    </header>
  );
}
