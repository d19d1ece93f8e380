/** Small design files for app unit tests. */
import type { DesignFile } from '../index.ts';

/** in → lb1, lb2 (parallel) → apps → db → out, with positions. */
export function createThreeTier(): DesignFile {
  return {
    format: 'rbd-design',
    version: 1,
    name: 'Three tier',
    timeUnit: 'hour',
    missionTime: 8760,
    components: [
      {
        id: 'lb',
        name: 'Load balancer',
        failure: { distribution: 'exponential', mtbf: 50000 },
        repair: { distribution: 'exponential', mttr: 4 },
      },
      {
        id: 'app',
        name: 'App server',
        failure: { distribution: 'exponential', mtbf: 20000 },
        repair: { distribution: 'exponential', mttr: 0.5 },
      },
      {
        id: 'db',
        name: 'Database',
        failure: { distribution: 'exponential', mtbf: '5 years' },
        repair: { distribution: 'exponential', mttr: 8 },
      },
    ],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'lb1', kind: 'block', component: 'lb' },
        { id: 'lb2', kind: 'block', component: 'lb' },
        { id: 'apps', kind: 'block', component: 'app', quantity: 4, required: 3 },
        { id: 'db', kind: 'block', component: 'db' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'lb1' },
        { from: 'in', to: 'lb2' },
        { from: 'lb1', to: 'apps' },
        { from: 'lb2', to: 'apps' },
        { from: 'apps', to: 'db' },
        { from: 'db', to: 'out' },
      ],
      ui: {
        positions: {
          in: { x: 0, y: 120 },
          lb1: { x: 240, y: 60 },
          lb2: { x: 240, y: 180 },
          apps: { x: 480, y: 120 },
          db: { x: 720, y: 120 },
          out: { x: 960, y: 120 },
        },
      },
    },
  };
}
