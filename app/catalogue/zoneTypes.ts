/**
 * The types a zone can be of, for the zone pickers: the design's own component types, then the
 * zone presets (availability zone, region, rack, power feed, network switch) not yet in the
 * design, each marked as a typical figure to adjust. Values encode a catalogue item.
 */
import type { CatalogueItem, ComponentFile } from '../../src/index.ts';
import { ZONE_PRESET_IDS, getPreset } from '../../src/index.ts';
import type { TimeUnit } from '../../src/index.ts';
import type { SelectOption } from '../components/SelectField.tsx';
import { getTypeSummary } from './catalogueText.ts';

/** What a preset's figures are, in the pickers and the zone inspector. */
export const TYPICAL_FIGURE = 'typical figure — adjust';

/** The options of a zone type picker. */
export function getZoneTypeOptions(
  components: readonly ComponentFile[],
  unit: TimeUnit,
): SelectOption<string>[] {
  const own = components.map((c) => ({ value: `component:${c.id}`, label: c.name }));
  const presets = ZONE_PRESET_IDS.flatMap((id) => {
    const preset = getPreset(id);
    if (preset === undefined || components.some((c) => c.id === id)) return [];
    const figures = getTypeSummary(preset.failure, preset.repair, undefined, unit);
    return [{ value: `preset:${id}`, label: `${preset.name}: ${figures} (${TYPICAL_FIGURE})` }];
  });
  return [...own, ...presets];
}

/** The catalogue item an option stands for. */
export function getZoneTypeItem(value: string): CatalogueItem {
  const [kind, id = ''] = value.split(/:(.*)/s);
  return kind === 'preset' ? { kind: 'preset', id } : { kind: 'component', id };
}

/** The option a new zone starts with: an availability zone, from the design or the preset. */
export function getDefaultZoneType(components: readonly ComponentFile[]): string {
  return components.some((c) => c.id === 'az') ? 'component:az' : 'preset:az';
}
