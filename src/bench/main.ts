/**
 * `npm run bench`: prints the benchmark figures of the exact engine and the simulation.
 * Not part of the tests (timings are measured, never asserted). Runs in Node.
 */
import { runExactBench } from './exact.ts';
import { runSimulationBench } from './simulation.ts';

console.log('== exact engine ==');
runExactBench();
console.log('');
console.log('== Monte Carlo simulation ==');
await runSimulationBench();
