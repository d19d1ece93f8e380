/**
 * Runs the live analysis of the document (always, so the diagram's nodes get their figures)
 * and, when open, shows the results panel (app/results) and the Monte Carlo panel
 * (app/simulation). Mounted once per loaded design, so figures of a previous design are never
 * shown as "the last good ones" of a new one.
 */
import { useCallback, useState } from 'react';
import { appStore, useAppStore } from '../store/index.ts';
import { selectDesign, selectRevision, selectTimeUnit } from '../store/selectors.ts';
import { selectMissionTime, useDesignAnalysis } from '../hooks/useDesignAnalysis.ts';
import { useRevealBlock } from '../hooks/useRevealBlock.ts';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import { SimulationPanel } from '../simulation/SimulationPanel.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { DockTabs } from './DockTabs.tsx';

interface Props {
  readonly open: boolean;
  readonly id: string;
}

export function ResultsDock({ open, id }: Props) {
  const analysis = useDesignAnalysis(true);
  const unit = useAppStore(selectTimeUnit);
  const design = useAppStore(selectDesign);
  const revision = useAppStore(selectRevision);
  const missionTime = useAppStore(selectMissionTime);
  const revealBlock = useRevealBlock();
  const setMissionTime = useCallback(
    (t: number) => appStore.getState().setDesignField('missionTime', t),
    [],
  );
  const [tab, setTab] = useState('exact');
  if (!open) return null;
  const mission = missionTime ?? analysis.result?.missionTime ?? 8760;
  return (
    <div className="results-dock" id={id}>
      <DockTabs
        label="Results"
        active={tab}
        onChange={setTab}
        tabs={[
          {
            id: 'exact',
            label: 'Exact results',
            content: (
              <ErrorBoundary>
                <ResultsPanel
                  analysis={analysis}
                  timeUnit={unit}
                  missionTime={mission}
                  onMissionTimeChange={setMissionTime}
                  onSelectBlock={revealBlock}
                />
              </ErrorBoundary>
            ),
          },
          {
            id: 'simulation',
            label: 'Monte Carlo',
            content: (
              <ErrorBoundary>
                <SimulationPanel
                  design={design}
                  revision={revision}
                  exact={analysis.result}
                  timeUnit={unit}
                  missionTime={mission}
                />
              </ErrorBoundary>
            ),
          },
        ]}
      />
    </div>
  );
}
