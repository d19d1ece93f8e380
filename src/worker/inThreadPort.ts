/**
 * A simulation "worker" that runs in the calling thread: each request is handled in a later
 * macrotask, so progress and cancellation still work between chunks. Used by tests and as the
 * fallback when real workers cannot start.
 * Runs anywhere; no DOM.
 */
import { createSimulationHost } from './simulationHost.ts';
import type {
  SimulationPortHandlers,
  SimulationRequest,
  SimulationWorkerPort,
} from './simulationProtocol.ts';

/**
 * Creates an in-thread port.
 * @example
 * const pool = createSimulationPool(createInThreadPort, 1);
 */
export function createInThreadPort(): SimulationWorkerPort {
  let handlers: SimulationPortHandlers | null = null;
  let terminated = false;
  const host = createSimulationHost((message) => {
    // Deliver asynchronously, as a real worker would.
    setTimeout(() => {
      if (!terminated) handlers?.message(message);
    }, 0);
  });
  return {
    post(message: SimulationRequest): void {
      setTimeout(() => {
        if (!terminated) host(structuredClone(message));
      }, 0);
    },
    listen(h: SimulationPortHandlers): void {
      handlers = h;
    },
    terminate(): void {
      terminated = true;
    },
  };
}
