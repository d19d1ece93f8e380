/**
 * One catalogue entry: click or Enter adds it after the selection, dragging places it on the
 * canvas; the entry becomes what `B` adds. Design types also have an edit button.
 */
import { memo } from 'react';
import type { DragEvent } from 'react';
import { useStoreApi } from '../store/index.ts';
import type { AppStore } from '../store/index.ts';
import type { CatalogueItem } from '../../src/index.ts';
import { CATALOGUE_MIME, writeCatalogueItem } from '../editor/catalogueDrag.ts';
import { Icon } from '../components/Icon.tsx';
import type { IconName } from '../components/Icon.tsx';

interface Props {
  readonly item: CatalogueItem;
  readonly testId: string;
  readonly icon: IconName;
  readonly name: string;
  readonly summary: string;
  readonly title?: string;
  readonly active: boolean;
  readonly onEdit?: () => void;
}

function add(store: AppStore, item: CatalogueItem) {
  const state = store.getState();
  state.setActiveItem(item);
  const result = state.addCatalogueItem(item);
  if (!result.ok) state.showNotice(result.error, 'error');
}

function CatalogueEntryView({ item, testId, icon, name, summary, title, active, onEdit }: Props) {
  const store = useStoreApi();
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(CATALOGUE_MIME, writeCatalogueItem(item));
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li className={`cat-entry${active ? ' is-active' : ''}`}>
      <button
        type="button"
        className="cat-item"
        draggable
        data-testid={testId}
        title={title}
        aria-describedby="catalogue-usage"
        onDragStart={onDragStart}
        onClick={() => add(store, item)}
      >
        <Icon name={icon} className="cat-icon" />
        <span className="cat-text">
          <span className="cat-name">{name}</span>
          <span className="cat-summary">{summary}</span>
        </span>
        {active && (
          <span className="cat-active" title="B adds this">
            B
          </span>
        )}
      </button>
      {onEdit !== undefined && (
        <button
          type="button"
          className="icon-button cat-edit"
          aria-label={`Edit type ${name}`}
          data-testid={`${testId}.edit`}
          onClick={onEdit}
        >
          <Icon name="pencil" />
        </button>
      )}
    </li>
  );
}

export const CatalogueEntry = memo(CatalogueEntryView);
