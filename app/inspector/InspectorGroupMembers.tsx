/**
 * The members of a zone or common-cause group: each with a Remove button, and a picker that adds
 * a block (or, to a zone, a subsystem node) of the diagram.
 */
import type { SharedFateGroup } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { SelectField } from '../components/SelectField.tsx';
import './sharedFate.css';

const ADD_NONE = '';

export function InspectorGroupMembers({ found }: { readonly found: SharedFateGroup }) {
  const store = useStoreApi();
  const diagram = useAppStore(selectCurrentDiagram);
  const { group, kind } = found;
  const candidates = diagram.nodes.filter(
    (n) =>
      !group.members.includes(n.id) &&
      (kind === 'zone'
        ? n.kind === 'block' || n.kind === 'subsystem'
        : n.kind === 'block' && n.repeatOf === undefined),
  );
  const set = (nodeId: string, member: boolean) => {
    const r = store.getState().setGroupMember(group.id, nodeId, member);
    if (!r.ok) store.getState().showNotice(r.error, 'error');
  };
  return (
    <div className="field">
      <span className="inspector-field-label" id={`members-${group.id}`}>
        Members ({group.members.length})
      </span>
      <ul className="inspector-members" aria-labelledby={`members-${group.id}`}>
        {group.members.map((m) => (
          <li key={m}>
            <span>{m}</span>
            <button
              type="button"
              className="button"
              aria-label={`Remove ${m} from ${group.id}`}
              data-testid={`inspector.group.remove.${m}`}
              onClick={() => set(m, false)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 && (
        <SelectField
          name="addMember"
          label="Add a member"
          value={ADD_NONE}
          options={[
            { value: ADD_NONE, label: 'choose a block' },
            ...candidates.map((n) => ({ value: n.id, label: n.id })),
          ]}
          onChange={(v) => v !== ADD_NONE && set(v, true)}
        />
      )}
    </div>
  );
}
