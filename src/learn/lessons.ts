/**
 * The lessons of the Learn view, in teaching order (research/anchors.md §4.3): what MTBF means,
 * availability vs reliability, Weibull shapes, series, rates, parallel and k-of-n, redundancy with
 * and without repair, standby, nines, Monte Carlo, a year in the life. Runs anywhere; no DOM.
 */
import { AVAILABILITY_LESSON } from './lessons/availability.ts';
import { MONTE_CARLO_LESSON } from './lessons/monteCarlo.ts';
import { MTBF_LESSON } from './lessons/mtbf.ts';
import { NINES_LESSON } from './lessons/nines.ts';
import { PARALLEL_LESSON } from './lessons/parallel.ts';
import { RATES_LESSON } from './lessons/rates.ts';
import { REDUNDANCY_LESSON } from './lessons/redundancy.ts';
import { SERIES_LESSON } from './lessons/series.ts';
import { STANDBY_LESSON } from './lessons/standby.ts';
import { WEIBULL_LESSON } from './lessons/weibull.ts';
import { YEAR_LESSON } from './lessons/year.ts';
import type { Lesson, LessonId } from './types.ts';

/** Every lesson, in order. */
export const LESSONS: readonly Lesson[] = [
  MTBF_LESSON,
  AVAILABILITY_LESSON,
  WEIBULL_LESSON,
  SERIES_LESSON,
  RATES_LESSON,
  PARALLEL_LESSON,
  REDUNDANCY_LESSON,
  STANDBY_LESSON,
  NINES_LESSON,
  MONTE_CARLO_LESSON,
  YEAR_LESSON,
];

/**
 * The lesson with an id (from the address), or null.
 * @example
 * getLesson('series')?.number // 4
 */
export function getLesson(id: string): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}

/** Whether a string names a lesson. */
export function isLessonId(id: string): id is LessonId {
  return getLesson(id) !== null;
}
