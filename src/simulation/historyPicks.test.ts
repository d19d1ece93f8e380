import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryPicks, SAMPLE_KEPT, WORST_KEPT } from './historyPicks.ts';

interface Row {
  readonly downtime: number;
  readonly firstFailure: number;
  readonly switchFailures: number;
}

function record(rows: readonly Row[], from = 0, to = rows.length): HistoryPicks {
  const picks = new HistoryPicks();
  for (let h = from; h < to; h++) {
    const r = rows[h]!;
    picks.add(h, r.downtime, r.firstFailure, r.switchFailures);
  }
  return picks;
}

function roundTrip(picks: HistoryPicks): HistoryPicks {
  const data = new Float64Array(HistoryPicks.serializedLength() + 3);
  const end = picks.serialize(data, 3);
  expect(end).toBe(3 + HistoryPicks.serializedLength());
  return HistoryPicks.deserialize(data, 3).picks;
}

const rowArbitrary = fc.record({
  downtime: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
  firstFailure: fc.oneof(fc.constant(Infinity), fc.double({ min: 0, max: 100, noNaN: true })),
  switchFailures: fc.constantFrom(0, 0, 0, 1, 2),
});

describe('HistoryPicks', () => {
  it('picks the same histories however the run is split and merged (seed 11)', () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 1500 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (rows, cuts) => {
          const whole = record(rows);
          const bounds = [
            0,
            ...cuts.map((c) => Math.floor(c * rows.length)).sort((a, b) => a - b),
            rows.length,
          ];
          const parts = bounds.slice(1).map((end, i) => roundTrip(record(rows, bounds[i], end)));
          const merged = new HistoryPicks();
          for (const part of parts.reverse()) merged.merge(part);
          for (const kind of [
            'typical',
            'bad',
            'worst',
            'first-failure',
            'switch-failure',
          ] as const) {
            expect(merged.pick(kind)).toEqual(whole.pick(kind));
          }
          expect(merged.getWorst()).toEqual(whole.getWorst());
          expect(merged.switchFailureHistories).toBe(whole.switchFailureHistories);
        },
      ),
      { seed: 11, numRuns: 60 },
    );
  });

  it('finds the worst, the earliest first failure and the first switch failure exactly', () => {
    const rows: Row[] = Array.from({ length: 5000 }, (_, h) => ({
      downtime: (h * 7919) % 1000,
      firstFailure: h === 4321 ? 0.5 : h % 3 === 0 ? 50 + (h % 17) : Infinity,
      switchFailures: h === 777 || h === 2000 ? 1 : 0,
    }));
    const picks = record(rows);
    const byDowntime = rows
      .map((r, h) => ({ history: h, downtime: r.downtime }))
      .sort((a, b) => b.downtime - a.downtime || a.history - b.history);
    expect(picks.getWorst()).toEqual(byDowntime.slice(0, WORST_KEPT));
    expect(picks.pick('first-failure')?.history).toBe(4321);
    expect(picks.pick('switch-failure')?.history).toBe(777);
    expect(picks.switchFailureHistories).toBe(2);
  });

  it('has a sample whose quantiles are close to the run’s', () => {
    const rows: Row[] = Array.from({ length: 20_000 }, (_, h) => ({
      downtime: h % 100,
      firstFailure: Infinity,
      switchFailures: 0,
    }));
    const picks = record(rows);
    // 512 of 20,000 values uniform on 0..99: the sample median is within a few units of 49.5.
    expect(Math.abs(picks.getQuantile(0.5)!.downtime - 49.5)).toBeLessThan(8);
    expect(Math.abs(picks.getQuantile(0.95)!.downtime - 94.5)).toBeLessThan(5);
    expect(SAMPLE_KEPT).toBe(512);
  });

  it('picks nothing of a kind the run does not have', () => {
    const picks = record([{ downtime: 0, firstFailure: Infinity, switchFailures: 0 }]);
    expect(picks.pick('first-failure')).toBeNull();
    expect(picks.pick('switch-failure')).toBeNull();
    expect(picks.pick('typical')).toEqual({ history: 0, downtime: 0, kind: 'typical' });
  });
});
