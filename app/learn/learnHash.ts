/**
 * The Learn view's part of the address: `#view=learn&lesson=series&n=10&a=99.9` opens a lesson
 * with its settings, so a shared link shows what the teacher showed. Other parameters (the view,
 * a shared design) are kept. Pure (strings in, strings out).
 */
import type { Lesson } from '../../src/index.ts';
import { LESSONS, getLesson } from '../../src/index.ts';

/** Every key a lesson's settings use, plus `lesson`. */
const LEARN_KEYS = new Set(['lesson', ...LESSONS.flatMap((l) => l.params.map((p) => p.key))]);

/** The lesson a hash opens (null: the index, or an unknown id) and its settings as typed. */
export interface LearnRoute {
  readonly lesson: Lesson | null;
  /** The setting texts found in the address, by parameter key. */
  readonly texts: Readonly<Record<string, string>>;
  /** The `lesson=` value when it names no lesson (to say so). */
  readonly unknown: string | null;
  /** `lesson=explain`: explain the design being edited. */
  readonly explain: boolean;
}

/** The `lesson=` value of "Explain this design". */
export const EXPLAIN_ID = 'explain';

/** Reads the lesson and its settings from a hash. */
export function readLearnRoute(hash: string): LearnRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('lesson');
  const lesson = id === null ? null : getLesson(id);
  const texts: Record<string, string> = {};
  for (const p of lesson?.params ?? []) {
    const text = params.get(p.key);
    if (text !== null) texts[p.key] = text.slice(0, 40);
  }
  const explain = id === EXPLAIN_ID;
  return {
    lesson,
    texts,
    unknown: id !== null && lesson === null && !explain ? id : null,
    explain,
  };
}

/**
 * The hash with a lesson (or the index) and its settings, every other parameter kept.
 * @param hash the current hash
 * @param lesson the lesson id, or null for the index
 * @param texts the settings to write (only the lesson's own keys are written)
 */
export function writeLearnRoute(
  hash: string,
  lesson: string | null,
  texts: Readonly<Record<string, string>> = {},
): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of [...params.keys()]) if (LEARN_KEYS.has(key)) params.delete(key);
  if (lesson !== null) {
    params.set('lesson', lesson);
    for (const p of getLesson(lesson)?.params ?? []) {
      const text = texts[p.key];
      if (text !== undefined) params.set(p.key, text);
    }
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** The link to a lesson from the Learn view. */
export function getLessonHref(lesson: string): string {
  return `#view=learn&lesson=${encodeURIComponent(lesson)}`;
}
