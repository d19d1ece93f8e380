/**
 * Tabs (WAI-ARIA tabs: arrow keys move between tabs, Home/End jump). Every panel stays mounted
 * and hidden when not shown, so it keeps its place (scroll, open details) across switches.
 */
import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface DockTabItem<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly content: ReactNode;
}

interface Props<T extends string> {
  readonly tabs: readonly DockTabItem<T>[];
  readonly active: T;
  readonly onChange: (id: T) => void;
  readonly label: string;
}

export function DockTabs<T extends string>({ tabs, active, onChange, label }: Props<T>) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === active);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (tab === undefined) return;
    event.preventDefault();
    onChange(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${tab.id}"]`)?.focus();
  };
  return (
    <div className="dock-tabs">
      <div
        className="dock-tablist"
        role="tablist"
        aria-label={label}
        ref={list}
        onKeyDown={onKeyDown}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            data-tab={t.id}
            aria-selected={t.id === active}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            className="dock-tab"
            data-testid={`results.tab.${t.id}`}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${base}-panel-${t.id}`}
          aria-labelledby={`${base}-tab-${t.id}`}
          hidden={t.id !== active}
          className="dock-panel"
        >
          {t.content}
        </div>
      ))}
    </div>
  );
}
