/** Links to the views of the app (drawn only when there is more than one). */
import { VIEWS } from '../views.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectView } from '../store/selectors.ts';

export function ViewSwitcher() {
  const view = useAppStore(selectView);
  const store = useStoreApi();
  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-switcher" aria-label="Views">
      {VIEWS.map((v) => (
        <a
          key={v.id}
          href={v.id === 'edit' ? '#' : `#view=${v.id}`}
          className="view-link"
          aria-current={v.id === view ? 'page' : undefined}
          data-testid={`view.${v.id}`}
          onClick={(e) => {
            e.preventDefault();
            store.getState().setView(v.id);
          }}
        >
          {v.label}
        </a>
      ))}
    </nav>
  );
}
