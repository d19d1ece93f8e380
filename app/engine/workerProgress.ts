/**
 * Progress callbacks for worker calls. Comlink delivers a proxied callback on a message port of
 * its own, so the call's last progress message can arrive after its answer: a handout stayed at
 * "Writing the handout… 100%" after it had been saved. The callback here goes quiet once the
 * call has answered (or failed).
 */
import type { ProxyMarked } from 'comlink';
import { proxy } from 'comlink';

/**
 * Runs `call` with a proxied progress callback that forwards to `onProgress` until the call
 * settles, and drops what comes after.
 * @param onProgress the page's progress handler
 * @param call the worker call, given the callback to pass on
 * @returns the call's answer
 * @example
 * await callWithProgress(setDone, (progress) => api.build(request, progress));
 */
export async function callWithProgress<T, A extends unknown[]>(
  onProgress: (...args: A) => void,
  call: (progress: ((...args: A) => void) & ProxyMarked) => Promise<T>,
): Promise<T> {
  let settled = false;
  try {
    return await call(
      proxy((...args: A) => {
        if (!settled) onProgress(...args);
      }),
    );
  } finally {
    settled = true;
  }
}
