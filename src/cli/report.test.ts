import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { createReport } from '../report/report.ts';
import { loadExample } from '../testing/examples.ts';
import { runCli } from './main.ts';

const EXAMPLES = readdirSync('public/examples').filter((f) => f !== 'index.json');
const dir = mkdtempSync(join(tmpdir(), 'rbd-report-'));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

/** poppler's tools (installed by the test command, .ci/ensure-deps.sh --browser). */
function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** No white space at all: pdftotext guesses spaces from glyph gaps ("7 d 6 h" reads "7d6h"). */
const dense = (text: string): string => text.replace(/\s+/g, '');

/** The page count pdfinfo reads. */
const getPages = (path: string): number =>
  Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', path))![1]);

describe('report', () => {
  it.each(EXAMPLES)(
    'writes the review of %s: every figure the engine gives, as searchable text',
    async (file) => {
      const out = join(dir, `${file}.pdf`);
      const { code, stdout, stderr } = await run([
        'report',
        `public/examples/${file}`,
        '--out',
        out,
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(`wrote ${out}`);
      const text = dense(poppler('pdftotext', out, '-'));
      // The engine's own figures, formatted by the report model the results panel uses too.
      const { design } = loadExample(file);
      const report = createReport(analyzeDesign(design));
      for (const section of report.sections) {
        if (section.kind !== 'figures') continue;
        for (const figure of section.figures) {
          expect(text).toContain(dense(`${figure.label}`));
          expect(text).toContain(dense(figure.text));
        }
      }
      expect(text).toContain(dense(design.name));
      expect(poppler('pdfimages', '-list', out).trim().split('\n').slice(2)).toEqual([]);
      for (const line of poppler('pdffonts', out).trim().split('\n').slice(2)) {
        expect(line).toMatch(/\bCID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
      }
    },
  );

  it('keeps λ and μ and puts the sections in order, each on the page the contents give', async () => {
    const out = join(dir, 'order.pdf');
    expect(
      (await run(['report', 'public/examples/three-tier-two-zones.json', '--out', out])).code,
    ).toBe(0);
    const pages = poppler('pdftotext', '-layout', out, '-').split('\f');
    const count = getPages(out);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
    const plain = poppler('pdftotext', out, '-').replace(/\s+/g, ' ');
    expect(plain).toContain('λ = 5.704e-5 per hour');
    expect(plain).toContain('μ = 0.25 per hour');
    const titles = [
      'The answer',
      'The diagram',
      'Results',
      'Reliability and availability over time',
      'Improve first',
      'Minimal cut sets',
      'Shared fate',
      'Sensitivity',
      'Assumptions',
      'Components and data sources',
      'Reproduce these figures',
    ];
    let previous = 2;
    for (const [i, title] of titles.entries()) {
      const entry = new RegExp(`${i + 1}\\. ${title}[ .]*(\\d+)`).exec(pages[0]!);
      expect(entry?.[0]).toContain(title);
      const page = Number(entry![1]);
      expect(page).toBeGreaterThanOrEqual(previous);
      expect(pages[page - 1]).toMatch(new RegExp(`^\\s*${title}$`, 'm'));
      previous = page;
    }
    expect(pages[count - 1]).toContain('rbd analyze three-tier-two-zones.json --t 8760 --json');
  });

  it('adds the simulated figures with their intervals and the seed with --trials', async () => {
    const out = join(dir, 'simulated.pdf');
    const { code, stdout } = await run([
      'report',
      'public/examples/three-tier.json',
      '--out',
      out,
      '--trials',
      '400',
      '--horizon',
      '1 year',
      '--seed',
      '7',
    ]);
    expect(code).toBe(0);
    const text = poppler('pdftotext', out, '-').replace(/\s+/g, ' ');
    expect(text).toContain('400 histories, seed 7');
    expect(text).toMatch(/simulated, 95% interval 99\.\d+% … 99\.\d+%/);
    expect(text).toContain('bad (P90)');
    expect(text).toContain('simulated downtime per history (400 histories)');
    expect(text).toContain(
      'rbd simulate three-tier.json --trials 400 --horizon 8766 --seed 7 --json',
    );
    // The same seed gives the same figures: the text printed matches a second run.
    const again = await run([
      'report',
      'public/examples/three-tier.json',
      '--out',
      join(dir, 'again.pdf'),
      '--trials',
      '400',
      '--horizon',
      '1 year',
      '--seed',
      '7',
    ]);
    const figures = (s: string): string =>
      s
        .split('\n')
        .filter((l) => l.includes('[simulated'))
        .join('\n');
    expect(figures(again.stdout)).toBe(figures(stdout));
    expect(figures(stdout)).not.toBe('');
  });

  it('writes the comparison of several designs with each design figures and the changes', async () => {
    const out = join(dir, 'comparison.pdf');
    const files = ['three-tier.json', 'three-tier-one-zone.json', 'three-tier-two-zones.json'];
    const { code, stdout } = await run([
      'report',
      ...files.map((f) => `public/examples/${f}`),
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Comparison of 3 designs');
    const text = dense(poppler('pdftotext', out, '-'));
    for (const file of files) {
      const { design } = loadExample(file);
      const report = createReport(analyzeDesign(design));
      expect(text).toContain(dense(design.name));
      for (const section of report.sections) {
        if (section.kind !== 'figures' || section.id !== 'longRun') continue;
        for (const figure of section.figures.filter((f) => f.id !== 'mut')) {
          expect(text).toContain(dense(figure.text));
        }
      }
    }
    expect(text).toContain(dense('Cost per nine'));
    expect(poppler('pdfimages', '-list', out).trim().split('\n').slice(2)).toEqual([]);
    const pages = poppler('pdftotext', '-layout', out, '-').split('\f');
    for (const [i, title] of [
      'The answer',
      'Side by side',
      'Against A. Three-tier web service',
    ].entries()) {
      const page = Number(new RegExp(`${i + 1}\\. ${title}[ .]*(\\d+)`).exec(pages[0]!)![1]);
      expect(pages[page - 1]).toMatch(new RegExp(`^\\s*${title}$`, 'm'));
    }
  });

  it.each([
    [['public/examples/three-tier.json'], 'missing --out'],
    [['--out', join(dir, 'x.pdf')], 'missing FILE'],
    [
      ['public/examples/three-tier.json', '--out', join(dir, 'x.pdf'), '--trials', '10'],
      '--trials needs --horizon',
    ],
    [
      ['public/examples/three-tier.json', '--out', join(dir, 'x.pdf'), '--seed', '3'],
      '--horizon and --seed need --trials',
    ],
    [
      ['public/examples/three-tier.json', '--out', join(dir, 'x.pdf'), '--t', '-1'],
      '--t -1: must be ≥ 0',
    ],
    [['public/examples/nope.json', '--out', join(dir, 'x.pdf')], 'no such file'],
    [
      [...Array<string>(5).fill('public/examples/three-tier.json'), '--out', join(dir, 'x.pdf')],
      'a comparison holds at most 4 designs (got 5)',
    ],
    [
      [
        'public/examples/three-tier.json',
        'public/examples/two-site.json',
        '--out',
        join(dir, 'x.pdf'),
        '--trials',
        '9',
        '--horizon',
        '9',
      ],
      '--trials and --t are for the report of one design',
    ],
  ])('refuses %j with exit 2: %s', async (args, message) => {
    const { code, stdout, stderr } = await run(['report', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});
