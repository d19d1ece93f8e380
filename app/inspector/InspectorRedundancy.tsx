/** How the units of a block share the work: active, or standby (cold, warm, hot) with a switch. */
import type {
  NodeFile,
  RedundancyFile,
  RedundancyMode,
  TimeQuantity,
  TimeUnit,
} from '../../src/index.ts';
import { getRedundancyMode, isTimeParts, toParts } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectCurrentKey } from '../store/selectors.ts';
import { FailoverBreakdown } from './FailoverBreakdown.tsx';
import { TimePartsField } from './TimePartsField.tsx';
import { QuantityField } from '../components/QuantityField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import type { SelectOption } from '../components/SelectField.tsx';
import { nonNegative, openUnit, probability } from './inspectorChecks.ts';

type BlockFile = Extract<NodeFile, { kind: 'block' }>;
const MODES: readonly SelectOption<RedundancyMode>[] = [
  { value: 'active', label: 'Active (all units run)' },
  { value: 'cold', label: 'Cold standby (spares cannot fail)' },
  { value: 'warm', label: 'Warm standby (spares fail slower)' },
  { value: 'hot', label: 'Hot standby (spares fail like running units)' },
];

interface Props {
  readonly node: BlockFile;
  readonly unit: TimeUnit;
}

export function InspectorRedundancy({ node, unit }: Props) {
  const store = useStoreApi();
  const diagramKey = useAppStore(selectCurrentKey);
  const r = node.redundancy;
  const delay = r?.switch?.delay;
  const set = (next: RedundancyFile | undefined) =>
    store.getState().setNodeField(node.id, 'redundancy', next);
  const setMode = (mode: RedundancyMode) => store.getState().setRedundancyMode(node.id, mode);
  const setSwitch = (key: 'successProbability' | 'delay', value: TimeQuantity | undefined) => {
    if (r === undefined) return;
    const sw = { ...r.switch };
    if (value === undefined) delete sw[key];
    else if (key === 'delay') sw.delay = value;
    else if (!isTimeParts(value)) sw.successProbability = value;
    const next: RedundancyFile = { ...r };
    if (Object.keys(sw).length === 0) delete next.switch;
    else next.switch = sw;
    set(next);
  };
  const mode = getRedundancyMode(r);
  return (
    <fieldset className="fieldset">
      <legend>Redundancy</legend>
      <SelectField
        name="redundancy"
        label="Units"
        value={mode}
        options={MODES}
        onChange={setMode}
      />
      {mode === 'warm' && r !== undefined && (
        <QuantityField
          name="dormantFactor"
          label="Dormant factor"
          kind="number"
          timeUnit={unit}
          value={r.dormantFactor}
          check={openUnit}
          hint="A waiting unit fails at this fraction of the running rate."
          onCommit={(v) => set(v === undefined ? r : { ...r, dormantFactor: v })}
        />
      )}
      {mode !== 'active' && (
        <>
          <QuantityField
            name="switchSuccess"
            label="Switch success probability"
            kind="probability"
            timeUnit={unit}
            value={r?.switch?.successProbability}
            optional
            placeholder="1"
            check={probability}
            onCommit={(v) => setSwitch('successProbability', v)}
          />
          {isTimeParts(delay) ? (
            <TimePartsField
              name="switchDelay"
              label="Switch-over delay"
              parts={delay}
              unit={unit}
              check={nonNegative}
              onChange={(next) => setSwitch('delay', next)}
              place={{ kind: 'switchDelay', diagram: diagramKey, nodeId: node.id }}
            />
          ) : (
            <div className="time-field">
              <QuantityField
                name="switchDelay"
                label="Switch-over delay"
                kind="time"
                timeUnit={unit}
                value={delay}
                optional
                placeholder="0"
                check={nonNegative}
                hint='Down time per switch-over, e.g. "5 min".'
                onCommit={(v) => setSwitch('delay', v)}
              />
              <button
                type="button"
                className="button is-small"
                data-testid="inspector.parts.switchDelay.build"
                onClick={() => setSwitch('delay', toParts(delay ?? 0, 'switch over'))}
              >
                Build the delay from steps (detect, switch over)
              </button>
            </div>
          )}
          <FailoverBreakdown diagram={diagramKey} nodeId={node.id} />
        </>
      )}
    </fieldset>
  );
}
