import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { evaluateTargets } from '../analysis/targets.ts';
import { HOURS_PER_UNIT } from '../model/types.ts';
import { loadExample } from '../testing/examples.ts';
import { createSimulationPool } from '../worker/simulationPool.ts';
import { createInThreadPort } from '../worker/inThreadPort.ts';
import type { DesignReview, ReviewInput, ReviewSection } from './review.ts';
import { createDesignReview, getReviewCurveTimes } from './review.ts';
import { renderReviewText } from './reviewText.ts';
import { computeSensitivity } from './sensitivity.ts';

const EXAMPLES = readdirSync('public/examples').filter((f) => f !== 'index.json');
const DATE = new Date('2026-12-02T10:00:00Z');

function build(
  file: string,
  extra: Partial<ReviewInput> = {},
): ReviewInput & { review: DesignReview } {
  const { design, warnings } = loadExample(file);
  const result = analyzeDesign(design);
  const curves = analyzeDesign(design, {
    times: getReviewCurveTimes(design.missionTime, 7),
    skipMttf: true,
    skipMeanAvailability: true,
  }).points;
  const json: unknown = JSON.parse(readFileSync(`public/examples/${file}`, 'utf8'));
  const input: ReviewInput = {
    design,
    result,
    curves,
    file: json,
    designWarnings: warnings,
    date: DATE,
    fileName: file,
    ...extra,
  };
  return { ...input, review: createDesignReview(input) };
}

function section<K extends ReviewSection['kind']>(
  review: DesignReview,
  kind: K,
): Extract<ReviewSection, { kind: K }> {
  const found = review.sections.find(
    (s): s is Extract<ReviewSection, { kind: K }> => s.kind === kind,
  );
  if (found === undefined) throw new Error(`no ${kind} section`);
  return found;
}

describe('createDesignReview', () => {
  it.each(EXAMPLES)('states the engine figures of %s unchanged, each with its method', (file) => {
    const { review, result, design } = build(file);
    const rows = section(review, 'results').rows;
    const value = (id: string): number | null | undefined => rows.find((r) => r.id === id)?.value;
    const s = result.steadyState;
    expect(value('availability')).toBe(s.availability);
    expect(value('unavailability')).toBe(s.unavailability);
    expect(value('downtime')).toBe(s.downtimePerYear);
    expect(value('mtbf')).toBe(s.mtbf);
    expect(value('mdt')).toBe(s.mdt);
    expect(value('mttf')).toBe(result.mttf);
    expect(value('reliability')).toBe(result.points[0]!.reliability);
    for (const row of rows) {
      expect(row.method).not.toBe('simulated');
      expect(row.method === 'not computable' ? row.value : null).toBeNull();
      expect(row.method === 'exact' ? row.methodText : 'exact').toBe('exact');
    }
    const answer = section(review, 'answer');
    expect(answer.downtimeMinutesPerYear).toBe(
      s.downtimePerYear === null ? null : s.downtimePerYear * 60,
    );
    expect(review.title).toBe(design.name);
    expect(review.date).toBe('2026-12-02');
  });

  it.each(EXAMPLES)(
    'lists every component of %s with its source, and the curves at their times',
    (file) => {
      const { review, design, curves } = build(file);
      const components = section(review, 'components').rows;
      expect(components.map((c) => c.id)).toEqual(design.components.map((c) => c.id));
      const series = section(review, 'curves').series;
      expect(series.t).toEqual(curves!.map((p) => p.t));
      expect(series.reliability).toEqual(curves!.map((p) => p.reliability));
      expect(series.availability).toEqual(curves!.map((p) => p.availability));
    },
  );

  it('puts the sections in reading order, shared fate only when the design has zones', () => {
    const plain = build('three-tier.json').review.sections.map((s) => s.id);
    expect(plain).toEqual([
      'answer',
      'diagram',
      'results',
      'curves',
      'ranking',
      'cutSets',
      'assumptions',
      'components',
      'reproduce',
    ]);
    const withSensitivity = build('three-tier.json', {
      sensitivity: computeSensitivity(loadExample('three-tier.json').design),
    }).review.sections.map((s) => s.id);
    expect(withSensitivity.indexOf('sensitivity')).toBe(withSensitivity.indexOf('assumptions') - 1);
    const zoned = build('three-tier-two-zones.json').review;
    const fate = section(zoned, 'sharedFate');
    expect(fate.rows.length).toBeGreaterThan(0);
    expect(fate.rows.every((r) => r.kind === 'zone' && r.members.length > 0)).toBe(true);
    const pool = section(build('pool-common-cause.json').review, 'sharedFate');
    expect(pool.rows[0]).toMatchObject({ kind: 'commonCause', members: ['pool'] });
    expect(pool.rows[0]!.detail).toContain('β = 0.05');
  });

  it('writes λ and μ of exponential laws and takes the source from the file', () => {
    const { review } = build('pool-common-cause.json');
    const [server] = section(review, 'components').rows;
    expect(server!.failure).toBe('exponential, MTBF 10,000 hours, λ = 1.000e-4 per hour');
    expect(server!.repair).toBe('exponential, MTTR 8 hours, μ = 0.125 per hour');
    expect(server!.source).toContain('typical figure for a commodity server');
    const bare = section(build('three-tier.json', { file: undefined }).review, 'components');
    expect(bare.rows.every((r) => r.source.includes('indicative assumption'))).toBe(true);
  });

  it('answers first: met, missed, or no target, with the engine verdict', () => {
    const { design, result } = build('three-tier.json');
    const a = result.steadyState.availability!;
    const none = section(build('three-tier.json').review, 'answer');
    expect(none.verdict).toBe('none');
    expect(none.headline).toMatch(
      /^The design sets no target: availability 99\.\d+% \(\d\.\d\d nines\), [\d.]+ minutes of downtime a year\.$/,
    );
    const cases = [
      { targets: { availability: a - 1e-6 }, verdict: 'met' },
      {
        targets: { availability: Math.min(1 - 1e-12, a + 1e-6), reliability: 0.01 },
        verdict: 'missed',
      },
    ] as const;
    for (const { targets, verdict } of cases) {
      const withTargets = { ...design, targets };
      const answer = section(build('three-tier.json', { design: withTargets }).review, 'answer');
      expect(answer.verdict).toBe(verdict);
      const outcomes = evaluateTargets(targets, result);
      expect(answer.targets.map((t) => t.outcome)).toEqual(outcomes);
    }
  });

  it('adds the simulated figures with their intervals and the seed to reproduce them', async () => {
    const { design } = loadExample('three-tier.json');
    const file: unknown = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8'));
    const pool = createSimulationPool(createInThreadPort, 1);
    const run = await pool.run(file, { trials: 200, horizon: 8766, seed: 7, repair: true }).promise;
    pool.dispose();
    if (!run.ok) throw new Error('simulation failed');
    const sim = run.value;
    const { review } = build('three-tier.json', { simulation: sim });
    const rows = section(review, 'results').rows;
    const avail = rows.find((r) => r.id === 'sim.availability')!;
    expect(avail.value).toBe(sim.availability.mean);
    expect(avail.method).toBe('simulated');
    expect(avail.methodText).toMatch(/^simulated, 95% interval /);
    const p90 = rows.find((r) => r.id === 'sim.downtime.p90')!;
    expect(p90.value).toBe(sim.downtime.p90);
    const minutes = sim.downtime.p90 * HOURS_PER_UNIT[design.timeUnit] * 60;
    expect(Number(p90.altText.replace(/[, min]/g, ''))).toBeCloseTo(
      minutes,
      -Math.floor(Math.log10(minutes)) + 2,
    );
    const histogram = section(review, 'curves').histogram!;
    expect(histogram.counts.reduce((x, y) => x + y, 0) + histogram.zeroCount).toBe(sim.trials);
    expect(section(review, 'reproduce').commands).toContain(
      'rbd simulate three-tier.json --trials 200 --horizon 8766 --seed 7 --json',
    );
  });

  it('renders to text with the same titles and figure texts', () => {
    const { review } = build('three-tier.json');
    const text = renderReviewText(review);
    for (const s of review.sections) expect(text).toContain(`${s.title}:`);
    for (const r of section(review, 'results').rows)
      expect(text).toContain(`${r.label}: ${r.text}`);
    expect(text).toContain('μ = ');
  });
});

