/** Where the canvas is: the design, then each opened subsystem; each level is a way back. */
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectDesign, selectPath } from '../store/selectors.ts';
import { getDiagram, getDiagramIndex } from '../../src/index.ts';
import type { DiagramKey } from '../../src/index.ts';
import { Icon } from '../components/Icon.tsx';

export function Breadcrumb() {
  const store = useStoreApi();
  const path = useAppStore(selectPath);
  const design = useAppStore(selectDesign);
  const levels: { id: string; label: string }[] = [];
  let key: DiagramKey = null;
  for (const id of path) {
    const node = getDiagramIndex(getDiagram(design, key)).nodes.get(id);
    if (node?.kind !== 'subsystem') break;
    levels.push({ id, label: `${id} (${node.subsystem})` });
    key = node.subsystem;
  }
  const goTo = (depth: number) => store.getState().goToLevel(depth);
  return (
    <nav className="breadcrumb" aria-label="Subsystem path" data-testid="editor.breadcrumb">
      <ol>
        <li>
          {levels.length === 0 ? (
            <span aria-current="location">{design.name}</span>
          ) : (
            <button
              type="button"
              className="crumb"
              onClick={() => goTo(0)}
              data-testid="editor.breadcrumb.0"
            >
              {design.name}
            </button>
          )}
        </li>
        {levels.map((level, i) => (
          <li key={level.id}>
            <Icon name="chevron" size={14} />
            {i === levels.length - 1 ? (
              <span aria-current="location">{level.label}</span>
            ) : (
              <button
                type="button"
                className="crumb"
                onClick={() => goTo(i + 1)}
                data-testid={`editor.breadcrumb.${i + 1}`}
              >
                {level.label}
              </button>
            )}
          </li>
        ))}
      </ol>
      {levels.length > 0 && <span className="crumb-hint">Esc to go back</span>}
    </nav>
  );
}
