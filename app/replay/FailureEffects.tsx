/**
 * Failure-effects mode (a teaching favourite in RAPTOR): fail blocks by hand, a unit at a time
 * for k-of-n blocks, a subsystem whole by one press, and see the system state, the routes lost, the minimal cut sets that did it
 * and the exact availability of the design under that condition, computed in the exact engine's
 * worker. Needs no simulation run. Layout and wiring only.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DesignFile } from '../../src/index.ts';
import { getDiagramLayout } from './replayDiagramLayout.ts';
import type { UnitsDown } from './failureEffects.ts';
import { getNodeCondition, setUnitsDown } from './failureEffects.ts';
import { useConditionAnalysis } from './useConditionAnalysis.ts';
import { FailureEffectsDiagram } from './FailureEffectsDiagram.tsx';
import { FailureEffectsPanel } from './FailureEffectsPanel.tsx';

const NONE: UnitsDown = {};

export function FailureEffects({ design }: { readonly design: DesignFile }) {
  const [unitsDown, setCondition] = useState<UnitsDown>(NONE);
  const { result, pending, message } = useConditionAnalysis(design, unitsDown);
  const layout = useMemo(
    () =>
      result === null
        ? null
        : getDiagramLayout(
            design.diagram,
            result.blocks.map((b) => b.nodeIds),
          ),
    [design, result],
  );
  const blocks = result?.blocks;
  const onActivate = useCallback(
    (nodeId: string) => {
      const node = layout?.nodes.find((n) => n.id === nodeId);
      const group = node?.blocks.flatMap((b) => blocks?.[b] ?? []) ?? [];
      if (group.length > 0) setCondition((c) => getNodeCondition(c, group));
    },
    [blocks, layout],
  );
  const onSet = useCallback(
    (id: string, count: number) => setCondition((c) => setUnitsDown(c, id, count)),
    [],
  );
  const onReset = useCallback(() => setCondition(NONE), []);

  if (result === null || layout === null) {
    return message === '' ? (
      <p className="hint" role="status">
        Analysing the design…
      </p>
    ) : (
      <p role="alert" className="replay-error">
        {message}
      </p>
    );
  }
  return (
    <section
      className="replay-stage effects"
      aria-label="Failure effects"
      data-testid="effects.view"
    >
      <p className="replay-banner">
        Failure effects: fail blocks by hand and see what the system does. The design is not
        changed.
      </p>
      <div className="replay-main">
        <FailureEffectsDiagram layout={layout} result={result} onActivate={onActivate} />
        <FailureEffectsPanel
          result={result}
          pending={pending}
          message={message}
          onSet={onSet}
          onReset={onReset}
        />
      </div>
    </section>
  );
}