describe('the diagram section', () => {
  it('draws every node at its stored position, flags the single points of failure', () => {
    const { review, design, result, file } = build('three-tier.json');
    const figure = section(review, 'diagram').figure!;
    expect(figure.boxes.map((b) => b.id)).toEqual(design.diagram.nodes.map((n) => n.id));
    const spof = result.blocks.filter((b) => b.singlePointOfFailure).map((b) => b.id);
    expect(figure.boxes.filter((b) => b.singlePoint).map((b) => b.id)).toEqual(spof);
    const stored = (file as { diagram: { ui: { positions: Record<string, { x: number }> } } })
      .diagram.ui.positions;
    expect(figure.boxes.find((b) => b.id === 'db')!.x).toBe(stored.db!.x - stored.in!.x);
    expect(figure.edges).toHaveLength(design.diagram.edges.length);
    const apps = figure.boxes.find((b) => b.id === 'apps')!;
    expect(apps.title).toBe('App server');
    expect(apps.lines).toContain('3 of 4');
  });

  it('lays nodes out by longest path when the file stores no positions', () => {
    const figure = section(build('three-tier.json', { file: undefined }).review, 'diagram').figure!;
    const x = (id: string) => figure.boxes.find((b) => b.id === id)!.x;
    expect(x('in')).toBeLessThan(x('lb1'));
    expect(x('lb1')).toBe(x('lb2'));
    expect(x('lb1')).toBeLessThan(x('apps'));
    expect(x('db')).toBeLessThan(x('out'));
  });
});

describe('getReviewCurveTimes', () => {
  it('spans 0 to three mission times evenly', () => {
    expect(getReviewCurveTimes(100, 3)).toEqual([0, 150, 300]);
    expect(getReviewCurveTimes(8760)).toHaveLength(61);
  });
});
