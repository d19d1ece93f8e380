/**
 * The blocks that explain the system's simulated downtime, largest share first: per history
 * means (each figure of the run is already a mean over its histories).
 */
import type { SimulationResult } from '../../src/index.ts';
import { formatNumber, formatPercent } from '../../src/index.ts';

/** Rows shown. */
const BAD_ACTOR_ROWS = 6;

function share(x: number): string {
  return Number.isFinite(x) ? formatPercent(x, 1 - x) : '—';
}

export function BadActorsTable({ result }: { readonly result: SimulationResult }) {
  const rows = [...result.perBlock]
    .sort((a, b) => (b.downtimeShare || 0) - (a.downtimeShare || 0))
    .slice(0, BAD_ACTOR_ROWS);
  return (
    <table className="sim-blocks" data-testid="simulation.blocks">
      <caption>Bad actors: who was down while the system was down</caption>
      <thead>
        <tr>
          <th scope="col">Block</th>
          <th scope="col">Share of system downtime</th>
          <th scope="col">Block down (share of H)</th>
          <th scope="col">Block outages / history</th>
          <th scope="col">Unit failures / history</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.id} data-testid={`simulation.block.${b.id}`}>
            <th scope="row">{b.id}</th>
            <td>{share(b.downtimeShare)}</td>
            <td>{Number.isFinite(b.downFraction) ? formatNumber(b.downFraction) : '—'}</td>
            <td data-value={String(b.failures)}>{formatNumber(b.failures)}</td>
            <td data-value={String(b.unitFailures)}>{formatNumber(b.unitFailures)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
