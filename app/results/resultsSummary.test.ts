import { describe, expect, it } from 'vitest';
import { createResultsSummary } from './resultsSummary.ts';
import { analyzeFile, THREE_TIER } from '../test/resultsFixtures.ts';

describe('createResultsSummary', () => {
  const result = analyzeFile(THREE_TIER);

  it('lists every headline figure with its unit', () => {
    const text = createResultsSummary(result, 'current', 'hour');
    expect(text.split('\n')[0]).toBe('Three-tier web service: exact analysis');
    expect(text).toMatch(/^Availability: 99\.99\d*% \(\d\.\d\d nines\)$/m);
    expect(text).toMatch(/^Downtime: .*(min|s|h).* \/ year$/m);
    expect(text).toMatch(/^System MTBF: .+ \([\d,.]+ hours\)$/m);
    expect(text).toMatch(/^Reliability at .+: \d+\.\d+%$/m);
    expect(text).toMatch(/^Cost: [\d,]+$/m);
    expect(text).toContain('Improve first:');
    expect(text).toContain('Minimal cut sets (');
  });

  it('says when the figures are not current', () => {
    expect(createResultsSummary(result, 'stale', 'hour')).toContain('status: stale');
  });
});
