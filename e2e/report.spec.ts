/**
 * "Export PDF report": the three-tier design review exported from the page, saved, and read
 * back with poppler (text, fonts, images, pages), its pages turned into images to look at; with
 * a Monte Carlo run, the simulated figures are in it too. Printing the page prints the results
 * only. Every wait is for a state, never for a time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/fixtures.ts';

/** Where the PDFs and page images go (look at them: test-results is kept per run). */
const OUT = join('test-results', 'report');

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** Clicks the export button and saves the download; returns its path. */
async function exportPdf(page: Page, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const download = page.waitForEvent('download');
  await page.getByTestId('report.export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Three-tier web service review.pdf');
  const path = join(OUT, `${name}.pdf`);
  await file.saveAs(path);
  await expect(page.getByTestId('report.status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('report.status')).toHaveText(
    'Saved “Three-tier web service review.pdf”',
  );
  return path;
}

test('exports the three-tier design review as a PDF with the figures the page shows', async ({
  page,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const availabilityText = (await page.getByTestId('results.availability').innerText()).trim();
  await page.screenshot({ path: join(OUT, 'panel-1440.png') });
  // Measured, not asserted (no timing assertions): the page's long tasks while it exports.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { reportLongTasks: number[] }).reportLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const path = await exportPdf(page, 'three-tier');
  const longTasks = await page.evaluate(
    () => (window as unknown as { reportLongTasks: number[] }).reportLongTasks,
  );
  test.info().annotations.push({
    type: 'main-thread long tasks during the export (ms)',
    description: longTasks.map((d) => d.toFixed(0)).join(', ') || 'none',
  });

  const text = poppler('pdftotext', path, '-').replace(/\s+/g, ' ');
  expect(text).toContain('Three-tier web service');
  expect(text).toContain(availabilityText);
  expect(text).toContain('λ = 2.000e-5 per hour');
  expect(text).toContain('μ = 0.25 per hour');
  expect(text).toContain("rbd report 'Three-tier web service.json' --out report.pdf");
  expect(poppler('pdfimages', '-list', path).trim().split('\n').slice(2)).toEqual([]);
  for (const line of poppler('pdffonts', path).trim().split('\n').slice(2)) {
    expect(line).toMatch(/^RBDSUB\+DejaVuSans\s.*\byes\s+yes\s+yes\b/);
  }
  const pages = poppler('pdftotext', '-layout', path, '-').split('\f');
  expect(pages[0]).toContain('Contents');
  expect(pages[1]).toMatch(/^\s*The answer$/m);
  poppler('pdftoppm', '-png', '-r', '60', path, join(OUT, 'three-tier-page'));

  const scan = await new AxeBuilder({ page }).include('.results-header').analyze();
  const bad = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByTestId('report.export').focus();
  await expect(page.getByTestId('report.export')).toBeFocused();

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: join(OUT, 'panel-1280.png') });
});

test('adds the Monte Carlo run of the design as it is now, marked simulated', async ({
  page,
  editor,
  results,
  simulation,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await simulation.open();
  await simulation.run({ trials: 1000, horizon: '8766', seed: 7 });
  await simulation.waitDone();
  await page.getByTestId('results.tab.exact').click();
  const path = await exportPdf(page, 'three-tier-simulated');
  const text = poppler('pdftotext', path, '-').replace(/\s+/g, ' ');
  expect(text).toContain('1000 histories, seed 7');
  expect(text).toMatch(/simulated, 95% interval 99\.\d+% … 99\.\d+%/);
  expect(text).toContain('simulated downtime per history (1000 histories)');
  expect(poppler('pdfimages', '-list', path).trim().split('\n').slice(2)).toEqual([]);
  poppler('pdftoppm', '-png', '-r', '60', path, join(OUT, 'simulated-page'));
});

test('printing the page prints the results, without the editor around them', async ({
  page,
  editor,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  // The charts load lazily: print once both are drawn (the curves and the ranking bars).
  await expect(page.locator('.results-panel svg.recharts-surface').first()).toBeVisible();
  await expect(page.getByText('Loading the chart…')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report.export')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('results.availability')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'print-media.png'), fullPage: true });
  mkdirSync(OUT, { recursive: true });
  const printed = join(OUT, 'print.pdf');
  await page.pdf({ path: printed, format: 'A4' });
  const text = poppler('pdftotext', printed, '-');
  expect(text).toContain('Three-tier web service');
  expect(text).toContain(await page.getByTestId('results.availability').innerText());
  expect(text).toContain('Minimal cut sets');
  expect(text).toContain('db');
  for (const chrome of ['RBD Studio', 'Export PDF report', 'Copy results', 'Monte Carlo']) {
    expect(text).not.toContain(chrome);
  }
  poppler('pdftoppm', '-png', '-r', '50', printed, join(OUT, 'print-page'));
});
