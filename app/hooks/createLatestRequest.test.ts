import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLatestRequest } from './createLatestRequest.ts';

/** A call settled by the test. */
interface Pending {
  readonly input: number;
  readonly resolve: (n: number) => void;
  readonly reject: (e: Error) => void;
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

describe('createLatestRequest', () => {
  it('delivers answers newest-last, never older than one shown, and ends on the newest request (seed 9)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('request', 'resolve', 'reject'), { maxLength: 40 }),
        async (ops) => {
          const calls: Pending[] = [];
          const shown: number[] = [];
          let idle = 0;
          let asked = 0;
          const latest = createLatestRequest<number, number>(
            (input) => new Promise((resolve, reject) => calls.push({ input, resolve, reject })),
            (input, output) => {
              expect(output).toBe(input * 10);
              shown.push(input);
            },
            (input) => shown.push(input),
            () => idle++,
          );
          const settled = new Set<Pending>();
          const open = (): Pending[] => calls.filter((c) => !settled.has(c));
          for (const op of ['request', ...ops]) {
            if (op === 'request') latest.request(++asked);
            else {
              const call = open()[0];
              if (call === undefined) continue;
              settled.add(call);
              if (op === 'resolve') call.resolve(call.input * 10);
              else call.reject(new Error('worker died'));
              await flush();
            }
            // Never more than one call in flight.
            expect(open().length).toBeLessThanOrEqual(1);
          }
          // Settle whatever is left.
          for (let call = open()[0]; call !== undefined; call = open()[0]) {
            settled.add(call);
            call.resolve(call.input * 10);
            await flush();
          }
          for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThan(shown[i - 1]!);
          expect(shown.at(-1)).toBe(asked);
          expect(latest.isBusy()).toBe(false);
          expect(idle).toBeGreaterThan(0);
          // Every call was for a request made, each at most once.
          expect(new Set(calls.map((c) => c.input)).size).toBe(calls.length);
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });

  it('delivers nothing after dispose', async () => {
    const shown: number[] = [];
    let finish: (n: number) => void = () => {};
    const latest = createLatestRequest<number, number>(
      () => new Promise((resolve) => (finish = resolve)),
      (input) => shown.push(input),
      () => {},
    );
    latest.request(1);
    latest.request(2);
    latest.dispose();
    finish(10);
    await flush();
    expect(shown).toEqual([]);
  });
});
