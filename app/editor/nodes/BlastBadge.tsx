/** The word a node shows in a blast radius on the diagram: "down" or "no path" (not only red). */
import type { BlastMark } from '../blastMarks.ts';
import './zones.css';

export function BlastBadge({ id, mark }: { readonly id: string; readonly mark: BlastMark | null }) {
  if (mark === null) return null;
  return (
    <span
      className={`rbd-blast-badge is-${mark}`}
      data-testid={`editor.node.${id}.blast`}
      title={
        mark === 'down'
          ? 'goes down with the selected element'
          : 'left without a working path when the selected element fails'
      }
    >
      {mark === 'down' ? 'down' : 'no path'}
    </span>
  );
}
