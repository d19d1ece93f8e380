/** Drag-and-drop of catalogue items onto the canvas: the data type and its (untrusted) payload. */
import type { CatalogueItem } from '../../src/index.ts';

/** MIME type of a dragged catalogue item. */
export const CATALOGUE_MIME = 'application/x-rbd-catalogue-item';

/** Serialises an item for `dataTransfer`. */
export function writeCatalogueItem(item: CatalogueItem): string {
  return JSON.stringify(item);
}

/** Reads a dropped item; anything else gives null. */
export function readCatalogueItem(text: string): CatalogueItem | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v['kind'] === 'junction') return { kind: 'junction' };
  if ((v['kind'] === 'preset' || v['kind'] === 'component') && typeof v['id'] === 'string') {
    return { kind: v['kind'], id: v['id'] };
  }
  if (v['kind'] === 'subsystem' && typeof v['name'] === 'string') {
    return { kind: 'subsystem', name: v['name'] };
  }
  return null;
}
