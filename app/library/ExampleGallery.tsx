/**
 * Cards of the example designs (`public/examples/index.json`): name and summary. Choosing one
 * opens it as a new copy in the library (the caller's `onOpen`), never over the user's work.
 */
import { useEffect, useState } from 'react';
import type { ExampleEntry } from './examples.ts';
import { exampleStem, loadExampleIndex } from './examples.ts';
import './library.css';

export interface ExampleGalleryProps {
  /** Opens the example (as a new copy) given its file name, e.g. 'three-tier.json'. */
  readonly onOpen: (file: string) => void;
  /** The cards to show; default: fetched from `examples/index.json`. */
  readonly entries?: readonly ExampleEntry[] | undefined;
  readonly heading?: string | undefined;
}

export function ExampleGallery({
  onOpen,
  entries,
  heading = 'Start from an example',
}: ExampleGalleryProps) {
  const [loaded, setLoaded] = useState<readonly ExampleEntry[] | null>(null);
  useEffect(() => {
    if (entries !== undefined) return;
    let live = true;
    void loadExampleIndex().then((list) => {
      if (live) setLoaded(list);
    });
    return () => {
      live = false;
    };
  }, [entries]);
  const shown = entries ?? loaded;

  return (
    <section className="lib-gallery" aria-label={heading} data-testid="examples.gallery">
      <h3>{heading}</h3>
      {shown === null && <p className="lib-muted">Loading examples…</p>}
      {shown !== null && shown.length === 0 && <p className="lib-muted">No examples available.</p>}
      {shown !== null && shown.length > 0 && (
        <ul className="lib-cards">
          {shown.map((entry) => (
            <li key={entry.file}>
              <button
                type="button"
                className="lib-card"
                onClick={() => onOpen(entry.file)}
                data-testid={`examples.card.${exampleStem(entry.file)}`}
              >
                <span className="lib-card-name">{entry.name}</span>
                <span className="lib-card-summary">{entry.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
