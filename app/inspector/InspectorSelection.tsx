/** Several nodes or edges selected: what can be done with them together. */
import { useState } from 'react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectSelection } from '../store/selectors.ts';
import { TextField } from '../components/TextField.tsx';
import { InspectorSelectionFate } from './InspectorSelectionFate.tsx';

export function InspectorSelection() {
  const store = useStoreApi();
  const selection = useAppStore(selectSelection);
  const [name, setName] = useState('subsystem');
  const state = store.getState;
  const nodes = selection.nodes.length;
  const edges = selection.edges.length;
  const parts = [
    nodes > 0 ? `${nodes} node${nodes === 1 ? '' : 's'}` : null,
    edges > 0 ? `${edges} connection${edges === 1 ? '' : 's'}` : null,
  ].filter((p) => p !== null);
  return (
    <section
      className="inspector-section"
      aria-labelledby="sel-heading"
      data-testid="inspector.selection"
    >
      <header className="inspector-section-head">
        <h3 id="sel-heading">{parts.join(' and ')} selected</h3>
      </header>
      {edges > 0 && nodes === 0 && (
        <ul className="inspector-list">
          {selection.edges.slice(0, 8).map((id) => (
            <li key={id}>{id.replace('->', ' → ')}</li>
          ))}
        </ul>
      )}
      {nodes > 0 && (
        <>
          <TextField name="subsystemName" label="Subsystem name" value={name} onCommit={setName} />
          <div className="inspector-actions">
            <button
              type="button"
              className="button is-primary"
              data-testid="inspector.selection.group"
              onClick={() => {
                const r = state().createSubsystemFromSelection(name);
                if (!r.ok) state().showNotice(`cannot group: ${r.error}`, 'error');
              }}
            >
              Group as subsystem <kbd>Ctrl G</kbd>
            </button>
            <button type="button" className="button" onClick={() => state().duplicateSelection()}>
              Duplicate <kbd>Ctrl D</kbd>
            </button>
          </div>
        </>
      )}
      {nodes > 0 && <InspectorSelectionFate />}
      <div className="inspector-actions">
        <button
          type="button"
          className="button is-danger"
          data-testid="inspector.selection.delete"
          onClick={() => state().deleteSelection()}
        >
          Delete <kbd>Del</kbd>
        </button>
      </div>
    </section>
  );
}
