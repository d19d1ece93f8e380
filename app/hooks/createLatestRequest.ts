/**
 * Latest-wins requests to something slow (a worker): at most one call in flight; a request made
 * meanwhile waits, and a newer one replaces it, so a held arrow key costs one call in flight and
 * one waiting, not one per step. Answers arrive in the order asked, so an answer shown is never
 * older than one shown before it; after `dispose` nothing more is delivered.
 */
export interface LatestRequest<I> {
  /** Asks for `input` (replacing any request still waiting). */
  request(input: I): void;
  /** Whether a call is in flight or waiting. */
  isBusy(): boolean;
  /** Stops delivering answers (the call in flight is left to finish unheard). */
  dispose(): void;
}

/**
 * @param run the slow call
 * @param onAnswer receives each answer with the input it answers
 * @param onError receives a failed call's error with its input
 * @param onIdle called when nothing is in flight or waiting any more
 */
export function createLatestRequest<I, O>(
  run: (input: I) => Promise<O>,
  onAnswer: (input: I, output: O) => void,
  onError: (input: I, error: unknown) => void,
  onIdle: () => void = () => {},
): LatestRequest<I> {
  let inFlight = false;
  let waiting: { readonly input: I } | null = null;
  let disposed = false;

  const start = (input: I): void => {
    inFlight = true;
    const settle = (deliver: () => void): void => {
      inFlight = false;
      if (disposed) return;
      deliver();
      const next = waiting;
      waiting = null;
      if (next !== null) start(next.input);
      else onIdle();
    };
    run(input).then(
      (output) => settle(() => onAnswer(input, output)),
      (error: unknown) => settle(() => onError(input, error)),
    );
  };

  return {
    request(input) {
      if (disposed) return;
      if (inFlight) waiting = { input };
      else start(input);
    },
    isBusy: () => inFlight || waiting !== null,
    dispose() {
      disposed = true;
      waiting = null;
    },
  };
}
