/**
 * Auto layout with elk (layered, left to right): start in the first layer, end in the last,
 * orthogonal spacing tuned for block nodes; long chains are wrapped into bands. elk runs in its
 * own web worker (the main thread stays responsive on 1000-block designs), loaded on first use;
 * where workers are missing (tests) it runs in place. Returns top-left positions.
 */
import type { DiagramFile, Positions, XY } from '../../../src/index.ts';
import { WRAP_COLUMNS, countColumns } from '../../../src/index.ts';
import type { Size } from '../flowAdapter.ts';
import { NODE_SIZES } from '../nodes/nodeSizes.ts';

const LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '36',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.separateConnectedComponents': 'false',
};

const WRAP_OPTIONS: Readonly<Record<string, string>> = {
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '1.6',
  'elk.layered.wrapping.additionalEdgeSpacing': '24',
};

interface ElkLike {
  layout(graph: ElkGraph): Promise<{ children?: { id: string; x?: number; y?: number }[] }>;
}
interface ElkGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number; layoutOptions?: Record<string, string> }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}

let elkPromise: Promise<ElkLike> | null = null;

/** One elk instance: in a worker when the browser has workers, else in place. */
function getElk(): Promise<ElkLike> {
  elkPromise ??= (async () => {
    if (typeof Worker !== 'undefined') {
      try {
        const [{ default: Elk }, { default: workerUrl }] = await Promise.all([
          import('elkjs/lib/elk-api.js'),
          import('elkjs/lib/elk-worker.min.js?url'),
        ]);
        return new Elk({ workerUrl });
      } catch (error) {
        console.warn('elk worker unavailable, laying out on the main thread', error);
      }
    }
    const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
    return new Elk();
  })();
  return elkPromise;
}

/**
 * Computes a layered layout of a diagram.
 * @param sizes measured node sizes (missing ones use the drawn defaults)
 */
export async function computeElkLayout(
  diagram: DiagramFile,
  sizes: ReadonlyMap<string, Size>,
): Promise<Positions> {
  const elk = await getElk();
  const wrap = countColumns(diagram) > WRAP_COLUMNS;
  const graph: ElkGraph = {
    id: 'root',
    layoutOptions: wrap ? { ...LAYOUT_OPTIONS, ...WRAP_OPTIONS } : { ...LAYOUT_OPTIONS },
    children: diagram.nodes.map((n) => {
      const size = sizes.get(n.id) ?? NODE_SIZES[n.kind];
      const constraint = n.kind === 'start' ? 'FIRST' : n.kind === 'end' ? 'LAST' : undefined;
      return {
        id: n.id,
        width: size.width,
        height: size.height,
        ...(constraint === undefined
          ? {}
          : { layoutOptions: { 'elk.layered.layering.layerConstraint': constraint } }),
      };
    }),
    edges: diagram.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const laid = await elk.layout(graph);
  const positions: Record<string, XY> = {};
  for (const child of laid.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return positions;
}
