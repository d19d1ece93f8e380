/**
 * Node entry of a simulation worker (worker_threads), started by nodeWorkerPort.ts.
 * Runs in a Node worker thread (under tsx when started from TypeScript sources).
 */
import { parentPort } from 'node:worker_threads';
import { createSimulationHost } from './simulationHost.ts';

const port = parentPort;
if (port === null) throw new Error('simulationNode.worker.ts must run in a worker thread');
const host = createSimulationHost((message, transfer) => port.postMessage(message, transfer));
port.on('message', host);
