/** Opens an example design or a design file from disk (validated in the worker). */
import { useEffect, useState, type ChangeEvent } from 'react';
import type { DesignIssue } from '../../src/index.ts';
import type { LoadedDesign } from '../App.tsx';

interface ExampleEntry {
  readonly file: string;
  readonly name: string;
  readonly summary: string;
}

interface Props {
  readonly current: string | null;
  readonly onOpen: (design: LoadedDesign) => void;
  readonly onInvalid: (issues: readonly DesignIssue[]) => void;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;

function isExampleList(value: unknown): value is ExampleEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e) => typeof e === 'object' && e !== null && typeof (e as ExampleEntry).file === 'string',
    )
  );
}

export function DesignPicker({ current, onOpen, onInvalid }: Props) {
  const [examples, setExamples] = useState<ExampleEntry[]>([]);
  useEffect(() => {
    fetch(`${import.meta.env.BASE_URL}examples/index.json`)
      .then((r) => r.json())
      .then((list: unknown) => setExamples(isExampleList(list) ? list : []))
      .catch(() => setExamples([]));
  }, []);

  const openExample = (file: string) => {
    fetch(`${import.meta.env.BASE_URL}examples/${encodeURIComponent(file)}`)
      .then((r) => r.json())
      .then((data: unknown) => onOpen({ label: file, data }))
      .catch((error: unknown) =>
        onInvalid([{ severity: 'error', code: 'fetch', path: '', message: String(error) }]),
      );
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      onInvalid([{ severity: 'error', code: 'too-large', path: '', message: `${file.name} is larger than 20 MB` }]);
      return;
    }
    try {
      onOpen({ label: file.name, data: JSON.parse(await file.text()) as unknown });
    } catch (error) {
      onInvalid([{ severity: 'error', code: 'json', path: '', message: `file is not valid JSON: ${(error as Error).message}` }]);
    }
  };

  const currentEntry = examples.find((e) => e.file === current);
  return (
    <div className="picker">
      <label>
        Example
        <select
          value={currentEntry ? current ?? '' : ''}
          onChange={(e) => openExample(e.target.value)}
          data-testid="design.example"
        >
          {!currentEntry && <option value="">{current ?? 'choose…'}</option>}
          {examples.map((e) => (
            <option key={e.file} value={e.file}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      {currentEntry && <p className="summary">{currentEntry.summary}</p>}
      <label className="file">
        Import a design file
        <input type="file" accept=".json,application/json" data-testid="design.import" onChange={importFile} />
      </label>
    </div>
  );
}
