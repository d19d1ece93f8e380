/**
 * The replay view: choose a history of the latest Monte Carlo run (typical, bad, worst, first
 * failure, failed switch-over, random, by number), then watch it on the diagram, in a timeline
 * and in an event log. The history is re-simulated in a worker (app/engine/replayController.ts),
 * so it is the one the run counted. Layout and wiring only.
 */
import { useState } from 'react';
import { HOURS_PER_UNIT } from '../../src/index.ts';
import { useAppStore } from '../store/index.ts';
import {
  selectDesign,
  selectEditorCutSets,
  selectEditorRun,
  selectReplay,
  selectRevision,
  selectTimeUnit,
} from '../store/selectors.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ReplayPicker } from './ReplayPicker.tsx';
import { ReplayStage } from './ReplayStage.tsx';
import { FailureEffects } from './FailureEffects.tsx';
import './replay.css';

export function ReplayView() {
  const run = useAppStore(selectEditorRun);
  const replay = useAppStore(selectReplay);
  const design = useAppStore(selectDesign);
  const unit = useAppStore(selectTimeUnit);
  const revision = useAppStore(selectRevision);
  const cutSets = useAppStore(selectEditorCutSets);
  const done = run?.status === 'done' && run.result !== null;
  const current = replay !== null && run !== undefined && replay.runId === run.id ? replay : null;
  const [mode, setMode] = useState<'replay' | 'effects'>('replay');
  const modes = (
    <div className="replay-modes" role="group" aria-label="Mode">
      <button
        type="button"
        className="button"
        aria-pressed={mode === 'replay'}
        data-testid="replay.mode.replay"
        onClick={() => setMode('replay')}
      >
        Replay a history
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={mode === 'effects'}
        data-testid="replay.mode.effects"
        onClick={() => setMode('effects')}
      >
        Failure effects
      </button>
    </div>
  );

  if (mode === 'effects') {
    return (
      <main className="replay-view" data-testid="replay.view" aria-labelledby="replay-heading">
        <header className="replay-head">
          <h1 id="replay-heading">Failure effects</h1>
          {modes}
        </header>
        <ErrorBoundary>
          <FailureEffects key={revision} design={design} />
        </ErrorBoundary>
      </main>
    );
  }

  return (
    <main className="replay-view" data-testid="replay.view" aria-labelledby="replay-heading">
      <header className="replay-head">
        <h1 id="replay-heading">Replay a simulated history</h1>
        {modes}
        {done && <ReplayPicker run={run} current={current} />}
      </header>
      {!done && (
        <p className="hint replay-empty" data-testid="replay.empty">
          Run a Monte Carlo simulation first (Edit view, results dock, Monte Carlo tab); then choose
          one of its histories here, such as its bad year, and watch it fail and recover.
        </p>
      )}
      {done && current === null && (
        <p className="hint replay-empty">Choose a history above to replay it.</p>
      )}
      {done && run.revision !== revision && (
        <p className="hint replay-stale" role="status">
          The design changed since this run: the replay re-simulates the design as it is now.
        </p>
      )}
      {current?.status === 'loading' && (
        <p className="hint" role="status" data-testid="replay.loading">
          Re-simulating history {current.history.toLocaleString('en-US')}…
        </p>
      )}
      {current?.status === 'error' && (
        <p role="alert" className="replay-error">
          {current.message}
        </p>
      )}
      {done && current?.status === 'ready' && current.traced !== null && (
        <ErrorBoundary>
          <ReplayStage
            key={`${current.runId}-${current.history}`}
            traced={current.traced}
            design={design}
            result={run.result}
            seed={run.options.seed}
            horizon={run.options.horizon}
            timeUnit={unit}
            hoursPerUnit={HOURS_PER_UNIT[unit]}
            cutSets={cutSets}
            exactAvailability={run.exact?.meanAvailability ?? null}
            choice={current.choice}
          />
        </ErrorBoundary>
      )}
    </main>
  );
}
