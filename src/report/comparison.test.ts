import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { computeCompareDeltas } from '../analysis/compare.ts';
import { HOURS_PER_UNIT } from '../model/types.ts';
import { loadExample } from '../testing/examples.ts';
import type { ComparedDesign, ComparisonReview, ComparisonSection } from './comparison.ts';
import { createComparisonReview, getDesignTimes } from './comparison.ts';
import { renderComparisonText } from './comparisonText.ts';
import { getReviewCurveTimes } from './review.ts';

const FILES = ['three-tier.json', 'three-tier-one-zone.json', 'three-tier-two-zones.json'];

function compared(file: string, hours: readonly number[]): ComparedDesign {
  const { design, warnings } = loadExample(file);
  return {
    design,
    file: JSON.parse(readFileSync(`public/examples/${file}`, 'utf8')) as unknown,
    result: analyzeDesign(design),
    designWarnings: warnings,
    curves: analyzeDesign(design, { times: getDesignTimes(hours, design), skipMttf: true }).points,
    fileName: file,
  };
}

function section<K extends ComparisonSection['kind']>(
  review: ComparisonReview,
  kind: K,
): Extract<ComparisonSection, { kind: K }> {
  const found = review.sections.find(
    (s): s is Extract<ComparisonSection, { kind: K }> => s.kind === kind,
  );
  if (found === undefined) throw new Error(`no ${kind} section`);
  return found;
}

describe('createComparisonReview', () => {
  const hours = getReviewCurveTimes(8760, 5);
  const designs = FILES.map((f) => compared(f, hours));
  const review = createComparisonReview({ designs, curveHours: hours, date: new Date(0) });

  it('puts each design figures side by side, the engine numbers unchanged', () => {
    const rows = section(review, 'table').rows;
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('availability').values).toEqual(
      designs.map((d) => d.result.steadyState.availability),
    );
    expect(row('nines').values).toEqual(designs.map((d) => d.result.steadyState.nines));
    expect(row('downtime').values).toEqual(
      designs.map((d) => d.result.steadyState.downtimePerYear),
    );
    expect(row('mtbf').values).toEqual(designs.map((d) => d.result.steadyState.mtbf));
    expect(row('mttf').values).toEqual(designs.map((d) => d.result.mttf));
    expect(row('cost').values).toEqual(designs.map((d) => d.result.cost));
    expect(row('reliability').values).toEqual(designs.map((d) => d.result.points[0]!.reliability));
    expect(section(review, 'table').names).toEqual([
      'A. Three-tier web service',
      'B. Three-tier service in one zone',
      'C. Three-tier service over two zones',
    ]);
  });

  it('takes the changes against the first design from computeCompareDeltas', () => {
    const deltas = computeCompareDeltas(designs.map((d) => d.result));
    const rows = section(review, 'deltas').rows;
    expect(rows).toHaveLength(2);
    // Two zones: more nines for less money, so a negative cost per nine.
    expect(deltas[1]!.nines!).toBeGreaterThan(0);
    expect(rows[1]![2]).toBe(`+${deltas[1]!.nines!.toFixed(2)}`);
    expect(rows[1]![5]).toMatch(/^−[\d,.]+$/);
    expect(rows[0]![2]).toBe(`−${Math.abs(deltas[0]!.nines!).toFixed(2)}`);
  });

  it('answers first with the most available design, and orders the sections', () => {
    const answer = section(review, 'answer');
    expect(answer.headline).toMatch(/^Most available: C\. Three-tier service over two zones/);
    expect(answer.headline).toContain('No design sets targets of its own.');
    expect(answer.lines).toHaveLength(3);
    expect(review.sections.map((s) => s.id)).toEqual([
      'answer',
      'table',
      'deltas',
      'curves',
      'drivers',
      'assumptions',
      'components',
      'reproduce',
    ]);
    expect(section(review, 'reproduce').commands[0]).toBe(
      'rbd report three-tier.json three-tier-one-zone.json three-tier-two-zones.json --out report.pdf',
    );
  });

  it('names the cheapest design that meets its targets', () => {
    const strict = designs.map((d) => ({
      ...d,
      design: { ...d.design, targets: { availability: 0.99999 } },
    }));
    const answer = section(
      createComparisonReview({ designs: strict, date: new Date(0) }),
      'answer',
    );
    expect(answer.headline).toContain(
      'Cheapest that meets its targets: C. Three-tier service over two zones (cost 82,000).',
    );
  });

  it('draws every design on one time axis in hours', () => {
    const curves = section(review, 'curves');
    expect(curves.hours).toEqual(hours);
    designs.forEach((d, k) => {
      expect(curves.reliability[k]).toEqual(d.curves!.map((p) => p.reliability));
      expect(d.curves!.map((p) => p.t * HOURS_PER_UNIT[d.design.timeUnit])).toEqual(hours);
    });
  });

  it('renders to text with every section title and every cell', () => {
    const text = renderComparisonText(review);
    for (const s of review.sections) expect(text).toContain(`${s.title}:`);
    for (const r of section(review, 'table').rows)
      for (const t of r.texts) expect(text).toContain(t);
  });
});
