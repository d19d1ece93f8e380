/**
 * Short texts a block shows wherever it appears (canvas, inspector, catalogue, later views): its
 * redundancy rule ("2 of 3", "cold standby 1+1", "×3"), its figure from the analysis, whether it
 * is a single point of failure, its icon and the tone of its criticality bar. Pure.
 */
import type { BlockResult, NodeFile, Quantity, TargetIssue, TimeUnit } from '../src/index.ts';
import { evaluateQuantity, formatPercent, getPresetGroupOf } from '../src/index.ts';
import type { IconName } from './components/Icon.tsx';

type BlockFile = Extract<NodeFile, { kind: 'block' }>;

/** A count field's value, or the default when absent or not a whole number. */
export function readCount(value: Quantity | undefined, fallback: number, unit: TimeUnit): number {
  if (value === undefined) return fallback;
  const r = evaluateQuantity(value, 'count', unit);
  return r.ok ? r.value : fallback;
}

/** The redundancy rule of a block, or null for a single active unit. */
export function getRuleText(node: BlockFile, unit: TimeUnit): string | null {
  const n = readCount(node.quantity, 1, unit);
  const k = readCount(node.required, 1, unit);
  if (node.redundancy?.type === 'standby') {
    return `${node.redundancy.standby ?? 'cold'} standby ${k}+${Math.max(0, n - k)}`;
  }
  if (n <= 1) return null;
  return k >= n ? `×${n}` : `${k} of ${n}`;
}

/** What to say about a block that alone fails the system (a minimal cut set of one block). */
export interface SinglePointText {
  /** The node's badge. */
  readonly badge: string;
  /** Its tooltip, and the inspector's sentence. */
  readonly title: string;
}

/**
 * Says what is single about a block that alone fails the system: a block of one unit (or with
 * no spare) is a single point of failure; a block whose units back each other up is not, but
 * the block as a whole sits in series.
 */
export function getSinglePointText(node: BlockFile, unit: TimeUnit): SinglePointText {
  const n = readCount(node.quantity, 1, unit);
  const k = readCount(node.required, 1, unit);
  if (n <= k) {
    return {
      badge: 'SPOF',
      title:
        n === 1
          ? 'single point of failure: this unit alone fails the system'
          : `single points of failure: all ${n} units are needed, so any one failing fails the system`,
    };
  }
  const spares = n - k;
  return {
    badge: 'in series',
    title: `no unit here is a single point of failure (${spares} spare${spares === 1 ? '' : 's'}), but the block as a whole is in series: if it goes down, the system goes down`,
  };
}

/** "k of n" of a junction or end node: k required among its n inputs. */
export function getVoteText(
  required: Quantity | undefined,
  inputs: number,
  unit: TimeUnit,
): string {
  return `${readCount(required, 1, unit)} of ${inputs}`;
}

/** The figure a block shows: availability (or reliability when nothing is repaired). */
export function getFigure(
  result: BlockResult | undefined,
  basis: 'steady-state' | 'mission' | 'none',
): { readonly label: string; readonly text: string; readonly title: string } | null {
  if (result === undefined) return null;
  if (basis === 'mission') {
    return {
      label: 'R',
      text: formatPercent(result.reliability, result.unreliability),
      title: 'reliability at the mission time',
    };
  }
  return {
    label: 'A',
    text: formatPercent(result.availability, result.unavailability),
    title: 'long-run availability',
  };
}

/** The class that marks a node with an issue: an error (red) or a warning (amber). */
export function getIssueClass(issue: TargetIssue): 'has-issue' | 'has-warning' {
  return issue.severity === 'error' ? 'has-issue' : 'has-warning';
}

/** Tone of a criticality: how much of the system's downtime this block explains. */
export function getCriticalityTone(criticality: number): 'low' | 'medium' | 'high' {
  if (criticality >= 0.1) return 'high';
  if (criticality >= 0.01) return 'medium';
  return 'low';
}

/** Width of the criticality bar, percent (a square-root scale so small shares stay visible). */
export function getCriticalityWidth(criticality: number): number {
  if (!(criticality > 0)) return 0;
  return Math.max(4, Math.min(100, Math.sqrt(criticality) * 100));
}

/** Icon of a block by its component type id (preset ids have their group's icon). */
export function getBlockIcon(componentId: string | undefined): IconName {
  return (componentId === undefined ? undefined : getPresetGroupOf(componentId)) ?? 'block';
}
