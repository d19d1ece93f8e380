import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { block, createDesignJson, exponential, toDesign } from '../testing/designFiles.ts';
import { analyzeExample } from '../testing/examples.ts';
import type { ReportFigure } from './figures.ts';
import { createReport, getSection } from './report.ts';

const figure = (figures: readonly ReportFigure[], id: string): ReportFigure =>
  figures.find((f) => f.id === id)!;

describe('createReport', () => {
  const result = analyzeExample('three-tier.json');
  const report = createReport(result);

  it('heads with the dashboard figures, each carrying the exact number', () => {
    expect(report.headline.map((f) => f.id)).toEqual([
      'availability',
      'reliability',
      'meanAvailability',
      'downtime',
      'unavailability',
      'mtbf',
      'mdt',
      'mttf',
      'bLife.b10',
      'cost',
    ]);
    const h = report.headline;
    expect(figure(h, 'availability').value).toBe(result.steadyState.availability);
    expect(figure(h, 'availability').companion?.value).toBe(result.steadyState.nines);
    expect(figure(h, 'meanAvailability').value).toBe(result.points[0]!.meanAvailability);
    expect(figure(h, 'bLife.b10').value).toBe(result.bLife!.b10);
    expect(figure(h, 'downtime')).toMatchObject({
      unit: 'hoursPerYear',
      exactness: { kind: 'exact' },
    });
    expect(figure(h, 'mtbf').altText).toMatch(/ hours$/);
  });

  it('has titled sections: long run, each time, without repair, design, ranking, cut sets', () => {
    expect(report.sections.map((s) => [s.kind, s.title])).toEqual([
      ['figures', 'Long run, with repair'],
      ['figures', 'Starting new, over 365 d (8,760 hours)'],
      ['figures', 'Without repair'],
      ['figures', 'Design'],
      ['ranking', 'Improve first'],
      ['cutSets', 'Minimal cut sets'],
    ]);
  });

  it('gives a section with suffixed ids to each further time', () => {
    const twice = createReport(analyzeExample('three-tier.json', { times: [100, 1000] }));
    const ids = twice.sections.flatMap((s) =>
      s.kind === 'figures' ? s.figures.map((f) => f.id) : [],
    );
    expect(ids).toContain('meanAvailability');
    expect(ids).toContain('meanAvailability.1');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ranks blocks with formatted cells and says how many contribute', () => {
    const ranking = getSection(createReport(result, { rankingSize: 2 }), 'ranking')!;
    expect(ranking.entries).toHaveLength(2);
    expect(ranking.total).toBe(4);
    expect(ranking.entries[0]!.row.id).toBe('db');
    expect(ranking.entries[0]!.text.downtime).toMatch(/ \/ year$/);
    expect(ranking.entries[0]!.text.raw).toMatch(/×$/);
    // db alone fails the system: with it down for good the system is down all year.
    expect(ranking.entries[0]!.text.ifDown).toBe('all year');
    expect(ranking.entries[1]!.text.ifDown).toMatch(/ \/ year$/);
  });

  it('lists cut sets with single points of failure first', () => {
    const cuts = getSection(report, 'cutSets')!;
    expect(cuts.total).toBe(result.minimalCutSetCount);
    expect(cuts.singlePoints).toBe(2);
    expect(cuts.entries[0]!.row.singlePoint).toBe(true);
    expect(cuts.entries[0]!.probabilityText).toMatch(/e-/);
  });

  it('says why a figure is not computable, from the engine', () => {
    const ageing = createReport(analyzeExample('ageing-pump.json'));
    const mean = figure(ageing.headline, 'meanAvailability');
    expect(mean.value).toBeNull();
    expect(mean.exactness).toMatchObject({ kind: 'notComputable' });
    expect(mean.exactness.kind === 'notComputable' && mean.exactness.reason).toMatch(
      /availability/,
    );
  });

  it('states an unbounded MTTF and a B-life never reached as exact facts', () => {
    const never = { id: 'n', name: 'n', failure: { distribution: 'exponential', rate: 0 } };
    const design = toDesign(
      createDesignJson(
        [never, exponential('u', 1000)],
        [block('a', 'n'), block('b', 'u')],
        ['in>a', 'in>b', 'a>out', 'b>out'],
      ),
    );
    const r = createReport(analyzeDesign(design));
    expect(figure(r.headline, 'mttf')).toMatchObject({
      text: 'unbounded',
      exactness: { kind: 'exact' },
    });
    expect(figure(r.headline, 'bLife.b10')).toMatchObject({
      value: null,
      text: 'never',
      exactness: { kind: 'exact' },
    });
  });

  it('merges the design warnings and the engine warnings, the design first', () => {
    const r = createReport(analyzeExample('ageing-pump.json'), {
      designWarnings: [{ severity: 'warning', code: 'unknown-field', path: 'a.b', message: 'odd' }],
    });
    const warnings = getSection(r, 'warnings')!.warnings;
    expect(warnings[0]).toEqual({
      source: 'design',
      code: 'unknown-field',
      path: 'a.b',
      message: 'odd',
    });
    expect(warnings.slice(1).every((w) => w.source === 'analysis')).toBe(true);
  });

  it('leaves out the design section when no component has a cost', () => {
    const design = toDesign(
      createDesignJson([exponential('u', 1000, 1)], [block('a', 'u')], ['in>a', 'a>out']),
    );
    const r = createReport(analyzeDesign(design));
    expect(r.sections.some((s) => s.id === 'design')).toBe(false);
    expect(figure(r.headline, 'cost')).toMatchObject({
      value: null,
      detail: 'no component has a cost',
    });
  });
});
