/** A junction or the end node: how many of its incoming paths must be reached ("k of n"). */
import type { NodeFile } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectInDegree, selectTimeUnit } from '../store/selectors.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { InspectorNodeId } from './InspectorNodeId.tsx';
import { countBetween } from './inspectorChecks.ts';

type VoteNode = Extract<NodeFile, { kind: 'junction' | 'end' }>;

export function InspectorVote({ node }: { readonly node: VoteNode }) {
  const store = useStoreApi();
  const unit = useAppStore(selectTimeUnit);
  const inputs = useAppStore((s) => selectInDegree(s, node.id));
  const title = node.kind === 'end' ? 'End' : 'Junction';
  return (
    <section
      className="inspector-section"
      aria-labelledby="vote-heading"
      data-testid="inspector.vote"
    >
      <header className="inspector-section-head">
        <h3 id="vote-heading">{title}</h3>
      </header>
      <p className="inspector-note">
        {node.kind === 'end'
          ? 'The system works when enough of the paths into the end are reached.'
          : 'A junction never fails: it is reached when enough of its incoming paths are. Use it for “k of these paths”.'}
      </p>
      {node.kind === 'junction' && <InspectorNodeId id={node.id} />}
      <QuantityField
        name="required"
        label={`Paths needed (of ${inputs})`}
        kind="count"
        timeUnit={unit}
        value={node.required}
        optional
        placeholder="1"
        check={countBetween(1, Math.max(1, inputs), 'its incoming paths')}
        onCommit={(v) => store.getState().setNodeField(node.id, 'required', v)}
      />
    </section>
  );
}
