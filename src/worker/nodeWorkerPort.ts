/**
 * Starts simulation workers as Node worker_threads. The built command line (`dist-cli/rbd.mjs`)
 * starts its built worker entry (`setNodeWorkerEntry`), plain JavaScript. From the TypeScript
 * sources (`npm run cli`, Vitest) the worker entry is TypeScript, and in Node 20 neither `--import tsx` nor inherited tsx flags make a worker thread load a `.ts` entry
 * ("Unknown file extension"), so each worker starts from a small evaluated bootstrap that
 * registers tsx's ESM loader (`tsx/esm/api` `register()`) and then imports the entry. Verified
 * under `tsx src/cli/main.ts`, plain `node` and Vitest.
 * Runs in Node only (not in the browser bundle).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  SimulationPortHandlers,
  SimulationRequest,
  SimulationWorkerPort,
} from './simulationProtocol.ts';

const WORKER_URL = new URL('./simulationNode.worker.ts', import.meta.url);

/** The built worker entry, when the command line runs from its build. */
let builtEntry: URL | null = null;

/**
 * Makes every worker start from a built (JavaScript) entry instead of the TypeScript source.
 * @param entry the URL of the built `simulationNode.worker` module
 * @example
 * setNodeWorkerEntry(new URL('./simulationNode.worker.mjs', import.meta.url));
 */
export function setNodeWorkerEntry(entry: URL): void {
  builtEntry = entry;
}

/** Source of the bootstrap each worker evaluates from the sources (built once). */
let bootstrap: string | null = null;

function getBootstrap(): string {
  if (bootstrap === null) {
    const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    const api = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
    bootstrap =
      `import(${JSON.stringify(api)})` +
      `.then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })` +
      `.catch((error) => { setImmediate(() => { throw error; }); });`;
  }
  return bootstrap;
}

/** Number of cores Node may use: the default pool size of the command line. */
export function getNodeParallelism(): number {
  return availableParallelism();
}

/**
 * Starts one worker thread and wraps it as a pool port.
 * @example
 * const pool = createSimulationPool(createNodeWorkerPort, getNodeParallelism());
 */
export function createNodeWorkerPort(): SimulationWorkerPort {
  const worker =
    builtEntry === null
      ? new Worker(getBootstrap(), { eval: true, execArgv: [] })
      : new Worker(builtEntry, { execArgv: [] });
  let failed = false;
  let terminated = false;
  return {
    post(message: SimulationRequest, transfer: readonly ArrayBuffer[] = []): void {
      worker.postMessage(message, [...transfer]);
    },
    listen(handlers: SimulationPortHandlers): void {
      worker.on('message', (message: unknown) => handlers.message(message));
      const fail = (reason: string): void => {
        if (failed || terminated) return;
        failed = true;
        handlers.error(reason);
      };
      worker.on('error', (error: Error) => fail(`simulation worker crashed: ${error.message}`));
      worker.on('exit', (code: number) => fail(`simulation worker exited with code ${code}`));
    },
    terminate(): void {
      terminated = true;
      void worker.terminate();
    },
  };
}
