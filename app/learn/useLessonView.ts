/**
 * A lesson's view, worked out in the engine worker (src/learn/evaluate.ts), never on the page's
 * thread: the fields answer every key at once, the view follows as the worker answers, latest
 * wins (app/hooks/createLatestRequest.ts). The view shown stays until the next answer; "updating"
 * turns on only when an answer takes longer than a glance. Answers are kept for the last few
 * settings, so going back to one (or reopening a lesson) shows it at once.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { LessonView } from '../../src/index.ts';
import { createLatestRequest } from '../hooks/createLatestRequest.ts';
import type { LatestRequest } from '../hooks/createLatestRequest.ts';
import { evaluateLessonInWorker } from '../engine/engineClient.ts';

/** How long an answer may take before the lesson says it is updating. */
const UPDATING_AFTER_MS = 200;
/** Answers kept (settings of any lesson). */
const CACHE_SIZE = 48;

/** The view, the texts it was worked out for, and how the asking goes. */
export interface LessonViewState {
  readonly view: LessonView | null;
  /** The texts the view shown answers (null before the first answer). */
  readonly texts: Readonly<Record<string, string>> | null;
  readonly updating: boolean;
  /** Why the last answer failed (the worker died, a bug), or null. */
  readonly error: string | null;
}

const cache = new Map<string, LessonView>();

const getKey = (id: string, texts: Readonly<Record<string, string>>): string =>
  `${id}\u0000${JSON.stringify(Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : 1)))}`;

function remember(key: string, view: LessonView): void {
  cache.delete(key);
  cache.set(key, view);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

interface Ask {
  readonly id: string;
  readonly texts: Readonly<Record<string, string>>;
}

/**
 * @param id the lesson
 * @param texts its fields' texts when they are all valid, or null (nothing is asked)
 */
export function useLessonView(
  id: string,
  texts: Readonly<Record<string, string>> | null,
): LessonViewState {
  const [state, setState] = useState<LessonViewState & { readonly id: string }>(() => {
    const cached = texts === null ? undefined : cache.get(getKey(id, texts));
    return { id, view: cached ?? null, texts: cached ? texts : null, updating: false, error: null };
  });
  const latest = useRef<LatestRequest<Ask> | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    const clearTimer = (): void => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
    };
    const requests = createLatestRequest<Ask, Awaited<ReturnType<typeof evaluateLessonInWorker>>>(
      (ask) => evaluateLessonInWorker(ask.id, ask.texts),
      (ask, answer) => {
        if (answer.ok) remember(getKey(ask.id, ask.texts), answer.view);
        // Rendered as a transition: drawing the chart yields to the next key press.
        startTransition(() =>
          setState((s) =>
            answer.ok
              ? { ...s, id: ask.id, view: answer.view, texts: ask.texts, error: null }
              : { ...s, error: answer.message },
          ),
        );
      },
      (_ask, error) =>
        setState((s) => ({
          ...s,
          error: `the lesson could not be worked out: ${error instanceof Error ? error.message : String(error)}`,
        })),
      () => {
        clearTimer();
        setState((s) => (s.updating ? { ...s, updating: false } : s));
      },
    );
    latest.current = requests;
    return () => {
      clearTimer();
      requests.dispose();
      latest.current = null;
    };
  }, []);

  const key = texts === null ? null : getKey(id, texts);
  useEffect(() => {
    if (texts === null || key === null) return;
    if (cache.has(key)) return;
    latest.current?.request({ id, texts });
    if (timer.current === null) {
      timer.current = window.setTimeout(() => {
        timer.current = null;
        if (latest.current?.isBusy() === true) setState((s) => ({ ...s, updating: true }));
      }, UPDATING_AFTER_MS);
    }
    // `texts` is read through its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key]);

  // Settings answered before are shown at once, whatever answer is still on its way.
  const cached = key === null ? undefined : cache.get(key);
  if (cached !== undefined) return { view: cached, texts, updating: false, error: null };
  // A view of another lesson is never shown for this one.
  return state.id === id ? state : { view: null, texts: null, updating: true, error: null };
}
