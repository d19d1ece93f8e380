/** Shown on a diagram with no blocks yet: how to start. */
import { Panel } from '@xyflow/react';
import { useAppStore } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import type { DiagramFile } from '../../src/index.ts';

const isEmpty = (d: DiagramFile) => d.nodes.every((n) => n.kind === 'start' || n.kind === 'end');

export function EmptyHint() {
  const diagram = useAppStore(selectCurrentDiagram);
  if (!isEmpty(diagram)) return null;
  return (
    <Panel position="top-center" className="empty-hint" data-testid="editor.empty">
      <h3>Start your diagram</h3>
      <p>
        Pick a type in the catalogue (click, or drag it here). It goes between Start and End; the
        next one goes after the selection. Press <kbd>P</kbd> for a parallel copy, <kbd>J</kbd> for
        a “k of n” junction, <kbd>?</kbd> for every shortcut.
      </p>
    </Panel>
  );
}
