/** Sizes of the nodes as drawn (CSS), for layout before React Flow has measured them. */
import type { NodeFile } from '../../../src/index.ts';
import type { Size } from '../flowAdapter.ts';

export const NODE_SIZES: Readonly<Record<NodeFile['kind'], Size>> = {
  start: { width: 72, height: 40 },
  end: { width: 72, height: 40 },
  block: { width: 188, height: 86 },
  junction: { width: 60, height: 60 },
  subsystem: { width: 188, height: 86 },
};
