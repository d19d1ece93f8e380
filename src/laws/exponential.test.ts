import { describe, expect, it } from 'vitest';
import {
  checkExactAgainstSimulation,
  checkInverse,
  checkMissionPaths,
  checkRoundTrip,
  checkSampler,
  checkSurvivalPair,
} from '../testing/lawChecks.ts';
import type { ExponentialFailure } from './exponential.ts';
import { getFailureRate, getRepairRate } from './figures.ts';
import { getFailureForm, summarizeFailure, summarizeRepair, switchFailureLaw } from './files.ts';

const law = (rate: number): ExponentialFailure => ({ kind: 'exponential', rate });

describe('exponential laws', () => {
  it('expose their constant rates (what the exact chains and inline draws key on)', () => {
    expect(getFailureRate(law(1e-4))).toBe(1e-4);
    expect(getRepairRate({ kind: 'exponential', mttr: 4 })).toBe(0.25);
    expect(checkSurvivalPair(law(1e-4), [1e-9, 1e9])).toEqual([]);
  });

  it('draw lives by inversion that follow R(t) and the mean', () => {
    expect(checkSampler(law(1e-3), 71)).toEqual([]);
    expect(checkInverse(law(1e-3), 72)).toEqual([]);
    expect(checkMissionPaths(law(1 / 2000), 1000, 73)).toEqual([]);
  });

  it('agree with the exact engine on reliability and long-run availability', () => {
    const repair = { kind: 'exponential', mttr: 20 } as const;
    expect(checkExactAgainstSimulation(law(1 / 1500), repair, 1000, 74)).toEqual([]);
  });

  it('are written back as a rate and an mttr', () => {
    expect(checkRoundTrip(law(2e-5), { kind: 'exponential', mttr: 0.5 })).toEqual([]);
    expect(checkRoundTrip(law(0))).toEqual(['component "u" has failure rate 0: it never fails']);
  });

  it('are entered by MTBF or by rate, switching between the two by 1/x', () => {
    expect(getFailureForm({ distribution: 'exponential', rate: 1e-4 })?.id).toBe('rate');
    expect(switchFailureLaw({ distribution: 'exponential', mtbf: '5 years' }, 'rate')).toEqual({
      distribution: 'exponential',
      rate: '1/(5 years)',
    });
    expect(switchFailureLaw({ distribution: 'exponential', rate: 1e-4 }, 'mtbf')).toEqual({
      distribution: 'exponential',
      mtbf: 10000,
    });
    const show = (q: unknown) => `${String(q)} h`;
    expect(summarizeFailure({ distribution: 'exponential', mtbf: 35000 }, show)).toBe(
      'MTBF 35000 h',
    );
    expect(summarizeRepair({ distribution: 'exponential', mttr: 4 }, show)).toBe('MTTR 4 h');
  });
});
