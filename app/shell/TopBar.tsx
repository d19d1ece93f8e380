/**
 * The top bar: the brand, the views (when there are several), the library (design menu, save
 * state, import / export / share), and the tools and panel toggles of the command registry.
 */
import type { ReactNode } from 'react';
import type { Command, CommandContext } from '../commands.ts';
import { COMMANDS, PANEL_COMMANDS } from '../commands.ts';
import { Icon } from '../components/Icon.tsx';
import { useAppStore } from '../store/index.ts';
import { selectView } from '../store/selectors.ts';
import { ViewSwitcher } from './ViewSwitcher.tsx';

interface Props {
  /** The library's controls (app/library `LibraryBar`). */
  readonly library: ReactNode;
  readonly ctx: CommandContext;
}

function Tool({ command, ctx }: { readonly command: Command; readonly ctx: CommandContext }) {
  const enabled = useAppStore((s) => command.isEnabled?.(s) ?? true);
  const pressed = useAppStore((s) => command.isPressed?.(s));
  const tool = command.tool;
  if (tool === undefined) return null;
  if (tool.kind === 'toggle') {
    return (
      <button
        type="button"
        className="toggle"
        aria-pressed={pressed ?? false}
        data-testid={`toolbar.${command.id}`}
        onClick={() => command.run(ctx)}
      >
        {tool.text}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="tool"
      onClick={() => command.run(ctx)}
      disabled={!enabled}
      aria-label={command.label}
      aria-keyshortcuts={command.ariaKeys}
      title={`${command.label} (${command.keysText})`}
      data-testid={`toolbar.${command.id}`}
    >
      <Icon name={tool.icon} size={18} />
    </button>
  );
}

function ToolGroup({ group, ctx }: { readonly group: string; readonly ctx: CommandContext }) {
  const view = useAppStore(selectView);
  const tools = COMMANDS.filter(
    (c) => c.tool?.kind === 'icon' && c.tool.group === group && c.views.includes(view),
  );
  return (
    <>
      {tools.map((c) => (
        <Tool key={c.id} command={c} ctx={ctx} />
      ))}
    </>
  );
}

export function TopBar({ library, ctx }: Props) {
  const view = useAppStore(selectView);
  const toggles = PANEL_COMMANDS.filter((c) => c.views.includes(view));
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
      <ViewSwitcher />
      <div className="topbar-library">{library}</div>
      <div className="topbar-tools" role="group" aria-label="Edit">
        <ToolGroup group="history" ctx={ctx} />
        <span className="tool-sep" aria-hidden="true" />
        <ToolGroup group="canvas" ctx={ctx} />
        <span className="tool-sep" aria-hidden="true" />
        <ToolGroup group="help" ctx={ctx} />
      </div>
      {toggles.length > 0 && (
        <div className="topbar-panels" role="group" aria-label="Panels">
          {toggles.map((c) => (
            <Tool key={c.id} command={c} ctx={ctx} />
          ))}
        </div>
      )}
    </header>
  );
}
