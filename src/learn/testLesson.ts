/**
 * Test helpers of the lessons: work a lesson out and read its figures by key.
 * Runs in Node (tests only).
 */
import type { Lesson, LessonView } from './types.ts';
import { getInitialValues } from './values.ts';

/** A lesson worked out at its starting values, with some of them changed. */
export function computeLesson(
  lesson: Lesson,
  changes: Readonly<Record<string, number>> = {},
): LessonView {
  return lesson.compute({ ...getInitialValues(lesson), ...changes });
}

/** A figure's value by key (a missing figure or value fails the test). */
export function getFigure(view: LessonView, key: string): number {
  const figure = view.figures.find((f) => f.key === key);
  if (figure === undefined || figure.value === null)
    throw new Error(`no figure ${key} in ${view.id}`);
  return figure.value;
}

/** The right choice of a question. */
export function getRightChoice(view: LessonView, question: string): string {
  const q = view.questions.find((x) => x.id === question);
  const right = q?.choices.filter((c) => c.correct) ?? [];
  if (right.length !== 1) throw new Error(`question ${question} needs one right answer`);
  return right[0]!.text;
}
