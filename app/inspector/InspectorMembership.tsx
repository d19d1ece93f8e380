/**
 * The zones and common-cause groups a block or subsystem node is in, as check boxes: checking
 * one adds the node to it (one undo step), unchecking removes it. A refused edit (a block in a
 * second group) says why in a notice.
 */
import { useId } from 'react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import {
  selectComponents,
  selectCurrentDiagram,
  selectEditorAnalysis,
  selectPath,
} from '../store/selectors.ts';
import type { AnalysisResult } from '../../src/index.ts';
import { getResultPrefix } from '../../src/index.ts';
import './sharedFate.css';
import { SharedFateNote } from './SharedFateNote.tsx';

function hasSharedFate(warnings: AnalysisResult['warnings'] | undefined, id: string): boolean {
  return warnings?.some((w) => w.code === 'shared-fate' && w.block === id) ?? false;
}

export function InspectorMembership({
  nodeId,
  kind,
}: {
  readonly nodeId: string;
  readonly kind: 'block' | 'subsystem';
}) {
  const store = useStoreApi();
  const diagram = useAppStore(selectCurrentDiagram);
  const components = useAppStore(selectComponents);
  const heading = useId();
  const warnings = useAppStore((s) => selectEditorAnalysis(s).result?.warnings);
  const prefix = getResultPrefix(useAppStore(selectPath));
  /** The engine's word when this group alone fails the system although it holds redundancy. */
  const defeats = (groupId: string, members: readonly string[]) =>
    members.includes(nodeId) && hasSharedFate(warnings, prefix + groupId)
      ? `this redundancy adds nothing against ${groupId}: it alone takes the system down`
      : null;
  const zones = diagram.zones ?? [];
  // Only blocks can share a common cause (src/model/FORMAT.md).
  const groups = kind === 'block' ? (diagram.commonCause ?? []) : [];
  const toggle = (groupId: string, member: boolean) => {
    const r = store.getState().setGroupMember(groupId, nodeId, member);
    if (!r.ok) store.getState().showNotice(r.error, 'error');
  };
  const typeName = (id: string) => components.find((c) => c.id === id)?.name ?? id;
  return (
    <fieldset className="field inspector-membership" data-testid="inspector.zones">
      <legend id={heading}>Zones</legend>
      {zones.length + groups.length === 0 ? (
        <p className="field-hint">
          None in this diagram. Select blocks and press <kbd>Z</kbd> to put them in a zone.
        </p>
      ) : (
        <ul className="inspector-checks">
          {zones.map((z) => (
            <li key={z.id}>
              <label>
                <input
                  type="checkbox"
                  checked={z.members.includes(nodeId)}
                  data-testid={`inspector.zones.${z.id}`}
                  onChange={(e) => toggle(z.id, e.target.checked)}
                />
                <span>
                  {z.name ?? z.id} <span className="rbd-muted">zone · {typeName(z.component)}</span>
                </span>
              </label>
              <SharedFateNote text={defeats(z.id, z.members)} />
            </li>
          ))}
          {groups.map((g) => (
            <li key={g.id}>
              <label>
                <input
                  type="checkbox"
                  checked={g.members.includes(nodeId)}
                  data-testid={`inspector.zones.${g.id}`}
                  onChange={(e) => toggle(g.id, e.target.checked)}
                />
                <span>
                  {g.name ?? g.id}{' '}
                  <span className="rbd-muted">common cause · β {String(g.beta)}</span>
                </span>
              </label>
              <SharedFateNote text={defeats(g.id, g.members)} />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
