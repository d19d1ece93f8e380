import { describe, expect, it } from 'vitest';
import { countLessonCoverage, evaluateLesson, runLessonEstimate } from './evaluate.ts';
import { LESSONS } from './lessons.ts';
import { estimateFailedShare, isCovered } from './lessons/monteCarlo.ts';
import { getInitialValues } from './values.ts';

describe('evaluateLesson', () => {
  it('answers every lesson as its own compute does, at its starting settings and at others', () => {
    for (const lesson of LESSONS) {
      expect(evaluateLesson(lesson.id, {})).toEqual({
        ok: true,
        view: lesson.compute(getInitialValues(lesson)),
      });
      // Each parameter at its own upper bound, in turn (a setting the fields accept).
      for (const param of lesson.params) {
        const values = { ...getInitialValues(lesson), [param.key]: param.max };
        if (lesson.check?.(values)) continue;
        const answer = evaluateLesson(lesson.id, { [param.key]: String(param.max) });
        expect(answer, `${lesson.id}.${param.key}`).toEqual({
          ok: true,
          view: lesson.compute(values),
        });
      }
    }
  });

  it('refuses an unknown lesson and a bad field in words, and ignores keys it does not have', () => {
    expect(evaluateLesson('nope', {})).toEqual({ ok: false, message: 'no lesson "nope"' });
    expect(evaluateLesson(42, {})).toMatchObject({ ok: false });
    const lesson = LESSONS[0]!;
    const key = lesson.params[0]!.key;
    expect(evaluateLesson(lesson.id, { [key]: 'lots' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(new RegExp(`^${key}: `)) as unknown,
    });
    expect(evaluateLesson(lesson.id, { stray: '1', [key]: 7 })).toEqual(
      evaluateLesson(lesson.id, {}),
    );
    expect(evaluateLesson(lesson.id, null)).toEqual(evaluateLesson(lesson.id, {}));
  });
});

describe('the Monte Carlo lesson’s runs', () => {
  it('are the lesson’s own estimates and coverage count, and refuse input out of range', () => {
    expect(runLessonEstimate(500, 400, 3)).toEqual(estimateFailedShare(500, 400, 3));
    const exact = -Math.expm1(-500 / 1000);
    const expected = [10, 11, 12].filter((s) =>
      isCovered(estimateFailedShare(500, 1000, s), exact),
    ).length;
    expect(countLessonCoverage(500, 1000, 10, 3, exact)).toBe(expected);
    expect(runLessonEstimate(-1, 400, 3)).toBeNull();
    expect(runLessonEstimate(500, 1e9, 3)).toBeNull();
    expect(runLessonEstimate(500, 400, 0.5)).toBeNull();
    expect(countLessonCoverage(500, 1000, 10, 1000, exact)).toBeNull();
    expect(countLessonCoverage(500, 1000, 10, 3, 'x')).toBeNull();
  });
});
