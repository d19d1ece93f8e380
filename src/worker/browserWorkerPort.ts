/**
 * Adapts a browser `Worker` running `simulation.worker.ts` to the pool's port interface.
 * The app creates the Worker (so bundling stays in app/) and passes it in:
 *
 *   createSimulationPool(
 *     () => createBrowserWorkerPort(
 *       new Worker(new URL('../src/worker/simulation.worker.ts', import.meta.url), { type: 'module' }),
 *     ),
 *     navigator.hardwareConcurrency,
 *   );
 *
 * Runs in the main thread of a browser; uses only the structural shape of Worker (no DOM types).
 */
import type {
  SimulationPortHandlers,
  SimulationRequest,
  SimulationWorkerPort,
} from './simulationProtocol.ts';

/** The part of a web Worker the adapter uses. */
export interface BrowserWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

/**
 * Wraps a web Worker.
 * @param worker a module worker running `src/worker/simulation.worker.ts`
 */
export function createBrowserWorkerPort(worker: BrowserWorkerLike): SimulationWorkerPort {
  return {
    post(message: SimulationRequest, transfer: readonly ArrayBuffer[] = []): void {
      worker.postMessage(message, [...transfer]);
    },
    listen(handlers: SimulationPortHandlers): void {
      worker.addEventListener('message', (event) => handlers.message(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        handlers.error(`simulation worker crashed: ${event.message || 'unknown error'}`);
      });
      worker.addEventListener('messageerror', () =>
        handlers.error('simulation worker sent an unreadable message'),
      );
    },
    terminate(): void {
      worker.terminate();
    },
  };
}
