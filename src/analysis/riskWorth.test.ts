import { describe, expect, it } from 'vitest';
import type { BlockResult } from './result.ts';
import { analyzeDesign } from './analyze.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
} from '../testing/designFiles.ts';

const SERIES = ['in>a', 'a>b', 'b>out'];
const PARALLEL = ['in>a', 'in>b', 'a>out', 'b>out'];

function analyzePair(edges: string[], mttrA?: number, mttrB?: number) {
  return analyzeDesign(
    toDesign(
      createDesignJson(
        [exponential('u', 1000, mttrA), exponential('v', 3000, mttrB)],
        [block('a', 'u'), block('b', 'v')],
        edges,
      ),
    ),
  );
}

const byId = (blocks: readonly BlockResult[], id: string): BlockResult =>
  blocks.find((b) => b.id === id)!;

describe('blocks[] risk importance', () => {
  it('gives a series pair RAW = 1/U, RRW = U/U_other and FV = Uᵢ·A_other/U', () => {
    const r = analyzePair(SERIES, 2, 10);
    const a = byId(r.blocks, 'a');
    const b = byId(r.blocks, 'b');
    const u = r.steadyState.unavailability!;
    expect(relativeError(a.raw!, 1 / u)).toBeLessThan(1e-14);
    expect(relativeError(a.rrw!, u / b.unavailability!)).toBeLessThan(1e-14);
    expect(relativeError(b.rrw!, u / a.unavailability!)).toBeLessThan(1e-14);
    expect(relativeError(a.fussellVesely!, (a.unavailability! * b.availability!) / u)).toBeLessThan(
      1e-14,
    );
    expect(a.kind).toBe('block');
  });

  it('gives a parallel pair RAW = 1/Uᵢ, RRW null (U with i perfect is 0) and FV = 1', () => {
    const r = analyzePair(PARALLEL, 2, 10);
    for (const id of ['a', 'b']) {
      const x = byId(r.blocks, id);
      expect(relativeError(x.raw!, 1 / x.unavailability!)).toBeLessThan(1e-14);
      expect(x.rrw).toBeNull();
      expect(x.fussellVesely).toBeCloseTo(1, 14);
    }
  });

  it('takes them on unreliability at the mission time when nothing is repairable', () => {
    const r = analyzePair(SERIES);
    expect(r.importanceBasis).toBe('mission');
    const a = byId(r.blocks, 'a');
    const b = byId(r.blocks, 'b');
    const f = r.points[0]!.unreliability!;
    expect(relativeError(a.raw!, 1 / f)).toBeLessThan(1e-14);
    expect(relativeError(a.rrw!, f / b.unreliability!)).toBeLessThan(1e-14);
  });

  it('keeps 1e-12 figures exact: a parallel pair of U = 1e-6 units', () => {
    // U = MTTR/(MTBF + MTTR) = 1e-6 with MTTR 1.
    const design = toDesign(
      createDesignJson(
        [exponential('u', 1e6 - 1, 1)],
        [block('a', 'u'), block('b', 'u')],
        PARALLEL,
      ),
    );
    const r = analyzeDesign(design);
    expect(relativeError(r.steadyState.unavailability!, 1e-12)).toBeLessThan(1e-9);
    const a = byId(r.blocks, 'a');
    expect(relativeError(a.raw!, 1e6)).toBeLessThan(1e-9);
    expect(a.fussellVesely).toBeCloseTo(1, 14);
  });

  it('keeps RRW exact when one block explains nearly every failure (no U − Uᵢ·Iᵢ)', () => {
    // S (U = 1e-6) in series with a parallel pair of U = 1e-6 units: U(S perfect) = 1e-12.
    const design = toDesign(
      createDesignJson(
        [exponential('u', 1e6 - 1, 1)],
        [block('s', 'u'), block('a', 'u'), block('b', 'u')],
        ['in>s', 's>a', 's>b', 'a>out', 'b>out'],
      ),
    );
    const r = analyzeDesign(design);
    const s = byId(r.blocks, 's');
    const a = byId(r.blocks, 'a');
    const b = byId(r.blocks, 'b');
    const u = r.steadyState.unavailability!;
    const perfect = a.unavailability! * b.unavailability!;
    expect(relativeError(u, s.unavailability! + s.availability! * perfect)).toBeLessThan(1e-14);
    expect(relativeError(s.rrw!, u / perfect)).toBeLessThan(1e-12);
    // With S failed for good the system is down: RAW = 1/U.
    expect(relativeError(s.raw!, 1 / u)).toBeLessThan(1e-14);
    // With a failed, the system is down when S or b is: U(a failed) = U_S + A_S·U_b.
    const aFailed = s.unavailability! + s.availability! * b.unavailability!;
    expect(relativeError(a.raw!, aFailed / u)).toBeLessThan(1e-12);
  });

  it('is null when the system never fails', () => {
    const never = { id: 'n', name: 'n', failure: { distribution: 'fixed', reliability: 1 } };
    const r = analyzeDesign(
      toDesign(createDesignJson([never], [block('a', 'n')], ['in>a', 'a>out'])),
    );
    expect(r.blocks[0]).toMatchObject({ raw: null, rrw: null, fussellVesely: null });
  });
});

describe('cost', () => {
  const priced = (id: string, cost: number) => ({ ...exponential(id, 1000, 1), cost });

  it('sums the price of every unit of every block', () => {
    const r = analyzeDesign(
      toDesign(
        createDesignJson(
          [priced('u', 100), priced('v', 7)],
          [block('a', 'u', { quantity: 3, required: 2 }), block('b', 'v')],
          SERIES,
        ),
      ),
    );
    expect(r.cost).toBe(307);
    expect(byId(r.blocks, 'a').cost).toBe(300);
  });

  it('adds nothing for a repeat (the same physical unit)', () => {
    const r = analyzeDesign(
      toDesign(
        createDesignJson(
          [priced('u', 100)],
          [block('a', 'u'), block('a2', 'u', { repeatOf: 'a' }), block('b', 'u')],
          ['in>a', 'a>b', 'in>a2', 'a2>b', 'b>out'],
        ),
      ),
    );
    expect(r.cost).toBe(200);
  });

  it('counts every copy of a subsystem', () => {
    const site = {
      nodes: [
        { id: 's', kind: 'start' },
        { id: 'x', kind: 'block', component: 'u', quantity: 2 },
        { id: 'e', kind: 'end' },
      ],
      edges: [
        { from: 's', to: 'x' },
        { from: 'x', to: 'e' },
      ],
    };
    const r = analyzeDesign(
      toDesign(
        createDesignJson(
          [priced('u', 50)],
          [
            { id: 'site1', kind: 'subsystem', subsystem: 'site' },
            { id: 'site2', kind: 'subsystem', subsystem: 'site' },
          ],
          ['in>site1', 'in>site2', 'site1>out', 'site2>out'],
          { subsystems: { site } },
        ),
      ),
    );
    expect(r.cost).toBe(200);
  });

  it('is null when no component has a cost, and counts the priced ones otherwise', () => {
    expect(analyzePair(SERIES, 1, 1).cost).toBeNull();
    const r = analyzeDesign(
      toDesign(
        createDesignJson(
          [priced('u', 0), exponential('v', 10, 1)],
          [block('a', 'u'), block('b', 'v')],
          SERIES,
        ),
      ),
    );
    expect(r.cost).toBe(0);
  });
});
