/**
 * From a finished run to the replay view: open its bad year, typical year, worst history or
 * first system failure (the run's picks), re-simulated in a worker.
 */
import type { HistoryPickKind } from '../../src/index.ts';
import { selectHistoryPick } from '../../src/index.ts';
import { getSimulationPool } from '../engine/simulationClient.ts';
import { openReplay } from '../engine/replayController.ts';
import { useStoreApi } from '../store/index.ts';
import type { SimulationRunState } from '../store/index.ts';

const LINKS: readonly { readonly kind: HistoryPickKind; readonly label: string }[] = [
  { kind: 'bad', label: 'Replay the bad year' },
  { kind: 'typical', label: 'typical' },
  { kind: 'worst', label: 'worst' },
  { kind: 'first-failure', label: 'first failure' },
];

export function ReplayLinks({ run }: { readonly run: SimulationRunState }) {
  const store = useStoreApi();
  const result = run.result;
  if (run.status !== 'done' || result === null || result.picks.picks.length === 0) return null;
  return (
    <nav className="sim-replay" aria-label="Replay a history of this run">
      {LINKS.map(({ kind, label }) => {
        const pick = selectHistoryPick(result.picks, kind);
        if (pick === null) return null;
        return (
          <button
            key={kind}
            type="button"
            className={kind === 'bad' ? 'button is-primary' : 'button'}
            data-testid={`simulation.replay.${kind}`}
            title={`history ${pick.history}`}
            onClick={() => void openReplay(store, getSimulationPool(), run, pick.history, kind)}
          >
            {label}
          </button>
        );
      })}
    </nav>
  );
}
