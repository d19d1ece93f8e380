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

describe('explanation formulas', () => {
  it('are valid TeX for the examples that reduce', async () => {
    const { readFileSync } = await import('node:fs');
    const { analyzeDesign, explainDesign, parseDesign } = await import('../../src/index.ts');
    let reduced = 0;
    for (const name of [
      'three-tier.json',
      'storage-array.json',
      'two-site.json',
      'ageing-pump.json',
    ]) {
      const file = JSON.parse(readFileSync(`public/examples/${name}`, 'utf8')) as Parameters<
        typeof explainDesign
      >[0];
      const parsed = parseDesign(file);
      if (!parsed.ok) throw new Error(`${name} does not parse`);
      const explanation = explainDesign(file, analyzeDesign(parsed.value));
      if (explanation.kind === 'reduced') reduced++;
      for (const step of explanation.steps) {
        expect(() => katex.renderToString(step.tex, { throwOnError: true })).not.toThrow();
      }
    }
    expect(reduced).toBeGreaterThan(0);
  });
});
