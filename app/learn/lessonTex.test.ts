import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { LESSONS, getInitialValues } from '../../src/index.ts';

describe('lesson formulas', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: every formula is valid TeX at the start and at the ends of each range',
    (_id, lesson) => {
      const start = getInitialValues(lesson);
      const cases = [start];
      for (const p of lesson.params) {
        if (lesson.id === 'montecarlo' && p.key === 'trials') continue;
        cases.push({ ...start, [p.key]: p.min }, { ...start, [p.key]: p.max });
      }
      for (const values of cases) {
        if (lesson.check?.(values)) continue;
        for (const f of lesson.compute(values).formulas) {
          expect(() => katex.renderToString(f.tex, { throwOnError: true })).not.toThrow();
          expect(f.label.length).toBeGreaterThan(0);
        }
      }
    },
  );
});
