#!/usr/bin/env node
/**
 * Entry of the built command line (`dist-cli/rbd.mjs`, the package's `rbd` bin): the same
 * commands as `npm run cli`, without tsx, with the simulation workers started from their
 * built entry next to this file.
 * Runs in Node.
 */
import { setNodeWorkerEntry } from '../worker/nodeWorkerPort.ts';
import { runCli } from './main.ts';

// Built from a string so the bundler does not take it for an asset of the sources.
setNodeWorkerEntry(new URL(['.', 'simulationNode.worker.mjs'].join('/'), import.meta.url));

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${String(error)}\n`);
    process.exitCode = 3;
  },
);
