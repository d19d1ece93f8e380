import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../learn/lessons.ts';
import { getInitialValues } from '../../learn/values.ts';
import { texToText } from '../texText.ts';
import { createHandoutPdf, getChoiceLetter } from './handoutPdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'handout-pdf-'));

/** poppler's tools on a PDF file (installed by the test command, .ci/ensure-deps.sh). */
function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}
/** Text without white space: pdftotext guesses spaces and line breaks from glyph gaps. */
const dense = (text: string): string => text.replace(/\s+/g, '');

describe('createHandoutPdf', () => {
  it.each(LESSONS.map((l) => l.id))(
    'writes the %s lesson: its formulas, figures and questions, the answers on the last page',
    async (id) => {
      const lesson = LESSONS.find((l) => l.id === id)!;
      const view = lesson.compute(getInitialValues(lesson));
      const path = join(dir, `${id}.pdf`);
      writeFileSync(path, await createHandoutPdf(view, { date: '2026-12-02' }));
      const text = dense(poppler('pdftotext', path, '-'));
      expect(text).toContain(dense(`Lesson ${view.number}: ${view.title}`));
      expect(text).toContain('2026-12-02');
      for (const formula of view.formulas) expect(text).toContain(dense(texToText(formula.tex)));
      for (const figure of view.figures) expect(text).toContain(dense(figure.text));
      // The questions without their answers, then the answers on a page of their own.
      const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', path))?.[1]);
      const last = dense(poppler('pdftotext', '-f', String(pages), '-l', String(pages), path, '-'));
      const before =
        pages > 1 ? dense(poppler('pdftotext', '-f', '1', '-l', String(pages - 1), path, '-')) : '';
      expect(before).not.toContain('Answers(fortheteacher)');
      for (const q of view.questions) {
        expect(before).toContain(dense(q.prompt));
        const right = q.choices.findIndex((c) => c.correct);
        expect(last).toContain(dense(`Answer ${getChoiceLetter(right)}:`));
        expect(last).toContain(dense(q.explanation));
      }
      // Charts and diagrams are vectors; the one font is embedded.
      expect(poppler('pdfimages', '-list', path).trim().split('\n').length).toBe(2);
      const fonts = poppler('pdffonts', path).trim().split('\n').slice(2);
      expect(fonts.every((f) => f.includes('RBDSUB+DejaVuSans') && /yes\s+yes\s+yes/.test(f))).toBe(
        true,
      );
    },
  );

  it('keeps λ and μ (the rates lesson and the repair lesson)', async () => {
    const greek: string[] = [];
    for (const lesson of LESSONS) {
      const view = lesson.compute(getInitialValues(lesson));
      const path = join(dir, `${lesson.id}-greek.pdf`);
      writeFileSync(path, await createHandoutPdf(view));
      greek.push(poppler('pdftotext', path, '-'));
    }
    const all = greek.join('\n');
    expect(all).toContain('λ');
    expect(all).toContain('μ');
  });
});
