/**
 * Failure effects: the design with units held failed, against closed forms (1-of-2, series,
 * k-of-n with units held) and against brute-force enumeration of the block states on random
 * designs (seeded fast-check; the structure function gate by gate, not the decision diagram).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import { createFlatStructure } from '../model/structure.ts';
import { enumerateStates, sumFailedStates } from '../testing/bruteForce.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
} from '../testing/designFiles.ts';
import { randomDesignArbitrary } from '../testing/randomDesigns.ts';
import { computeKOfNPair } from '../math/kOfN.ts';
import { getMeanLife, getMeanRepair } from '../laws/figures.ts';
import { computeBlockSteadyState, getBlockMethod } from './blockModel.ts';
import type { ConditionResult, ForcedCondition } from './forcedCondition.ts';
import { MAX_ENUMERATED_DOWN, createConditionAnalyzer } from './forcedCondition.ts';

const SEED = 20_261_202;
const UNIT = 100 / 110; // MTBF 100, MTTR 10

function evaluateOk(design: Design, unitsDown: ForcedCondition['unitsDown']): ConditionResult {
  const r = createConditionAnalyzer().evaluate(design, { unitsDown });
  if (!r.ok) throw new Error(r.error.map((i) => i.message).join('; '));
  return r.value;
}

const parallel = toDesign(
  createDesignJson(
    [exponential('c', 100, 10)],
    [block('a', 'c'), block('b', 'c')],
    ['in>a', 'in>b', 'a>out', 'b>out'],
  ),
);
const series = toDesign(
  createDesignJson(
    [exponential('c', 100, 10)],
    [block('a', 'c'), block('b', 'c')],
    ['in>a', 'a>b', 'b>out'],
  ),
);
const twoOfThree = toDesign(
  createDesignJson(
    [exponential('c', 100, 10)],
    [block('k', 'c', { quantity: 3, required: 2 })],
    ['in>k', 'k>out'],
  ),
);

describe('createConditionAnalyzer', () => {
  it('1-of-2 with one block held down has the availability of one unit', () => {
    const r = evaluateOk(parallel, { a: 1 });
    expect(r.systemUp).toBe(true);
    expect(relativeError(r.availability!, UNIT)).toBeLessThan(1e-14);
    expect(relativeError(r.unavailability!, 1 - UNIT)).toBeLessThan(1e-13);
    expect(relativeError(r.baseUnavailability!, (1 - UNIT) ** 2)).toBeLessThan(1e-12);
    expect(r.cutSets).toEqual([]);
    expect(new Set(r.liveNodes)).toEqual(new Set(['in', 'b', 'out']));
  });

  it('1-of-2 with both held down is down, for the cut set of both', () => {
    const r = evaluateOk(parallel, { a: 1, b: 1 });
    expect(r.systemUp).toBe(false);
    expect(r.availability).toBe(0);
    expect(r.unavailability).toBe(1);
    expect(r.cutSets).toEqual([['a', 'b']]);
    expect(r.liveNodes).toEqual([]);
  });

  it('series with one block held down has availability 0 and that block as its cut set', () => {
    const r = evaluateOk(series, { b: 1 });
    expect(r.systemUp).toBe(false);
    expect(r.availability).toBe(0);
    expect(r.cutSets).toEqual([['b']]);
    expect(relativeError(r.baseAvailability!, UNIT ** 2)).toBeLessThan(1e-14);
  });

  it('nothing held gives the design its own availability', () => {
    const r = evaluateOk(series, {});
    expect(r.availability).toBe(r.baseAvailability);
    expect(r.systemUp).toBe(true);
    expect(new Set(r.liveNodes)).toEqual(new Set(['in', 'a', 'b', 'out']));
  });

  it('2-of-3 with one unit held failed is 2-of-2; with two it is down', () => {
    const one = evaluateOk(twoOfThree, { k: 1 });
    expect(one.blocks[0]).toMatchObject({ unitsDown: 1, down: false });
    expect(one.systemUp).toBe(true);
    expect(relativeError(one.availability!, UNIT ** 2)).toBeLessThan(1e-14);
    const base = 3 * UNIT ** 2 * (1 - UNIT) + UNIT ** 3;
    expect(relativeError(one.baseAvailability!, base)).toBeLessThan(1e-14);
    const two = evaluateOk(twoOfThree, { k: 2 });
    expect(two.blocks[0]).toMatchObject({ unitsDown: 2, down: true });
    expect(two.systemUp).toBe(false);
    expect(two.availability).toBe(0);
    expect(two.cutSets).toEqual([['k']]);
  });

  it('lists every minimal cut set among the blocks held down, and only minimal ones', () => {
    // (a ∥ b) then (c ∥ d): holding a, b, c down has the one cut set {a, b}.
    const design = toDesign(
      createDesignJson(
        [exponential('x', 100, 10)],
        [block('a', 'x'), block('b', 'x'), block('c', 'x'), block('d', 'x')],
        ['in>a', 'in>b', 'a>c', 'a>d', 'b>c', 'b>d', 'c>out', 'd>out'],
      ),
    );
    expect(evaluateOk(design, { a: 1, b: 1, c: 1 }).cutSets).toEqual([['a', 'b']]);
    const all = evaluateOk(design, { a: 1, b: 1, c: 1, d: 1 });
    expect(all.cutSets).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(all.cutSetsComplete).toBe(true);
  });

  it(`gives one minimal cut set when more than ${MAX_ENUMERATED_DOWN} blocks are held down`, () => {
    const ids = Array.from({ length: MAX_ENUMERATED_DOWN + 2 }, (_, i) => `p${i}`);
    const design = toDesign(
      createDesignJson(
        [exponential('x', 100, 10)],
        ids.map((id) => block(id, 'x')),
        ids.flatMap((id) => [`in>${id}`, `${id}>out`]),
      ),
    );
    const r = evaluateOk(design, Object.fromEntries(ids.map((id) => [id, 1])));
    expect(r.systemUp).toBe(false);
    expect(r.cutSetsComplete).toBe(false);
    expect(r.cutSets).toEqual([ids]);
  });

  it('refuses a condition naming an unknown block or a bad unit count, by name', () => {
    const analyzer = createConditionAnalyzer();
    expect(analyzer.evaluate(parallel, { unitsDown: { zz: 1 } })).toMatchObject({
      ok: false,
      error: [{ path: 'condition.zz', message: 'no block zz' }],
    });
    expect(analyzer.evaluate(twoOfThree, { unitsDown: { k: 1.5 } })).toMatchObject({
      ok: false,
      error: [{ message: 'units held failed of k: 1.5 (must be a whole number from 0 to 3)' }],
    });
    expect(analyzer.evaluate(twoOfThree, { unitsDown: { k: 4 } }).ok).toBe(false);
  });

  it(`equals brute-force enumeration of block states on random designs (seed ${SEED})`, () => {
    let withPartial = 0;
    fc.assert(
      fc.property(
        randomDesignArbitrary,
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
        (design, draws) => {
          const flat = createFlatStructure(design);
          // Hold a block down whole, or (active blocks) some of its units, or nothing.
          const unitsDown: Record<string, number> = {};
          let partial = 0;
          flat.blocks.forEach((b, i) => {
            const d = draws[i % draws.length]!;
            if (d < 2) unitsDown[b.id] = b.quantity;
            else if (d < 7 && b.redundancy.kind === 'active' && b.quantity > b.required) {
              // 1 to n − k units: degraded, still up.
              unitsDown[b.id] = 1 + (d % (b.quantity - b.required));
              partial++;
            }
          });
          const r = evaluateOk(design, unitsDown);
          const work: number[] = [];
          const fail: number[] = [];
          const upState = new Uint8Array(flat.blocks.length);
          let exact = true;
          flat.blocks.forEach((b, i) => {
            const m = unitsDown[b.id] ?? 0;
            const left = b.quantity - m;
            upState[i] = left >= b.required ? 1 : 0;
            if (left < b.required) {
              work.push(0);
              fail.push(1);
            } else if (m > 0) {
              // Closed form: k of the n − m remaining independent units, each up MTTF/(MTTF+MTTR).
              const { failure, repair } = b.component;
              const mttf = getMeanLife(failure);
              const mttr = repair === null ? Infinity : getMeanRepair(repair);
              const unit =
                repair === null
                  ? { work: 0, fail: 1 }
                  : { work: mttf / (mttf + mttr), fail: mttr / (mttf + mttr) };
              const pair = computeKOfNPair(left, b.required, unit);
              work.push(pair.work);
              fail.push(pair.fail);
            } else {
              const s = computeBlockSteadyState(b, getBlockMethod(b));
              if (!s.ok) exact = false;
              work.push(s.ok ? s.value.work : NaN);
              fail.push(s.ok ? s.value.fail : NaN);
            }
          });
          const states = enumerateStates(flat);
          let mask = 0;
          upState.forEach((u, i) => (mask |= u << i));
          expect(r.systemUp).toBe(states[mask] === 1);
          // The cut sets: exactly the minimal subsets of the blocks held down that fail the system
          // with every other block working (by brute force: a subset is minimal when dropping
          // any one member leaves the system working, as in any coherent structure).
          const all = (1 << flat.blocks.length) - 1;
          const downIdx = flat.blocks.flatMap((_, i) => (upState[i] === 0 ? [i] : []));
          const fails = (sub: number[]) => states[sub.reduce((m, b) => m & ~(1 << b), all)] === 0;
          const expected: string[][] = [];
          for (let pick = 1; pick < 1 << downIdx.length; pick++) {
            const sub = downIdx.filter((_, j) => ((pick >> j) & 1) === 1);
            if (fails(sub) && sub.every((_, j) => !fails(sub.filter((__, k) => k !== j)))) {
              expected.push(sub.map((b) => flat.blocks[b]!.id));
            }
          }
          const key = (sets: readonly (readonly string[])[]) => sets.map((c) => c.join('+')).sort();
          expect(key(r.cutSets)).toEqual(key(expected));
          expect(r.availability === null).toBe(!exact);
          expect(r.reason === null).toBe(exact);
          if (!exact) return;
          const q = sumFailedStates(states, work, fail);
          expect(Math.abs(r.unavailability! - q)).toBeLessThanOrEqual(
            1e-12 * Math.max(q, 1e-300) + 1e-300,
          );
          expect(Math.abs(r.availability! - (1 - q))).toBeLessThanOrEqual(1e-12);
          expect(r.cutSets.length > 0).toBe(!r.systemUp);
          if (partial > 0) withPartial++;
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    // The runs did hold some k-of-n blocks partly failed (the closed form was exercised).
    expect(withPartial).toBeGreaterThan(20);
  });
});
