/**
 * The Monte Carlo form: histories, horizon (with units), seed, repair crews, repair or missions
 * without repair, Run and Cancel. Its settings live in the store, so they survive closing the
 * dock.
 */
import type { TimeUnit } from '../../src/index.ts';
import { formatNumber, formatTime } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectSimulationSettings } from '../store/selectors.ts';
import type { ReadSettings } from './simulationForm.ts';

const TRIAL_CHOICES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

interface Props {
  readonly read: ReadSettings;
  readonly missionTime: number;
  readonly timeUnit: TimeUnit;
  readonly running: boolean;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

export function SimulationForm({ read, missionTime, timeUnit, running, onRun, onCancel }: Props) {
  const settings = useAppStore(selectSimulationSettings);
  const store = useStoreApi();
  const change = store.getState().setSimulationSettings;
  return (
    <form
      className="sim-form"
      aria-label="Simulation settings"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <label>
        Histories
        <select
          value={settings.trials}
          onChange={(e) => change({ trials: Number(e.target.value) })}
          data-testid="simulation.trials"
        >
          {TRIAL_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n.toLocaleString('en-US')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Horizon
        <input
          value={settings.horizonText}
          placeholder={`${formatNumber(missionTime)} ${timeUnit}s`}
          onChange={(e) => change({ horizonText: e.target.value })}
          aria-invalid={!read.horizon.ok}
          aria-describedby="simulation-horizon-hint"
          data-testid="simulation.horizon"
        />
        <span id="simulation-horizon-hint" className={read.horizon.ok ? 'hint' : 'hint error'}>
          {read.horizon.ok ? `= ${formatTime(read.horizon.value, timeUnit)}` : read.horizon.error}
        </span>
      </label>
      <label>
        Seed
        <input
          type="number"
          value={settings.seed}
          min={0}
          onChange={(e) => change({ seed: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
          data-testid="simulation.seed"
        />
      </label>
      <label>
        Repair
        <select
          value={settings.repair ? 'repair' : 'none'}
          onChange={(e) => change({ repair: e.target.value === 'repair' })}
          data-testid="simulation.repair"
          aria-describedby="simulation-repair-hint"
        >
          <option value="repair">with repair</option>
          <option value="none">none (missions)</option>
        </select>
        <span id="simulation-repair-hint" className="hint">
          {settings.repair ? 'availability, outages' : 'reliability R(H)'}
        </span>
      </label>
      <label>
        Repair crews
        <input
          value={settings.crewsText}
          placeholder="one per unit"
          disabled={!settings.repair}
          onChange={(e) => change({ crewsText: e.target.value })}
          aria-invalid={!read.crews.ok}
          data-testid="simulation.crews"
        />
        {!read.crews.ok && <span className="hint error">{read.crews.error}</span>}
      </label>
      <div className="sim-buttons">
        <button
          type="submit"
          className="button primary"
          disabled={read.options === null}
          data-testid="simulation.run"
        >
          {running ? 'Restart' : 'Run'}
        </button>
        <button
          type="button"
          className="button"
          onClick={onCancel}
          disabled={!running}
          data-testid="simulation.cancel"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
