import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../../analysis/analyze.ts';
import { loadExample } from '../../testing/examples.ts';
import type { DesignReview } from '../review.ts';
import { createDesignReview, getReviewCurveTimes } from '../review.ts';
import { createReviewPdf } from './reviewPdf.ts';
import { getTicks, getYDomain } from './pdfCharts.ts';

const EXAMPLES = readdirSync('public/examples').filter((f) => f !== 'index.json');
const dir = mkdtempSync(join(tmpdir(), 'review-pdf-'));

/** poppler's tools on a PDF file (installed by the test command, .ci/ensure-deps.sh). */
function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

async function writeReview(file: string): Promise<{ review: DesignReview; path: string }> {
  const { design, warnings } = loadExample(file);
  const json: unknown = JSON.parse(readFileSync(`public/examples/${file}`, 'utf8'));
  const curves = analyzeDesign(design, {
    times: getReviewCurveTimes(design.missionTime, 25),
    skipMttf: true,
    skipMeanAvailability: true,
  }).points;
  const review = createDesignReview({
    design,
    file: json,
    result: analyzeDesign(design),
    curves,
    designWarnings: warnings,
    date: new Date('2026-12-02T12:00:00Z'),
    fileName: file,
  });
  const path = join(dir, `${file}.pdf`);
  writeFileSync(path, await createReviewPdf(review));
  return { review, path };
}

/** pdftotext's words with line breaks and runs of spaces made single spaces. */
const squash = (text: string): string => text.replace(/\s+/g, ' ');
/**
 * Text without any white space: pdftotext guesses spaces from glyph gaps, and in a narrow
 * table cell it reads "7 d 6 h" as "7d6h".
 */
const dense = (text: string): string => text.replace(/\s+/g, '');

describe('createReviewPdf', () => {
  it.each(EXAMPLES)('writes %s with every figure of the review as text', async (file) => {
    const { review, path } = await writeReview(file);
    const text = squash(poppler('pdftotext', path, '-'));
    for (const section of review.sections) {
      if (section.kind !== 'results') continue;
      for (const row of section.rows) expect(dense(text)).toContain(dense(row.text));
    }
    const answer = review.sections.find((s) => s.kind === 'answer')!;
    expect(text).toContain(squash(answer.headline));
    expect(text).toContain(review.title);
    expect(text).toContain('2026-12-02');
  });

  it.each(EXAMPLES)(
    'embeds only the subset report font and no raster image in %s',
    async (file) => {
      const { path } = await writeReview(file);
      const fonts = poppler('pdffonts', path).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/^RBDSUB\+DejaVuSans\s.*\byes\s+yes\s+yes\b/);
      const images = poppler('pdfimages', '-list', path).trim().split('\n').slice(2);
      expect(images).toEqual([]);
    },
  );

  it('keeps λ and μ, lists the sections in order with the pages they start on', async () => {
    const { review, path } = await writeReview('three-tier.json');
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', path))![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = poppler('pdftotext', '-layout', path, '-');
    const plain = squash(poppler('pdftotext', path, '-'));
    expect(plain).toContain('λ = 2.000e-5 per hour');
    expect(plain).toContain('μ = 0.25 per hour');
    const byPage = text.split('\f');
    expect(byPage[0]).toContain('Contents');
    let last = 1;
    review.sections.forEach((s, i) => {
      const entry = new RegExp(`${i + 1}\\. ${s.title.replace(/[()]/g, '\\$&')}[ .]*(\\d+)`).exec(
        byPage[0]!,
      );
      expect(entry?.[0]).toContain(s.title);
      const page = Number(entry![1]);
      expect(page).toBeGreaterThanOrEqual(last);
      expect(byPage[page - 1]).toContain(s.title);
      last = page;
    });
    for (let p = 1; p <= pages; p++) expect(byPage[p - 1]).toContain(`Page ${p} of ${pages}`);
  });

  it('reports its progress step by step up to 1', async () => {
    const { design } = loadExample('power-chain.json');
    const review = createDesignReview({
      design,
      result: analyzeDesign(design),
      date: new Date(0),
      fileName: 'power-chain.json',
    });
    const seen: number[] = [];
    await createReviewPdf(review, {
      onProgress: (x) => seen.push(x),
      yieldStep: () => Promise.resolve(),
    });
    expect(seen.length).toBe(review.sections.length + 3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('getTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten across the range', () => {
    expect(getTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(getTicks(0, 26280, 6)).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
    expect(getTicks(0.999997, 1, 4)).toEqual([0.999997, 0.999998, 0.999999, 1]);
  });
});

describe('getYDomain', () => {
  it('shows falling curves on [0, 1] and zooms on ones that stay near 1, never past 1', () => {
    expect(getYDomain([{ label: '', color: [0, 0, 0], values: [1, 0.4, 0.1] }])).toEqual([0, 1]);
    const [lo, hi] = getYDomain([{ label: '', color: [0, 0, 0], values: [1, 0.9999972, null] }]);
    expect(lo).toBeLessThanOrEqual(0.9999972);
    expect(lo).toBeGreaterThan(0.99999);
    expect(hi).toBe(1);
  });
});
