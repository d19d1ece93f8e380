/**
 * Which history to replay: the run's picks (typical, bad, worst, first failure, failed
 * switch-over; `selectHistoryPick`, the same choice as `rbd trace --pick`), a random one, or one
 * by number; and where the chosen one sits on the run's downtime distribution.
 */
import { useState } from 'react';
import type { HistoryPickKind } from '../../src/index.ts';
import { HISTORY_PICK_KINDS, selectHistoryPick } from '../../src/index.ts';
import { getSimulationPool } from '../engine/simulationClient.ts';
import { getChosenHistory, openReplay } from '../engine/replayController.ts';
import { useStoreApi } from '../store/index.ts';
import type { ReplayChoiceKind, ReplayEntry, SimulationRunState } from '../store/index.ts';
import { DowntimePlacement } from './DowntimePlacement.tsx';

export const PICK_LABELS: Readonly<Record<ReplayChoiceKind, string>> = {
  typical: 'Typical (median downtime)',
  bad: 'Bad year (95th percentile)',
  worst: 'Worst',
  'first-failure': 'First system failure',
  'switch-failure': 'Failed switch-over',
  random: 'Random',
  number: 'By number',
};

export function ReplayPicker({
  run,
  current,
}: {
  readonly run: SimulationRunState;
  readonly current: ReplayEntry | null;
}) {
  const store = useStoreApi();
  const result = run.result!;
  const [numberText, setNumberText] = useState(current === null ? '0' : String(current.history));
  const open = (choice: ReplayChoiceKind, history: number | null) => {
    if (history === null) return;
    void openReplay(store, getSimulationPool(), run, history, choice);
  };
  const byNumber = Number(numberText);
  const numberOk = getChosenHistory(run, 'number', byNumber) !== null;
  const currentDowntime = current?.traced?.trace.downtime ?? null;

  return (
    <div className="replay-picker">
      <div className="replay-picks" role="group" aria-label="Which history">
        {HISTORY_PICK_KINDS.map((kind: HistoryPickKind) => {
          const pick = selectHistoryPick(result.picks, kind);
          return (
            <button
              key={kind}
              type="button"
              className="button"
              data-testid={`replay.pick.${kind}`}
              aria-pressed={current?.choice === kind}
              disabled={pick === null}
              title={
                pick === null ? 'no history of this kind in the run' : `history ${pick.history}`
              }
              onClick={() => open(kind, pick?.history ?? null)}
            >
              {PICK_LABELS[kind]}
            </button>
          );
        })}
        <button
          type="button"
          className="button"
          data-testid="replay.pick.random"
          aria-pressed={current?.choice === 'random'}
          onClick={() => open('random', getChosenHistory(run, 'random', Math.random()))}
        >
          {PICK_LABELS.random}
        </button>
        <form
          className="replay-number"
          onSubmit={(e) => {
            e.preventDefault();
            if (numberOk) open('number', byNumber);
          }}
        >
          <label>
            History
            <input
              type="number"
              min={0}
              max={result.trials - 1}
              step={1}
              value={numberText}
              data-testid="replay.number"
              aria-invalid={!numberOk}
              onChange={(e) => setNumberText(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={!numberOk}>
            Replay
          </button>
        </form>
      </div>
      {current !== null && (
        <DowntimePlacement
          picks={result.picks}
          history={current.history}
          downtime={currentDowntime}
          trials={result.trials}
        />
      )}
    </div>
  );
}
