/**
 * A design's diagram, small and read-only, from the positions saved in its file: nodes as boxes
 * with their id and units, edges as lines. The marked nodes (blocks changed against a baseline,
 * the blocks of a step) are outlined thick and say so in their title and in `markText` (not
 * colour alone). Designs without saved positions get a short note instead.
 */
import type { DesignFile, NodeFile } from '../../src/index.ts';

const BOX_W = 120;
const BOX_H = 44;

interface Point {
  readonly x: number;
  readonly y: number;
}

function getPositions(file: DesignFile): Record<string, Point> | null {
  const ui = file.diagram.ui as { positions?: Record<string, Point> } | undefined;
  const positions = ui?.positions;
  if (positions === undefined) return null;
  return file.diagram.nodes.every((n) => positions[n.id] !== undefined) ? positions : null;
}

function unitsOf(node: NodeFile): string {
  if (node.kind !== 'block') return '';
  const q = Number(node.quantity ?? 1);
  const k = Number(node.required ?? 1);
  return q === 1 ? '' : `${k} of ${q}`;
}

interface Props {
  readonly file: DesignFile;
  readonly label: string;
  /** Node ids to mark. */
  readonly marked: ReadonlySet<string>;
  /** What a mark means, in the node's title (`changed`, `in this step`). */
  readonly markText: string;
  readonly className?: string;
}

/** The block ids whose units differ from the baseline's, or that the baseline lacks. */
export function getChangedNodes(file: DesignFile, baseline: DesignFile): Set<string> {
  const baseUnits = new Map(baseline.diagram.nodes.map((n) => [n.id, unitsOf(n)]));
  return new Set(
    file.diagram.nodes
      .filter((n) =>
        baseUnits.has(n.id) ? n.kind === 'block' && baseUnits.get(n.id) !== unitsOf(n) : true,
      )
      .map((n) => n.id),
  );
}

export function DiagramSketch({ file, label, marked, markText, className }: Props) {
  const positions = getPositions(file);
  if (positions === null) return <p className="hint">No saved layout to draw.</p>;
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX + BOX_W;
  const height = Math.max(...ys) - minY + BOX_H;
  const at = (id: string) => positions[id]!;
  return (
    <svg
      className={className ?? 'diagram-sketch'}
      viewBox={`${minX - 4} ${minY - 4} ${width + 8} ${height + 8}`}
      role="img"
      aria-label={`Diagram of ${label}`}
    >
      {file.diagram.edges.map((e, i) => {
        const from = at(e.from);
        const to = at(e.to);
        return (
          <line
            key={i}
            x1={from.x + BOX_W}
            y1={from.y + BOX_H / 2}
            x2={to.x}
            y2={to.y + BOX_H / 2}
            stroke="#8a96a3"
            strokeWidth={2}
          />
        );
      })}
      {file.diagram.nodes.map((n) => {
        const p = at(n.id);
        const units = unitsOf(n);
        const mark = marked.has(n.id);
        return (
          <g key={n.id}>
            <title>{`${n.id}${units === '' ? '' : ` (${units})`}${mark ? ` — ${markText}` : ''}`}</title>
            <rect
              x={p.x}
              y={p.y}
              width={BOX_W}
              height={BOX_H}
              rx={n.kind === 'block' ? 6 : 22}
              fill={mark ? '#fff4d6' : '#ffffff'}
              stroke={mark ? '#935f00' : '#c3ccd6'}
              strokeWidth={mark ? 5 : 2}
            />
            <text x={p.x + BOX_W / 2} y={p.y + 19} textAnchor="middle" fontSize={16} fill="#1f2933">
              {n.id}
            </text>
            {units !== '' && (
              <text
                x={p.x + BOX_W / 2}
                y={p.y + 36}
                textAnchor="middle"
                fontSize={13}
                fill="#52606d"
              >
                {units}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
