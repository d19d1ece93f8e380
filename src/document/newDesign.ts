/**
 * The design a "New design" starts from: start → one block → end, with one sensible default
 * component (a repairable server-class unit), so the results panel shows figures at once.
 * Pure; runs anywhere.
 */
import type { DesignFile } from '../model/file.ts';

/** Name given to a design the user has not named yet. */
export const UNTITLED = 'Untitled design';

/**
 * A new, valid design file.
 * @param name the design's name
 * @example createEmptyDesign('Payment service')
 */
export function createEmptyDesign(name: string = UNTITLED): DesignFile {
  return {
    format: 'rbd-design',
    version: 1,
    name,
    timeUnit: 'hour',
    missionTime: 8760,
    components: [
      {
        id: 'unit',
        name: 'Unit',
        failure: { distribution: 'exponential', mtbf: 50000 },
        repair: { distribution: 'exponential', mttr: 8 },
      },
    ],
    diagram: {
      nodes: [
        { id: 'start', kind: 'start' },
        { id: 'unit1', kind: 'block', component: 'unit' },
        { id: 'end', kind: 'end' },
      ],
      edges: [
        { from: 'start', to: 'unit1' },
        { from: 'unit1', to: 'end' },
      ],
      ui: {
        positions: { start: { x: 0, y: 120 }, unit1: { x: 200, y: 120 }, end: { x: 400, y: 120 } },
      },
    },
  };
}

/** A design's display name: its `name`, or {@link UNTITLED} when blank. */
export function designName(file: { readonly name?: unknown }): string {
  const name = typeof file.name === 'string' ? file.name.trim() : '';
  return name === '' ? UNTITLED : name;
}
