/**
 * A lesson worked out from untrusted input, as the engine worker answers it: the lesson's id
 * and its fields' texts in, its view (plain data) or a message out. The Monte Carlo lesson's runs
 * too, one call per step of its ladder or batch of its coverage count. Runs anywhere; no DOM.
 */
import { getLesson } from './lessons.ts';
import { estimateFailedShare, isCovered } from './lessons/monteCarlo.ts';
import type { MonteCarloEstimate } from './lessons/monteCarlo.ts';
import type { LessonView } from './types.ts';
import { readLessonValues } from './values.ts';

/** A lesson's view, or why there is none. */
export type LessonAnswer =
  | { readonly ok: true; readonly view: LessonView }
  | { readonly ok: false; readonly message: string };

/** Runs a batch of the coverage count may hold at most (each is 10³ histories). */
const MAX_COVERAGE_BATCH = 100;
/** Histories one lesson estimate may run. */
const MAX_LESSON_TRIALS = 1_000_000;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 100;

/**
 * Works a lesson out for the texts of its fields (a field left out takes its starting value).
 * @param id the lesson's id (untrusted)
 * @param texts its fields' texts by key (untrusted)
 * @returns its view, or the first problem in words (an unknown lesson, a bad field)
 * @example
 * const answer = evaluateLesson('mtbf', { mtbf: '1000' });
 * if (answer.ok) console.log(answer.view.figures);
 */
export function evaluateLesson(id: unknown, texts: unknown): LessonAnswer {
  const lesson = typeof id === 'string' ? getLesson(id) : null;
  if (lesson === null) return { ok: false, message: `no lesson "${String(id)}"` };
  const given: Record<string, string> = {};
  if (typeof texts === 'object' && texts !== null) {
    for (const param of lesson.params) {
      const text: unknown = (texts as Record<string, unknown>)[param.key];
      if (isText(text)) given[param.key] = text;
    }
  }
  const read = readLessonValues(lesson, given);
  if (read.values === null) {
    const [key, error] = Object.entries(read.errors)[0] ?? ['', 'invalid settings'];
    return { ok: false, message: `${key}: ${error}` };
  }
  try {
    return { ok: true, view: lesson.compute(read.values) };
  } catch (error) {
    return { ok: false, message: `the lesson could not be worked out: ${String(error)}` };
  }
}

const isCount = (n: unknown, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max;
const isPositive = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0;
const isSeed = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/**
 * One run of the Monte Carlo lesson: the share of histories failed by t, with its interval.
 * @returns the estimate, or null for input out of range
 */
export function runLessonEstimate(
  tHours: unknown,
  trials: unknown,
  seed: unknown,
): MonteCarloEstimate | null {
  if (!isPositive(tHours) || !isCount(trials, MAX_LESSON_TRIALS) || !isSeed(seed)) return null;
  return estimateFailedShare(tHours, trials, seed);
}

/**
 * A batch of the lesson's coverage count: runs of `trials` histories with seeds first,
 * first + 1, …, and how many of their 95 % intervals hold the exact share.
 * @returns the number covered, or null for input out of range
 */
export function countLessonCoverage(
  tHours: unknown,
  trials: unknown,
  firstSeed: unknown,
  count: unknown,
  exact: unknown,
): number | null {
  if (!isPositive(tHours) || !isCount(trials, MAX_LESSON_TRIALS) || !isSeed(firstSeed)) return null;
  if (!isCount(count, MAX_COVERAGE_BATCH) || typeof exact !== 'number') return null;
  let covered = 0;
  for (let i = 0; i < count; i++) {
    if (isCovered(estimateFailedShare(tHours, trials, firstSeed + i), exact)) covered++;
  }
  return covered;
}
