/**
 * The lesson shown and its settings, kept in the address: links and back/forward change the
 * lesson (hash changes), a slider step rewrites the address in place (no history entry per
 * step). Browser only (location, history).
 */
import { useCallback, useEffect, useState } from 'react';
import type { LearnRoute } from './learnHash.ts';
import { readLearnRoute, writeLearnRoute } from './learnHash.ts';

export function useLearnRoute(): [LearnRoute, (key: string, text: string) => void] {
  const [route, setRoute] = useState(() => readLearnRoute(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(readLearnRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  }, []);
  const setText = useCallback((key: string, text: string) => {
    setRoute((current) => {
      if (current.lesson === null) return current;
      const texts = { ...current.texts, [key]: text };
      const hash = writeLearnRoute(window.location.hash, current.lesson.id, texts);
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
      return { ...current, texts };
    });
  }, []);
  return [route, setText];
}
