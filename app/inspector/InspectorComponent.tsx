/**
 * A component type (shared by reference): name, failure and repair laws, cost, the source of
 * its figures. Editing it
 * changes every block of this type.
 */
import { useAppStore, useStoreApi } from '../store/index.ts';
import {
  selectComponent,
  selectComponentIssue,
  selectComponentUseCount,
  selectTimeUnit,
} from '../store/selectors.ts';
import { TextField } from '../components/TextField.tsx';
import { QuantityField } from '../components/QuantityField.tsx';
import { InspectorFailure } from './InspectorFailure.tsx';
import { InspectorRepair } from './InspectorRepair.tsx';
import { nonNegative } from './inspectorChecks.ts';

interface Props {
  readonly id: string;
  /** Shown as the section heading. */
  readonly heading?: string;
}

export function InspectorComponent({ id, heading = 'Type' }: Props) {
  const store = useStoreApi();
  const component = useAppStore((s) => selectComponent(s, id));
  const uses = useAppStore((s) => selectComponentUseCount(s, id));
  const unit = useAppStore(selectTimeUnit);
  const issue = useAppStore((s) => selectComponentIssue(s, id));
  if (component === undefined) {
    return <p className="inspector-note">Unknown type “{id}”.</p>;
  }
  const state = () => store.getState();
  return (
    <section
      className="inspector-section"
      aria-labelledby={`type-${id}`}
      data-testid="inspector.component"
    >
      <header className="inspector-section-head">
        <h3 id={`type-${id}`}>{heading}</h3>
        <span className="inspector-chip" title="blocks using this type">
          {uses} block{uses === 1 ? '' : 's'}
        </span>
      </header>
      <p className="inspector-note">
        Shared by reference: changes apply to every block of this type.
      </p>
      {typeof component.ui?.['note'] === 'string' && (
        <p className="inspector-note is-preset">{component.ui['note']}</p>
      )}
      {issue !== undefined && (
        <p className={`inspector-issue is-${issue.severity}`} role="status">
          {issue.message}
        </p>
      )}
      <TextField
        name="componentName"
        label="Name"
        value={component.name}
        check={(v) => (v.trim() === '' ? 'a name is required' : null)}
        onCommit={(v) => state().setComponentField(id, 'name', v)}
      />
      <InspectorFailure component={component} unit={unit} />
      <InspectorRepair component={component} unit={unit} />
      <QuantityField
        name="cost"
        label="Cost per unit"
        kind="number"
        timeUnit={unit}
        value={component.cost}
        optional
        placeholder="none"
        check={nonNegative}
        onCommit={(v) => state().setComponentField(id, 'cost', v)}
      />
      <TextField
        name="componentSource"
        label="Where these figures come from"
        value={component.source ?? ''}
        multiline
        placeholder="vendor datasheet 2025, our incident log 2023–2025, typical figure…"
        check={(v) => (v.length > 500 ? `at most 500 characters (${v.length})` : null)}
        onCommit={(v) => state().setComponentField(id, 'source', v.trim() === '' ? undefined : v)}
      />
      <div className="inspector-actions">
        <button
          type="button"
          className="button"
          data-testid="inspector.component.duplicate"
          onClick={() => state().addComponent(component)}
        >
          Duplicate type
        </button>
        {uses === 0 && (
          <button
            type="button"
            className="button is-danger"
            data-testid="inspector.component.remove"
            onClick={() => {
              const r = state().removeComponent(id);
              if (!r.ok) state().showNotice(r.error, 'error');
            }}
          >
            Remove type
          </button>
        )}
      </div>
    </section>
  );
}
