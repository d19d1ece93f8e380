/**
 * Classroom mode: large type, high contrast and no editing chrome, for a projector. Remembered
 * in local storage; while the Learn view is shown it marks the document (`data-classroom`) so
 * that the top bar's editing tools hide too (learn.css).
 */
import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'rbd-studio.classroom';

function readStored(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function useClassroomMode(): [boolean, () => void] {
  const [on, setOn] = useState(readStored);
  useEffect(() => {
    const root = document.documentElement;
    if (on) root.dataset.classroom = 'on';
    else delete root.dataset.classroom;
    return () => {
      delete root.dataset.classroom;
    };
  }, [on]);
  const toggle = useCallback(() => {
    setOn((current) => {
      const next = !current;
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, next ? 'on' : 'off');
      } catch {
        // Storage refused (private mode): the mode still works for this visit.
      }
      return next;
    });
  }, []);
  return [on, toggle];
}
