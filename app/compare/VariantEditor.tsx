/**
 * A variant's quantities, edited here: one field per block of its diagram (units and how many
 * are needed), applied as typed; the table follows at once.
 */
import { useId, useState } from 'react';
import { openBrowserLibrary } from '../library/browserLibrary.ts';
import type { NodeFile } from '../../src/index.ts';
import { compareStore } from './compareStore.ts';
import type { CompareEntry } from './compareStore.ts';

/** Largest quantity a field accepts (the optimiser's ceiling too). */
const MAX_FIELD_QUANTITY = 100;

type BlockFile = Extract<NodeFile, { kind: 'block' }>;

function QuantityInput({
  entry,
  index,
  node,
}: {
  entry: CompareEntry;
  index: number;
  node: BlockFile;
}) {
  const id = useId();
  const value = Number(node.quantity ?? 1) || 1;
  const required = Number(node.required ?? 1) || 1;
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
  }
  const n = Number(text);
  const error =
    text.trim() === '' || !Number.isInteger(n)
      ? 'Must be a whole number.'
      : n < required
        ? `At least ${required} (it needs ${required}).`
        : n > MAX_FIELD_QUANTITY
          ? `At most ${MAX_FIELD_QUANTITY}.`
          : null;
  return (
    <div className={`field compare-quantity${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>{node.id}</label>
      <div className="field-input">
        <input
          id={id}
          inputMode="numeric"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error === null ? `${id}-unit` : `${id}-unit ${id}-error`}
          data-testid={`compare.variant.${index}.quantity.${node.id}`}
          onChange={(e) => {
            setText(e.target.value);
            const next = Number(e.target.value);
            if (Number.isInteger(next) && next >= required && next <= MAX_FIELD_QUANTITY) {
              compareStore.getState().setQuantity(entry.key, node.id, next);
            }
          }}
        />
        <span id={`${id}-unit`} className="field-unit">
          units ({required} needed)
        </span>
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function VariantEditor({ entry, index }: { entry: CompareEntry; index: number }) {
  const [saved, setSaved] = useState<string | null>(null);
  // A new library entry: the design being edited stays as it is (open the copy from the
  // library menu to edit it in the editor).
  const save = async () => {
    const { library } = await openBrowserLibrary();
    try {
      const meta = await library.create(entry.file);
      setSaved(
        `Saved as “${meta.name}” in your library: open it from the library menu to edit it.`,
      );
    } catch (error) {
      setSaved(`Could not save: ${String(error)}`);
    }
  };
  const blocks = entry.file.diagram.nodes.filter(
    (n): n is BlockFile => n.kind === 'block' && n.repeatOf === undefined,
  );
  return (
    <div className="compare-card" data-testid={`compare.variant.${index}`}>
      <h2>Variant {index}</h2>
      <p className="hint">{entry.name}: quantities of its blocks, applied as typed.</p>
      <div className="compare-quantities">
        {blocks.map((node) => (
          <QuantityInput key={node.id} entry={entry} index={index} node={node} />
        ))}
      </div>
      <button
        type="button"
        data-testid={`compare.variant.${index}.save`}
        onClick={() => void save()}
      >
        Save to library
      </button>
      {saved !== null && (
        <p className="hint" role="status" data-testid={`compare.variant.${index}.saved`}>
          {saved}
        </p>
      )}
    </div>
  );
}
