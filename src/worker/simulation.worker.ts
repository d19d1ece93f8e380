/**
 * Browser entry of a simulation worker (module worker). The only file that touches the worker
 * global scope; everything else is in simulationHost.ts.
 * Runs in a web Worker.
 */
import { createSimulationHost } from './simulationHost.ts';

/** The part of the dedicated worker scope this entry uses. */
interface WorkerScope {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const scope = self as unknown as WorkerScope;
const host = createSimulationHost((message, transfer) => scope.postMessage(message, transfer));
scope.addEventListener('message', (event) => host(event.data));
