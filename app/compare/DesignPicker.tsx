/**
 * Which designs are compared: the baseline (the design being edited), a variant of it in one
 * click, or designs of the library (read when picked; the editor keeps its design).
 */
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { DesignFile } from '../../src/index.ts';
import { openBrowserLibrary } from '../library/browserLibrary.ts';
import type { LibraryItem } from '../library/types.ts';
import { MAX_COMPARED, compareStore } from './compareStore.ts';
import type { CompareState } from './compareStore.ts';

const selectEntries = (s: CompareState) => s.entries;

interface Props {
  readonly baselineName: string;
  readonly baseline: DesignFile;
}

export function DesignPicker({ baselineName, baseline }: Props) {
  const id = useId();
  const entries = useStore(compareStore, selectEntries);
  const [items, setItems] = useState<readonly LibraryItem[]>([]);
  const [picked, setPicked] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const full = entries.length >= MAX_COMPARED - 1;

  useEffect(() => {
    let live = true;
    void openBrowserLibrary()
      .then(({ library }) => library.list())
      .then((list) => {
        if (live) setItems(list.items.filter((i) => i.problem === null));
      });
    return () => {
      live = false;
    };
  }, []);

  const addVariant = () => {
    const count = entries.filter((e) => e.kind === 'variant').length + 1;
    compareStore.getState().addEntry({
      kind: 'variant',
      name: `${baselineName} — variant ${count}`,
      file: { ...structuredClone(baseline), name: `${baselineName} — variant ${count}` },
    });
  };

  const addLibrary = async () => {
    const item = items.find((i) => i.id === picked);
    if (item === undefined) return;
    const { library } = await openBrowserLibrary();
    const opened = await library.open(item.id);
    if (!opened.ok) {
      setProblem(`“${item.name}” cannot be read.`);
      return;
    }
    setProblem(null);
    compareStore.getState().addEntry({
      kind: 'library',
      name: item.name,
      file: opened.file,
      libraryId: item.id,
    });
  };

  return (
    <div className="compare-card compare-picker">
      <h2>Designs</h2>
      <ol className="compare-list" data-testid="compare.list">
        <li>
          <span className="compare-badge">baseline</span> {baselineName}
        </li>
        {entries.map((e, i) => (
          <li key={e.key} data-testid={`compare.list.${i + 1}`}>
            <span className="compare-badge">{e.kind}</span> {e.name}{' '}
            <button
              type="button"
              className="compare-link"
              data-testid={`compare.remove.${i + 1}`}
              aria-label={`Remove ${e.name} from the comparison`}
              onClick={() => compareStore.getState().removeEntry(e.key)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="compare-primary"
        data-testid="compare.addVariant"
        disabled={full}
        onClick={addVariant}
      >
        Compare with a variant
      </button>
      <p className="hint">A copy of the design you are editing, changed here.</p>
      <div className="field">
        <label htmlFor={id}>Or a design from your library</label>
        <div className="field-input">
          <select
            id={id}
            value={picked}
            data-testid="compare.library.select"
            onChange={(e) => setPicked(e.target.value)}
          >
            <option value="">Choose a design…</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-testid="compare.library.add"
            disabled={full || picked === ''}
            onClick={() => void addLibrary()}
          >
            Add
          </button>
        </div>
        {problem !== null && <p className="field-error">{problem}</p>}
      </div>
      {full && <p className="hint">At most {MAX_COMPARED} designs side by side.</p>}
    </div>
  );
}
