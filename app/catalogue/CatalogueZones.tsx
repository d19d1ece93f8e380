/**
 * Zone presets in the catalogue: availability zone, region, rack, power feed, network switch,
 * each with its typical figures (to adjust). A click (or Enter) puts the selected blocks in a new
 * zone of that type; `Z` does it with an availability zone.
 */
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectHasSelection, selectTimeUnit } from '../store/selectors.ts';
import type { CatalogueItem } from '../../src/index.ts';
import { ZONE_PRESET_IDS, getPreset } from '../../src/index.ts';
import { Icon } from '../components/Icon.tsx';
import { getTypeSummary } from './catalogueText.ts';
import { TYPICAL_FIGURE } from './zoneTypes.ts';

export function CatalogueZones({ matches }: { readonly matches: (...texts: string[]) => boolean }) {
  const store = useStoreApi();
  const unit = useAppStore(selectTimeUnit);
  const hasSelection = useAppStore(selectHasSelection);
  const presets = ZONE_PRESET_IDS.flatMap((id) => {
    const p = getPreset(id);
    return p !== undefined && matches(p.name, p.id, 'zone', 'shared fate') ? [p] : [];
  });
  if (presets.length === 0) return null;
  const put = (item: CatalogueItem, name: string) => {
    const state = store.getState();
    const r = state.createZoneFromSelection(item);
    if (!r.ok) state.showNotice(`cannot make a ${name.toLowerCase()} zone: ${r.error}`, 'error');
  };
  return (
    <section aria-labelledby="cat-zones" data-testid="catalogue.zones">
      <header className="cat-head">
        <h3 id="cat-zones">Zones</h3>
      </header>
      <p className="cat-note" id="cat-zones-usage">
        {hasSelection
          ? 'Puts the selected blocks in one shared unit: when it fails, they all do.'
          : 'Select blocks, then pick what they share: when it fails, they all do.'}{' '}
        Figures: {TYPICAL_FIGURE}.
      </p>
      <ul className="cat-list">
        {presets.map((p) => (
          <li key={p.id} className="cat-entry">
            <button
              type="button"
              className="cat-item"
              data-testid={`catalogue.zone.${p.id}`}
              title={`${TYPICAL_FIGURE}. ${p.note}`}
              aria-describedby="cat-zones-usage"
              onClick={() => put({ kind: 'preset', id: p.id }, p.name)}
            >
              <Icon name="group" className="cat-icon" />
              <span className="cat-text">
                <span className="cat-name">{p.name}</span>
                <span className="cat-summary">
                  {getTypeSummary(p.failure, p.repair, undefined, unit)} · {TYPICAL_FIGURE}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
