/**
 * The teacher's handout: a lesson of the Learn view, set by the student, exported as a PDF from
 * the page and read back with poppler (its title, the settings, the formula with these numbers,
 * the questions, the answers on the last page), its pages turned into images to look at.
 * Every wait is for a state, never for a time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/fixtures.ts';

const OUT = join('test-results', 'handout');

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}
const dense = (text: string): string => text.replace(/\s+/g, '');

test('a lesson set by the student is exported as a handout with its answers on the last page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Ten blocks of 99.9 % in series: 99.0045 %.
  await page.goto('/#view=learn&lesson=series');
  await expect(page.getByTestId('learn.figures')).toContainText('99.0045 %');
  mkdirSync(OUT, { recursive: true });
  const download = page.waitForEvent('download');
  await page.getByTestId('learn.handout').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Lesson 4 series handout.pdf');
  const path = join(OUT, 'series.pdf');
  await file.saveAs(path);
  await expect(page.getByTestId('learn.handout.status')).toHaveAttribute('data-state', 'done');

  const text = dense(poppler('pdftotext', path, '-'));
  expect(text).toContain(dense('Lesson 4: Series multiplies'));
  expect(text).toContain('99.0045%');
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', path))?.[1]);
  expect(pages).toBeGreaterThan(1);
  const last = dense(poppler('pdftotext', '-f', String(pages), '-l', String(pages), path, '-'));
  expect(last).toContain(dense('Answers (for the teacher)'));
  expect(poppler('pdfimages', '-list', path).trim().split('\n')).toHaveLength(2);
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUT, 'series-page')]);
  await page.screenshot({ path: join(OUT, 'lesson-1440.png') });
});
