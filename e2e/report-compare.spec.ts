/**
 * The comparison report exported from the compare view: three-tier beside a variant with one
 * more app server, written in the report worker, saved and read back with poppler (both
 * designs named, their availabilities as the table shows them, no raster images), its pages
 * turned into images to look at. Every wait is for a state, never for a time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/fixtures.ts';

const OUT = join('test-results', 'report-compare');

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}
const dense = (text: string): string => text.replace(/\s+/g, '');

test('the compared designs are exported as the comparison report', async ({
  page,
  compare,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await compare.openThreeTier({ editor, results });
  await expect(page.getByTestId('compare.pdf.status')).toHaveText('Add a design to compare first.');
  await compare.addVariant(1, { apps: '5' });
  await compare.waitCurrent();
  const baseline = (await page.getByTestId('compare.cell.availability.0').innerText()).trim();
  const variant = (await page.getByTestId('compare.cell.availability.1').innerText()).trim();

  mkdirSync(OUT, { recursive: true });
  const download = page.waitForEvent('download');
  await page.getByTestId('compare.pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Three-tier web service comparison.pdf');
  const path = join(OUT, 'comparison.pdf');
  await file.saveAs(path);
  await expect(page.getByTestId('compare.pdf.status')).toHaveAttribute('data-state', 'done');

  const text = dense(poppler('pdftotext', path, '-'));
  expect(text).toContain(dense('A. Three-tier web service'));
  expect(text).toContain('B.');
  // The table's availabilities, as the page shows them (the first figure of each cell).
  for (const cell of [baseline, variant]) {
    const figure = /[\d.]+\s*%/.exec(cell)?.[0];
    expect(figure).toBeDefined();
    expect(text).toContain(dense(figure!));
  }
  expect(poppler('pdfimages', '-list', path).trim().split('\n')).toHaveLength(2);
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUT, 'page')]);
});
