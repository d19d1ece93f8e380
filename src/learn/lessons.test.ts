import { describe, expect, it } from 'vitest';
import { LESSONS, getLesson, isLessonId } from './lessons.ts';
import { computeLesson } from './testLesson.ts';
import { getInitialValues, readLessonValue, readLessonValues } from './values.ts';
import { formatTexNumber } from './lessonDesign.ts';
import { parseDesign } from '../model/parse.ts';

describe('LESSONS', () => {
  it('numbers eleven lessons in order with distinct ids', () => {
    expect(LESSONS.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(getLesson('series')?.number).toBe(4);
    expect(getLesson('nonsense')).toBeNull();
    expect(isLessonId('montecarlo')).toBe(true);
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: one right answer per question, a misconception on every wrong one, valid design',
    (_id, lesson) => {
      const view = computeLesson(lesson);
      expect(view.id).toBe(lesson.id);
      expect(view.questions.length).toBeGreaterThan(0);
      for (const q of view.questions) {
        expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
        for (const c of q.choices) expect(c.correct === (c.misconception === null)).toBe(true);
      }
      for (const f of view.figures) expect(f.text).not.toBe('—');
      expect(view.formulas.length).toBeGreaterThan(0);
      expect(parseDesign(view.design).ok).toBe(true);
      expect(view.chart?.points.length).toBeGreaterThan(0);
    },
  );

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: starting values are in range, and works at the ends of every range',
    (_id, lesson) => {
      for (const p of lesson.params) {
        expect(readLessonValue(p, String(p.initial)).value).toBe(p.initial);
        for (const v of [p.min, p.max]) {
          const values = { ...getInitialValues(lesson), [p.key]: v };
          if (lesson.check?.(values)) continue;
          if (lesson.id === 'montecarlo' && p.key === 'trials') continue;
          expect(() => lesson.compute(values)).not.toThrow();
        }
      }
    },
  );
});

describe('readLessonValue', () => {
  const n = LESSONS[3]!.params[0]!;
  it('reads a number in range and explains anything else', () => {
    expect(readLessonValue(n, ' 12 ')).toEqual({ value: 12, error: null });
    expect(readLessonValue(n, '2.5').error).toBe('must be a whole number: 2.5');
    expect(readLessonValue(n, '0').error).toBe('out of range: 0 (must be 1–50)');
    expect(readLessonValue(n, 'abc').error).toMatch(/enter a number/);
    expect(readLessonValue(n, '').error).toMatch(/enter a number/);
  });

  it('takes missing values from the start and reports each bad one', () => {
    const read = readLessonValues(LESSONS[3]!, { n: '3', a: 'x' });
    expect(read.values).toBeNull();
    expect(Object.keys(read.errors)).toEqual(['a']);
    expect(readLessonValues(LESSONS[3]!, { n: '3' }).values).toEqual({ n: 3, a: 99.9 });
  });
});

describe('formatTexNumber', () => {
  it('keeps group commas tight and writes powers of ten', () => {
    expect(formatTexNumber(51500)).toBe('51{,}500');
    expect(formatTexNumber(1e-4)).toBe('1.000 \\times 10^{-4}');
    expect(formatTexNumber(-2.5e-7, 2)).toBe('-2.5 \\times 10^{-7}');
    expect(formatTexNumber(null)).toBe('\\text{—}');
    expect(formatTexNumber(Infinity)).toBe('\\infty');
  });
});
