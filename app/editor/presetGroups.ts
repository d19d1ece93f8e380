/** The preset group of a component id, used to pick a block's icon. */
import { getPreset } from './presets.ts';
import type { PresetGroup } from './presets.ts';

/** Group of the preset with this id (also for ids like `server-2`), if any. */
export function getPresetGroupOf(componentId: string): PresetGroup | undefined {
  return getPreset(componentId)?.group ?? getPreset(componentId.replace(/-\d+$/, ''))?.group;
}
