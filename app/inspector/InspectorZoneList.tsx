/**
 * The zones and common-cause groups of the diagram shown, each a button that selects it (also
 * the way to one left without members, which has no outline on the canvas).
 */
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import './sharedFate.css';

export function InspectorZoneList() {
  const store = useStoreApi();
  const diagram = useAppStore(selectCurrentDiagram);
  const groups = [
    ...(diagram.zones ?? []).map((z) => ({
      id: z.id,
      text: `${z.name ?? z.id} · zone`,
      n: z.members.length,
    })),
    ...(diagram.commonCause ?? []).map((g) => ({
      id: g.id,
      text: `${g.name ?? g.id} · common cause β ${String(g.beta)}`,
      n: g.members.length,
    })),
  ];
  if (groups.length === 0) return null;
  return (
    <section
      className="inspector-section"
      aria-labelledby="zone-list-heading"
      data-testid="inspector.zoneList"
    >
      <header className="inspector-section-head">
        <h3 id="zone-list-heading">Zones and common causes</h3>
      </header>
      <ul className="inspector-members">
        {groups.map((g) => (
          <li key={g.id}>
            <span>
              {g.text} ({g.n} member{g.n === 1 ? '' : 's'})
            </span>
            <button
              type="button"
              className="button"
              aria-label={`Select ${g.id}`}
              data-testid={`inspector.zoneList.${g.id}`}
              onClick={() => store.getState().setSelection([g.id])}
            >
              Select
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
