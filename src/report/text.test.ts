import { describe, expect, it } from 'vitest';
import { analyzeExample, loadExample } from '../testing/examples.ts';
import { analyzeDesign } from '../analysis/analyze.ts';
import { createReport } from './report.ts';
import { renderReportText } from './text.ts';

describe('renderReportText', () => {
  const result = analyzeExample('three-tier.json');

  it('lists every headline figure with its unit', () => {
    const text = renderReportText(createReport(result), { rows: 5 });
    expect(text.split('\n')[0]).toBe('Three-tier web service: exact analysis');
    expect(text).toMatch(/^Availability: 99\.99\d*% \(\d\.\d\d nines\)$/m);
    expect(text).toMatch(/^Downtime: .*(min|s|h).* \/ year$/m);
    expect(text).toMatch(/^System MTBF: .+ \([\d.]+ failures \/ year; [\d,.]+ hours\)$/m);
    expect(text).toMatch(/^Reliability at .+: \d+\.\d+% \(unreliability .+\)$/m);
    expect(text).toMatch(/^Mean availability over 365 d: 99\.99\d*% \(.+ down in all\)$/m);
    expect(text).toMatch(/^B10 life: .+ \([\d,.]+ hours\)$/m);
    expect(text).toMatch(/^Cost: [\d,]+$/m);
    expect(text).toContain('Improve first:');
    expect(text).toMatch(/^ {2}1\. db: .+ of downtime, .+ \/ year; if perfect −.+, if down/m);
    expect(text).toContain('Minimal cut sets (');
  });

  it('says first when the figures are not current', () => {
    const text = renderReportText(createReport(result, { notice: 'status: stale' }));
    expect(text.split('\n')[1]).toBe('(status: stale)');
  });

  it('marks a figure that is not exactly computable with the reason', () => {
    const { design } = loadExample('ageing-pump.json');
    const text = renderReportText(createReport(analyzeDesign(design)));
    expect(text).toMatch(/\[.+simulation only.*\]|\[.+not exact.*\]|\[.+see the other warnings\]/);
  });

  it('lists design and engine warnings in one list', () => {
    const report = createReport(result, {
      designWarnings: [
        { severity: 'warning', code: 'unknown-field', path: 'components[0]', message: 'odd' },
      ],
    });
    expect(renderReportText(report)).toContain('Warnings:\n  - components[0]: odd');
  });
});
