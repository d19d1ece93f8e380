/**
 * The results dock of the edit view: the exact results (app/results) and the Monte Carlo panel
 * (app/simulation) in tabs. It only shows what the store holds: the live analysis and the runs
 * go on whether or not it is open.
 */
import { useCallback } from 'react';
import { HOURS_PER_YEAR } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import type { DockTab } from '../store/index.ts';
import {
  selectDockTab,
  selectEditorAnalysis,
  selectMissionTime,
  selectTimeUnit,
} from '../store/selectors.ts';
import { useRevealBlock } from '../editor/useRevealBlock.ts';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import { SimulationPanel } from '../simulation/SimulationPanel.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { DockTabs } from '../components/DockTabs.tsx';
import { ExportPdfButton } from '../report/ExportPdfButton.tsx';

interface Props {
  readonly id: string;
}

export function ResultsDock({ id }: Props) {
  const store = useStoreApi();
  const analysis = useAppStore(selectEditorAnalysis);
  const unit = useAppStore(selectTimeUnit);
  const missionTime = useAppStore(selectMissionTime);
  const tab = useAppStore(selectDockTab);
  const revealBlock = useRevealBlock();
  const setMissionTime = useCallback(
    (t: number) => store.getState().setDesignField('missionTime', t),
    [store],
  );
  const setCurveBlocks = useCallback(
    (ids: readonly string[]) => store.getState().setCurveBlocks(ids),
    [store],
  );
  const showSimulation = useCallback(() => store.getState().setDockTab('simulation'), [store]);
  const mission = missionTime ?? analysis.result?.missionTime ?? HOURS_PER_YEAR;
  return (
    <div className="results-dock" id={id} data-testid="results-dock">
      <DockTabs
        label="Results"
        active={tab}
        onChange={(t: DockTab) => store.getState().setDockTab(t)}
        tabs={[
          {
            id: 'exact',
            label: 'Exact results',
            content: (
              <ErrorBoundary>
                <ResultsPanel
                  analysis={analysis}
                  onCurveBlocksChange={setCurveBlocks}
                  timeUnit={unit}
                  missionTime={mission}
                  onMissionTimeChange={setMissionTime}
                  onSelectBlock={revealBlock}
                  onShowSimulation={showSimulation}
                  actions={<ExportPdfButton />}
                />
              </ErrorBoundary>
            ),
          },
          {
            id: 'simulation',
            label: 'Monte Carlo',
            content: (
              <ErrorBoundary>
                <SimulationPanel />
              </ErrorBoundary>
            ),
          },
        ]}
      />
    </div>
  );
}
