import { describe, expect, it } from 'vitest';
import type { FailureLaw, RepairLaw } from '../model/types.ts';
import { createFlatStructure } from '../model/structure.ts';
import {
  createComponent,
  createSingleBlockDesign,
  createStandby,
} from '../testing/sampleDesigns.ts';
import {
  computeBlockAvailability,
  computeBlockReliability,
  computeBlockSteadyState,
  getBlockMethod,
} from './blockModel.ts';

/** The one block of a design of `quantity` units of the law, cold standby when asked. */
function blockOf(failure: FailureLaw, repair: RepairLaw | null, standby = false) {
  const component = createComponent('u', failure, repair);
  const design = createSingleBlockDesign(
    component,
    standby ? 2 : 1,
    1,
    standby ? createStandby('cold', 0.95, 0) : { kind: 'active' },
  );
  const block = createFlatStructure(design).blocks[0]!;
  return { block, method: getBlockMethod(block) };
}

describe('getBlockMethod', () => {
  it('keys exact standby chains on a constant rate, whatever the law is called', () => {
    const repair = { kind: 'exponential', mttr: 5 } as const;
    const exponential = blockOf({ kind: 'exponential', rate: 1 / 100 }, repair, true);
    const weibull = blockOf({ kind: 'weibull', shape: 1, scale: 100 }, repair, true);
    const expected = computeBlockReliability(exponential.block, exponential.method, 50);
    expect(expected.ok).toBe(true);
    expect(computeBlockReliability(weibull.block, weibull.method, 50)).toEqual(expected);
    expect(computeBlockSteadyState(weibull.block, weibull.method)).toEqual(
      computeBlockSteadyState(exponential.block, exponential.method),
    );
    const wearing = blockOf({ kind: 'weibull', shape: 1.5, scale: 100 }, repair, true);
    expect(computeBlockReliability(wearing.block, wearing.method, 50).ok).toBe(false);
  });

  it('gives the closed-form A(t) only for constant failure and repair rates', () => {
    const law = { kind: 'weibull', shape: 1, scale: 100 } as const;
    const memoryless = blockOf(law, { kind: 'exponential', mttr: 5 });
    expect(computeBlockAvailability(memoryless.block, memoryless.method, 10).ok).toBe(true);
    const fixedRepair = blockOf(law, { kind: 'fixed', time: 5 });
    expect(computeBlockAvailability(fixedRepair.block, fixedRepair.method, 10).ok).toBe(false);
  });
});

describe('computeBlockSteadyState', () => {
  it('gives a unit that never fails the figures of a perfect unit', () => {
    const never = blockOf({ kind: 'exponential', rate: 0 }, { kind: 'exponential', mttr: 5 });
    expect(computeBlockSteadyState(never.block, never.method)).toEqual({
      ok: true,
      value: { work: 1, fail: 0, frequency: 0 },
    });
  });
});
