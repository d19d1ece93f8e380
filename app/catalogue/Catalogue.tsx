/**
 * The catalogue: this design's component types (editable, shared by reference), junctions,
 * subsystems to reuse, and presets of typical IT components. Click or Enter adds an entry after
 * the selection; dragging places it; arrow keys move between entries; the search filters.
 */
import { memo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import {
  selectActiveItem,
  selectComponents,
  selectCurrentKey,
  selectDesign,
  selectTimeUnit,
} from '../store/selectors.ts';
import type { CatalogueItem, TimeUnit } from '../../src/index.ts';
import { PRESETS, PRESET_GROUPS, PRESET_GROUP_NAMES, containsDiagram } from '../../src/index.ts';
import { getBlockIcon } from '../blockText.ts';
import { Icon } from '../components/Icon.tsx';
import { CatalogueEntry } from './CatalogueEntry.tsx';
import { getTypeSummary } from './catalogueText.ts';
import { CatalogueZones } from './CatalogueZones.tsx';

function isSame(a: CatalogueItem | null, b: CatalogueItem): boolean {
  if (a === null || a.kind !== b.kind) return false;
  if (a.kind === 'preset' || a.kind === 'component') return 'id' in b && a.id === b.id;
  if (a.kind === 'subsystem') return 'name' in b && a.name === b.name;
  return true;
}

/** Arrow keys move focus between the entries of the catalogue. */
function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.cat-item')];
  const at = items.findIndex((b) => b === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  items[
    Math.max(0, Math.min(items.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
  ]?.focus();
}

/**
 * The presets: they depend on the search, the unit and the active entry only, so an edit of the
 * design leaves them as they were (their summaries were most of an edit's catalogue work).
 */
const CataloguePresets = memo(function CataloguePresets({
  query,
  unit,
  active,
}: {
  readonly query: string;
  readonly unit: TimeUnit;
  readonly active: CatalogueItem | null;
}) {
  const inQuery = (...texts: string[]) =>
    query === '' || texts.some((t) => t.toLowerCase().includes(query));
  const presetGroups = PRESET_GROUPS.map((group) => ({
    group,
    presets: PRESETS.filter(
      (p) => p.group === group && inQuery(p.name, p.id, PRESET_GROUP_NAMES[group]),
    ),
  })).filter((g) => g.presets.length > 0);
  return (
    <section aria-labelledby="cat-presets">
      <header className="cat-head">
        <h3 id="cat-presets">Presets</h3>
      </header>
      <p className="cat-note">Typical figures for IT systems: adjust them to yours.</p>
      {presetGroups.map(({ group, presets }) => (
        <div key={group} className="cat-group">
          <h4>{PRESET_GROUP_NAMES[group]}</h4>
          <ul className="cat-list">
            {presets.map((p) => {
              const item: CatalogueItem = { kind: 'preset', id: p.id };
              return (
                <CatalogueEntry
                  key={p.id}
                  item={item}
                  testId={`catalogue.preset.${p.id}`}
                  icon={p.group}
                  name={p.name}
                  summary={getTypeSummary(p.failure, p.repair, p.cost, unit)}
                  title={`Typical figure, adjust to yours. ${p.note}`}
                  active={isSame(active, item)}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
});

export function Catalogue() {
  const store = useStoreApi();
  const [query, setQuery] = useState('');
  const components = useAppStore(selectComponents);
  const design = useAppStore(selectDesign);
  const key = useAppStore(selectCurrentKey);
  const unit = useAppStore(selectTimeUnit);
  const active = useAppStore(selectActiveItem);
  const q = query.trim().toLowerCase();
  const matches = (...texts: string[]) =>
    q === '' || texts.some((t) => t.toLowerCase().includes(q));
  const state = store.getState;

  const types = components.filter((c) => matches(c.name, c.id));
  const subsystems = Object.keys(design.subsystems ?? {}).filter(
    (name) => matches(name, 'subsystem') && !containsDiagram(design, name, key),
  );
  const junction = matches('junction', 'k of n', 'vote');

  return (
    <aside className="panel catalogue" aria-labelledby="catalogue-heading" data-testid="catalogue">
      <h2 id="catalogue-heading" className="panel-title">
        Catalogue
      </h2>
      <div className="cat-search">
        <Icon name="search" />
        <input
          type="search"
          placeholder="Search types"
          aria-label="Search the catalogue"
          value={query}
          data-testid="catalogue.search"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p id="catalogue-usage" className="cat-usage">
        Click or Enter adds after the selection; drag to place. <kbd>B</kbd> adds the last used,
        <kbd>P</kbd> in parallel.
      </p>
      <div className="panel-scroll" onKeyDown={onListKeyDown}>
        <section aria-labelledby="cat-types">
          <header className="cat-head">
            <h3 id="cat-types">In this design</h3>
            <button
              type="button"
              className="icon-button"
              aria-label="New component type"
              title="New component type"
              data-testid="catalogue.newType"
              onClick={() => state().addComponent()}
            >
              <Icon name="plus" />
            </button>
          </header>
          {types.length === 0 && (
            <p className="cat-empty">
              {q === '' ? 'No types yet: add a preset below.' : 'No match.'}
            </p>
          )}
          <ul className="cat-list">
            {types.map((c) => {
              const item: CatalogueItem = { kind: 'component', id: c.id };
              return (
                <CatalogueEntry
                  key={c.id}
                  item={item}
                  testId={`catalogue.component.${c.id}`}
                  icon={getBlockIcon(c.id)}
                  name={c.name}
                  summary={getTypeSummary(c.failure, c.repair, c.cost, unit)}
                  active={isSame(active, item)}
                  onEdit={() => state().inspectComponent(c.id)}
                />
              );
            })}
            {junction && (
              <CatalogueEntry
                item={{ kind: 'junction' }}
                testId="catalogue.junction"
                icon="junction"
                name="Junction"
                summary="k of these paths (never fails)"
                active={isSame(active, { kind: 'junction' })}
              />
            )}
          </ul>
        </section>
        {subsystems.length > 0 && (
          <section aria-labelledby="cat-subsystems">
            <header className="cat-head">
              <h3 id="cat-subsystems">Subsystems</h3>
            </header>
            <ul className="cat-list">
              {subsystems.map((name) => {
                const item: CatalogueItem = { kind: 'subsystem', name };
                const size = design.subsystems?.[name]?.nodes.length ?? 0;
                return (
                  <CatalogueEntry
                    key={name}
                    item={item}
                    testId={`catalogue.subsystem.${name}`}
                    icon="subsystem"
                    name={name}
                    summary={`reuse this subsystem (${Math.max(0, size - 2)} nodes)`}
                    active={isSame(active, item)}
                  />
                );
              })}
            </ul>
          </section>
        )}
        <CatalogueZones matches={matches} />
        <CataloguePresets query={q} unit={unit} active={active} />
      </div>
    </aside>
  );
}
