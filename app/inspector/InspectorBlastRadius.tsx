/**
 * Blast radius of the selected block, zone or common-cause group: what goes down with it (the
 * nodes it takes down itself and those left without a working path), whether the system goes
 * down, and the design's availability if it were down for good. The figure is the exact
 * engine's, from the worker: U(system | element failed for good) = RAW × U (risk achievement
 * worth, `BlockResult.raw`); the picture is `getBlastRadius` on the diagram shown.
 */
import { HOURS_PER_YEAR, formatDowntimePerYear, formatPercent } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import type { AppState } from '../store/index.ts';
import {
  selectBlockResult,
  selectCurrentDiagram,
  selectEditorAnalysis,
  selectTimeUnit,
} from '../store/selectors.ts';
import { getMemoBlastRadius } from '../editor/blastMarks.ts';
import { getSinglePointsWhileDown } from './blastText.ts';
import './sharedFate.css';

const selectBlastRadiusShown = (s: AppState): boolean => s.blastRadiusShown;

function listIds(ids: readonly string[]): string {
  return ids.length <= 8
    ? ids.join(', ')
    : `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more`;
}

export function InspectorBlastRadius({ id }: { readonly id: string }) {
  const diagram = useAppStore(selectCurrentDiagram);
  const unit = useAppStore(selectTimeUnit);
  const block = useAppStore((s) => selectBlockResult(s, id));
  const analysis = useAppStore((s) => selectEditorAnalysis(s).result);
  const radius = getMemoBlastRadius(diagram, id, unit).radius;
  const shown = useAppStore(selectBlastRadiusShown);
  const store = useStoreApi();

  const basis = analysis?.importanceBasis ?? 'none';
  const mission = analysis?.points.find((p) => p.t === analysis.missionTime);
  const now =
    basis === 'steady-state'
      ? (analysis?.steadyState.unavailability ?? null)
      : basis === 'mission'
        ? (mission?.unreliability ?? null)
        : null;
  const raw = block?.raw ?? null;
  // RAW = U(down for good) / U; a probability, so at most 1 (rounding aside).
  const down = now !== null && raw !== null ? Math.min(1, raw * now) : null;
  const systemDown = block?.singlePointOfFailure ?? radius.diagramDown;
  const what = basis === 'mission' ? 'Reliability at the mission time' : 'Availability';
  const prefix = block === undefined ? '' : block.id.slice(0, block.id.length - id.length);
  const whileDown =
    analysis === null || analysis === undefined || block === undefined || systemDown
      ? null
      : getSinglePointsWhileDown(analysis.minimalCutSets, analysis.minimalCutSetCount, block.id);

  return (
    <section
      className="inspector-section"
      aria-labelledby={`blast-${id}`}
      data-testid="inspector.blast"
    >
      <header className="inspector-section-head">
        <h3 id={`blast-${id}`}>Blast radius</h3>
        <button
          type="button"
          className="button"
          aria-pressed={shown}
          data-testid="inspector.blast.show"
          onClick={() => store.getState().setBlastRadiusShown(!shown)}
        >
          Show on the diagram
        </button>
      </header>
      <p className="inspector-note">If {id} fails, what goes down with it:</p>
      <dl className="inspector-blast">
        <div>
          <dt>Taken down</dt>
          <dd data-testid="inspector.blast.down">
            {radius.down.length === 0 ? 'nothing (no members)' : listIds(radius.down)}
          </dd>
        </div>
        {radius.cutOff.length > 0 && (
          <div>
            <dt>Left without a working path</dt>
            <dd data-testid="inspector.blast.cutOff">{listIds(radius.cutOff)}</dd>
          </div>
        )}
        <div>
          <dt>The system</dt>
          <dd
            data-testid="inspector.blast.system"
            data-down={systemDown ? 'true' : 'false'}
            className={systemDown ? 'is-down' : 'is-up'}
          >
            {systemDown
              ? `goes down: ${id} alone takes the system down`
              : 'stays up: other paths carry on'}
          </dd>
        </div>
        {whileDown !== null && (whileDown.ids.length > 0 || whileDown.complete) && (
          <div>
            <dt>While it is down, alone enough to take the system down</dt>
            <dd data-testid="inspector.blast.whileDown">
              {whileDown.ids.length === 0
                ? 'nothing: no single failure more would'
                : `${listIds(whileDown.ids.map((x) => (x.startsWith(prefix) ? x.slice(prefix.length) : x)))}${whileDown.complete ? '' : ' (among the listed cut sets)'}`}
            </dd>
          </div>
        )}
        {block !== undefined && (
          <div>
            <dt>{what} if it were down for good</dt>
            <dd
              data-testid="inspector.blast.figure"
              data-value={down === null ? '' : String(1 - down)}
            >
              {down === null
                ? '— (not exactly computable: see the results)'
                : `${formatPercent(1 - down, down)}${
                    basis === 'steady-state'
                      ? `, down ${formatDowntimePerYear(down * HOURS_PER_YEAR)}`
                      : ''
                  } (now ${formatPercent(now === null ? null : 1 - now, now)})`}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
