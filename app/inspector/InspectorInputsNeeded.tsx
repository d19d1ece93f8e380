/**
 * "Inputs needed" of a block or subsystem node with several incoming connections (a vote at
 * its entrance); hidden while the node has one input and no value set.
 */
import type { Quantity } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectInDegree, selectTimeUnit } from '../store/selectors.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { countBetween } from './inspectorChecks.ts';

export function InspectorInputsNeeded({
  nodeId,
  value,
}: {
  readonly nodeId: string;
  readonly value: Quantity | undefined;
}) {
  const store = useStoreApi();
  const unit = useAppStore(selectTimeUnit);
  const inputs = useAppStore((s) => selectInDegree(s, nodeId));
  if (inputs <= 1 && value === undefined) return null;
  return (
    <QuantityField
      name="inputs"
      label="Inputs needed"
      kind="count"
      timeUnit={unit}
      value={value}
      optional
      placeholder="1"
      check={countBetween(1, Math.max(1, inputs), 'its incoming connections')}
      hint={`Of its ${inputs} incoming connection${inputs === 1 ? '' : 's'}.`}
      onCommit={(v) => store.getState().setNodeField(nodeId, 'inputs', v)}
    />
  );
}
