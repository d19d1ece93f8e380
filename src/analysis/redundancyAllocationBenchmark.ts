/**
 * The Fyffe, Hines & Lee (1968) redundancy-allocation benchmark: 14 subsystems in series, each
 * with three or four component types given as (reliability, cost, weight), at most 8 units per
 * subsystem and a cost limit of 130; the weight limit is varied from 159 to 191 (Nakagawa &
 * Miyazaki 1981). With types mixed in a subsystem (Coit & Smith 1996) the best reliabilities
 * reported are 0.986811, 0.986416, 0.985922 and 0.954565 at weight 191, 190, 189 and 159.
 * Published data, used as an example in the Plan view and as a test of the exact search.
 */
import type { AllocationProblem } from './redundancyAllocation.ts';

const TYPES: readonly (readonly (readonly [number, number, number])[])[] = [
  [
    [0.9, 1, 3],
    [0.93, 1, 4],
    [0.91, 2, 2],
    [0.95, 2, 5],
  ],
  [
    [0.95, 2, 8],
    [0.94, 1, 10],
    [0.93, 1, 9],
  ],
  [
    [0.85, 2, 7],
    [0.9, 3, 5],
    [0.87, 1, 6],
    [0.92, 4, 4],
  ],
  [
    [0.83, 3, 5],
    [0.87, 4, 6],
    [0.85, 5, 4],
  ],
  [
    [0.94, 2, 4],
    [0.93, 2, 3],
    [0.95, 3, 5],
  ],
  [
    [0.99, 3, 5],
    [0.98, 3, 4],
    [0.97, 2, 5],
    [0.96, 2, 4],
  ],
  [
    [0.91, 4, 7],
    [0.92, 4, 8],
    [0.94, 5, 9],
  ],
  [
    [0.81, 3, 4],
    [0.9, 5, 7],
    [0.91, 6, 6],
  ],
  [
    [0.97, 2, 8],
    [0.99, 3, 9],
    [0.96, 4, 7],
    [0.91, 3, 8],
  ],
  [
    [0.83, 4, 6],
    [0.85, 4, 5],
    [0.9, 5, 6],
  ],
  [
    [0.94, 3, 5],
    [0.95, 4, 6],
    [0.96, 5, 6],
  ],
  [
    [0.79, 2, 4],
    [0.82, 3, 5],
    [0.85, 4, 6],
    [0.9, 5, 7],
  ],
  [
    [0.98, 2, 5],
    [0.99, 3, 5],
    [0.97, 2, 6],
  ],
  [
    [0.9, 4, 6],
    [0.92, 4, 7],
    [0.95, 5, 6],
    [0.99, 6, 9],
  ],
];

/** The benchmark at weight 191, types mixed, as an allocation problem. */
export const FYFFE_HINES_LEE: AllocationProblem = {
  subsystems: TYPES.map((types, i) => ({
    name: `Subsystem ${i + 1}`,
    options: types.map(([reliability, cost, weight], j) => ({
      name: `Type ${j + 1}`,
      reliability,
      cost,
      weight,
    })),
  })),
  maxCost: 130,
  maxWeight: 191,
  maxUnits: 8,
  mixing: true,
};
