import { describe, expect, it } from 'vitest';
import {
  checkExactAgainstSimulation,
  checkInverse,
  checkMissionPaths,
  checkRoundTrip,
  checkSampler,
  checkSurvivalPair,
} from '../testing/lawChecks.ts';
import { getFailureRate, getMeanRepair, getRepairRate } from './figures.ts';
import { getRepairForm, switchRepairLaw } from './files.ts';
import type { LognormalLaw } from './lognormal.ts';

const law = (mean: number, sd: number): LognormalLaw => ({ kind: 'lognormal', mean, sd });

describe('lognormal laws', () => {
  it('have no constant rate, and their mean is the mean given', () => {
    expect(getFailureRate(law(10, 5))).toBeNull();
    expect(getRepairRate(law(10, 5))).toBeNull();
    expect(getMeanRepair(law(10, 5))).toBe(10);
    expect(checkSurvivalPair(law(1000, 600), [1e-3, 1e6])).toEqual([]);
  });

  it('draw lives exp(μ + σZ) that follow R(t) and the mean, by the general mission loops', () => {
    expect(checkSampler(law(1000, 600), 81)).toEqual([]);
    expect(checkInverse(law(1000, 600), 82)).toEqual(['not invertible']);
    expect(checkMissionPaths(law(1500, 900), 1000, 83)).toEqual([]);
  });

  it('agree with the exact engine on reliability and long-run availability', () => {
    expect(checkExactAgainstSimulation(law(1500, 900), law(20, 15), 1000, 84)).toEqual([]);
  });

  it('are written back, and a repair switched to lognormal keeps its mean', () => {
    expect(checkRoundTrip(law(1500, 0), law(3, 1))).toEqual([]);
    expect(getRepairForm({ distribution: 'lognormal', mean: 3, sd: 1 })?.fields[0]?.inputName).toBe(
      'repairMean',
    );
    expect(switchRepairLaw({ distribution: 'fixed', time: '2 h' }, 'lognormal')).toEqual({
      distribution: 'lognormal',
      mean: '2 h',
      sd: '2 h',
    });
  });
});
