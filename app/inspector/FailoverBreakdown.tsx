/**
 * Where a standby block's part of the system downtime comes from: the switch-over delays, the
 * switch-overs that fail (and fall back to the unit's repair), and the times all its units are
 * down. Each is the drop in the system's downtime per year when that cause is taken away in
 * turn (delay to 0, then switch success to 1), so the three add up to the system's downtime.
 */
import { useCallback } from 'react';
import type { DesignFile, DiagramKey } from '../../src/index.ts';
import { formatDowntimePerYear, formatShortPercent, withSwitchIn } from '../../src/index.ts';
import { useWhatIfDowntime } from './useWhatIfDowntime.ts';

interface Props {
  readonly diagram: DiagramKey;
  readonly nodeId: string;
}

export function FailoverBreakdown({ diagram, nodeId }: Props) {
  const variantsOf = useCallback(
    (design: DesignFile) => {
      const instant = withSwitchIn(design, diagram, nodeId, { delay: 0 });
      return {
        instant,
        perfect: withSwitchIn(instant, diagram, nodeId, { successProbability: 1 }),
      };
    },
    [diagram, nodeId],
  );
  const answer = useWhatIfDowntime(variantsOf);
  if (answer === null) {
    return (
      <p className="hint" aria-live="polite">
        Working out where the failover downtime comes from…
      </p>
    );
  }
  const { base } = answer;
  const instant = answer.variants['instant'] ?? null;
  const perfect = answer.variants['perfect'] ?? null;
  if (base === null || instant === null || perfect === null) return null;
  const rows = [
    { id: 'delay', label: 'Switch-over delays', hours: Math.max(0, base - instant) },
    { id: 'failed', label: 'Failed switch-overs', hours: Math.max(0, instant - perfect) },
    { id: 'rest', label: 'Everything else (units down, other blocks)', hours: perfect },
  ];
  return (
    <div className="failover-breakdown" aria-live="polite" data-testid="inspector.failover">
      <p>
        System downtime <strong>{formatDowntimePerYear(base)}</strong>, of which:
      </p>
      <ul>
        {rows.map((r) => (
          <li key={r.id} data-testid={`inspector.failover.${r.id}`}>
            {r.label}: {formatDowntimePerYear(r.hours)}
            {base > 0 ? ` (${formatShortPercent(r.hours / base)})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
