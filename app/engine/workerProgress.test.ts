import { describe, expect, it } from 'vitest';
import { callWithProgress } from './workerProgress.ts';

describe('callWithProgress', () => {
  it('forwards progress until the call answers and drops a message that arrives after', async () => {
    const seen: number[] = [];
    let late: (() => void) | undefined;
    const answer = await callWithProgress(
      (done: number) => seen.push(done),
      (progress) => {
        progress(0.5);
        late = () => progress(1);
        return Promise.resolve('pdf');
      },
    );
    late?.();
    expect(answer).toBe('pdf');
    expect(seen).toEqual([0.5]);
  });

  it('goes quiet after a failed call too, and passes the failure on', async () => {
    const seen: string[] = [];
    let late: (() => void) | undefined;
    await expect(
      callWithProgress(
        (step: string) => seen.push(step),
        (progress) => {
          progress('layout');
          late = () => progress('write');
          return Promise.reject(new Error('worker stopped'));
        },
      ),
    ).rejects.toThrow('worker stopped');
    late?.();
    expect(seen).toEqual(['layout']);
  });
});
