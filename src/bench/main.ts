/**
 * `npm run bench`: prints the benchmark figures of the command line's start-up, the exact engine,
 * the optimiser and the simulation.
 * Not part of the tests (timings are measured, never asserted). Runs in Node.
 */
import { runCliBench } from './cli.ts';
import { runEditPathBench, runExactBench } from './exact.ts';
import { runOptimizeBench } from './optimize.ts';
import { runSimulationBench } from './simulation.ts';

console.log('== command line start-up (whole processes) ==');
runCliBench();
console.log('');
console.log('== exact engine ==');
runExactBench();
await runEditPathBench();
console.log('');
console.log('== optimiser ==');
runOptimizeBench();
console.log('');
console.log('== Monte Carlo simulation ==');
await runSimulationBench();
