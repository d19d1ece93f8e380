/**
 * Turning a catalogue item into a diagram node: a preset first becomes one of the design's
 * component types (once; later blocks share it), then a node with a fresh id is made.
 */
import type { DesignFile, DiagramFile, NodeFile } from '../model/file.ts';
import type { Result } from '../util/result.ts';
import { createComponentFromPreset, getPreset } from './presets.ts';
import type { XY } from './diagram.ts';
import { createNodeId, getIdStem } from './diagram.ts';
import { addComponentTo } from './edit.ts';

/** Something the catalogue can add to a diagram. */
export type CatalogueItem =
  | { readonly kind: 'preset'; readonly id: string }
  | { readonly kind: 'component'; readonly id: string }
  | { readonly kind: 'junction' }
  | { readonly kind: 'subsystem'; readonly name: string };

/**
 * Where a new node goes: in series `after` the selection, in `parallel` with the selected node,
 * or unconnected `at` a point (a drop on the canvas).
 */
export type Placement =
  | { readonly mode: 'after' }
  | { readonly mode: 'parallel' }
  | { readonly mode: 'at'; readonly position: XY };

/** The design with the item's component type present, and that type's id. */
export interface ResolvedItem {
  readonly design: DesignFile;
  readonly componentId: string | null;
}

/** Makes sure the component an item needs is in the design. */
export function resolveComponent(
  design: DesignFile,
  item: CatalogueItem,
): Result<ResolvedItem, string> {
  switch (item.kind) {
    case 'preset': {
      const preset = getPreset(item.id);
      if (!preset) return { ok: false, error: `unknown preset "${item.id}"` };
      if (design.components.some((c) => c.id === preset.id)) {
        return { ok: true, value: { design, componentId: preset.id } };
      }
      const component = createComponentFromPreset(preset, preset.id);
      return {
        ok: true,
        value: { design: addComponentTo(design, component), componentId: preset.id },
      };
    }
    case 'component':
      if (!design.components.some((c) => c.id === item.id)) {
        return { ok: false, error: `unknown component type "${item.id}"` };
      }
      return { ok: true, value: { design, componentId: item.id } };
    case 'junction':
      return { ok: true, value: { design, componentId: null } };
    case 'subsystem':
      if (design.subsystems?.[item.name] === undefined) {
        return { ok: false, error: `unknown subsystem "${item.name}"` };
      }
      return { ok: true, value: { design, componentId: null } };
  }
}

/** A new node for an item, with an id unused in the diagram. */
export function createNode(
  diagram: DiagramFile,
  item: CatalogueItem,
  componentId: string | null,
): NodeFile {
  switch (item.kind) {
    case 'junction':
      return { id: createNodeId(diagram, 'j'), kind: 'junction' };
    case 'subsystem':
      return {
        id: createNodeId(diagram, getIdStem(item.name)),
        kind: 'subsystem',
        subsystem: item.name,
      };
    case 'preset':
    case 'component': {
      const component = componentId ?? item.id;
      return { id: createNodeId(diagram, getIdStem(component)), kind: 'block', component };
    }
  }
}
