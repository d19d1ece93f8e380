import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { createLawDesign, checkRoundTrip } from '../testing/lawChecks.ts';
import { runOk, checkReliability } from '../testing/simulationChecks.ts';
import { getMeanRepair, getStaticReliability } from './figures.ts';
import {
  summarizeFailure,
  summarizeRepair,
  switchFailureLaw,
  switchRepairLaw,
  takesRepair,
} from './files.ts';
import type { FixedFailure } from './fixed.ts';

const law = (reliability: number): FixedFailure => ({ kind: 'fixed', reliability });

describe('fixed laws', () => {
  it('a fixed probability is time-independent and takes no repair', () => {
    expect(getStaticReliability(law(0.9))).toBe(0.9);
    expect(getStaticReliability({ kind: 'exponential', rate: 1 })).toBeNull();
    expect(takesRepair({ distribution: 'fixed', reliability: 0.9 })).toBe(false);
    expect(takesRepair({ distribution: 'weibull', shape: 2, scale: 3 })).toBe(true);
  });

  it('a fixed probability is drawn once per history, as the exact engine assumes', () => {
    const design = createLawDesign(law(0.8), null, 1000);
    const exact = analyzeDesign(design, { skipMttf: true }).points[0]!.reliability!;
    const r = runOk(design, { trials: 40_000, horizon: 1000, seed: 91, repair: false });
    expect(checkReliability(r, exact)).toBe('inside');
  });

  it('a fixed repair time is its own mean', () => {
    expect(getMeanRepair({ kind: 'fixed', time: 4 })).toBe(4);
  });

  it('are written back, summarised, and switched to with defaults', () => {
    expect(checkRoundTrip(law(0.97))).toEqual([]);
    expect(
      checkRoundTrip({ kind: 'weibull', shape: 2, scale: 10 }, { kind: 'fixed', time: 0 }),
    ).toEqual([]);
    const show = (q: unknown) => `${String(q)} h`;
    expect(summarizeFailure({ distribution: 'fixed', reliability: 0.99 }, show)).toBe(
      'works with p = 0.99',
    );
    expect(summarizeRepair({ distribution: 'fixed', time: 2 }, show)).toBe('repair 2 h');
    expect(switchFailureLaw({ distribution: 'exponential', mtbf: 5 }, 'fixed')).toEqual({
      distribution: 'fixed',
      reliability: 0.99,
    });
    // From a law without a mean life: 10000 h.
    expect(switchFailureLaw({ distribution: 'fixed', reliability: 0.5 }, 'mtbf')).toEqual({
      distribution: 'exponential',
      mtbf: '10000 h',
    });
    expect(switchRepairLaw(undefined, 'fixed')).toEqual({ distribution: 'fixed', time: '4 h' });
  });
});
