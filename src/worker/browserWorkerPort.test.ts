import { describe, expect, it } from 'vitest';
import type { BrowserWorkerLike } from './browserWorkerPort.ts';
import { createBrowserWorkerPort } from './browserWorkerPort.ts';
import type { SimulationRequest } from './simulationProtocol.ts';

/** A stand-in for a web Worker: records posts, lets the test fire events. */
function createFakeWorker(): BrowserWorkerLike & {
  posted: unknown[];
  terminated: boolean;
  fire: (type: string, event: unknown) => void;
} {
  const listeners = new Map<string, ((event: never) => void)[]>();
  return {
    posted: [],
    terminated: false,
    postMessage(message: unknown): void {
      this.posted.push(message);
    },
    addEventListener(type: string, listener: (event: never) => void): void {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    terminate(): void {
      this.terminated = true;
    },
    fire(type: string, event: unknown): void {
      for (const l of listeners.get(type) ?? []) l(event as never);
    },
  };
}

describe('createBrowserWorkerPort', () => {
  it('accepts a real Worker (type check) and forwards messages both ways', () => {
    const typeCheck = (w: Worker): BrowserWorkerLike => w;
    expect(typeof typeCheck).toBe('function');
    const worker = createFakeWorker();
    const port = createBrowserWorkerPort(worker);
    const received: unknown[] = [];
    const errors: string[] = [];
    port.listen({ message: (m) => received.push(m), error: (e) => errors.push(e) });
    const request: SimulationRequest = { type: 'chunk', runId: 1, start: 0, count: 10 };
    port.post(request);
    expect(worker.posted).toEqual([request]);
    worker.fire('message', { data: { type: 'failed', runId: 1, issues: [] } });
    expect(received).toEqual([{ type: 'failed', runId: 1, issues: [] }]);
    let prevented = false;
    worker.fire('error', { message: 'boom', preventDefault: () => (prevented = true) });
    expect(errors).toEqual(['simulation worker crashed: boom']);
    expect(prevented).toBe(true);
    port.terminate();
    expect(worker.terminated).toBe(true);
  });
});
