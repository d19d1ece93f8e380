/**
 * Ties design issues (paths such as `diagram.nodes[3].required`, `subsystems.site.edges[1]`,
 * `components[2].failure.mtbf`) to the nodes, edges and component types they are about, so the
 * editor can mark them (an error before a warning). Keys: `diagramKey \0 nodeId`,
 * `diagramKey \0 edge:edgeId`, `component \0 componentId` (diagramKey is '' for the root).
 */
import type { DesignFile } from '../model/file.ts';
import type { DesignIssue } from '../model/types.ts';
import type { DiagramKey } from './diagram.ts';
import { getDiagram, getEdgeId } from './diagram.ts';

const DIAGRAM_PATH =
  /^(?:diagram|subsystems(?:\.([A-Za-z_$][\w$-]*)|\[("(?:[^"\\]|\\.)*")\]))\.(nodes|edges)\[(\d+)\]/;
const COMPONENT_PATH = /^components\[(\d+)\]/;

/** The issue shown on a node, edge or component type. */
export interface TargetIssue {
  readonly severity: DesignIssue['severity'];
  readonly message: string;
}

/** Key of a node of a diagram in the map of {@link getIssuesByTarget}. */
export function getIssueKey(key: DiagramKey, id: string): string {
  return `${key ?? ''}\u0000${id}`;
}

function parseKey(dotted: string | undefined, quoted: string | undefined): DiagramKey {
  if (dotted !== undefined) return dotted;
  if (quoted !== undefined) {
    try {
      const value: unknown = JSON.parse(quoted);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }
  return null;
}

const cache = new WeakMap<
  readonly DesignIssue[],
  { design: DesignFile; map: Map<string, TargetIssue> }
>();

/**
 * The issue of each node, edge and component key: the first error about it, else its first
 * warning.
 */
export function getIssuesByTarget(
  design: DesignFile,
  issues: readonly DesignIssue[],
): ReadonlyMap<string, TargetIssue> {
  const cached = cache.get(issues);
  if (cached?.design === design) return cached.map;
  const map = new Map<string, TargetIssue>();
  for (const issue of issues) {
    const add = (k: string) => {
      const there = map.get(k);
      if (there === undefined || (there.severity === 'warning' && issue.severity === 'error')) {
        map.set(k, { severity: issue.severity, message: issue.message });
      }
    };
    const m = DIAGRAM_PATH.exec(issue.path);
    if (m) {
      const key = parseKey(m[1], m[2]);
      const diagram = getDiagram(design, key);
      const index = Number(m[4]);
      if (m[3] === 'nodes') {
        const node = diagram.nodes[index];
        if (node) add(getIssueKey(key, node.id));
      } else {
        const edge = diagram.edges[index];
        if (edge) add(getIssueKey(key, `edge:${getEdgeId(edge)}`));
      }
      continue;
    }
    const c = COMPONENT_PATH.exec(issue.path);
    const component = c ? design.components[Number(c[1])] : undefined;
    if (component) add(`component\u0000${component.id}`);
  }
  cache.set(issues, { design, map });
  return map;
}
