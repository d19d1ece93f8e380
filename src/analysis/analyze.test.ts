import { describe, expect, it } from 'vitest';
import { analyzeDesign, createAnalyzer } from './analyze.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
} from '../testing/designFiles.ts';

const LAMBDA = 1e-4;
const MTBF = 1 / LAMBDA;
const MTTR = 10;
const MU = 1 / MTTR;

function single(mttr?: number) {
  return toDesign(
    createDesignJson([exponential('u', MTBF, mttr)], [block('a', 'u')], ['in>a', 'a>out']),
  );
}

function parallel(n: number, mttr?: number, comp = exponential('u', MTBF, mttr)) {
  const nodes = Array.from({ length: n }, (_, i) => block(`p${i}`, 'u'));
  const edges = nodes.flatMap((b) => [`in>${String(b.id)}`, `${String(b.id)}>out`]);
  return toDesign(createDesignJson([comp], nodes, edges));
}

describe('analyzeDesign on one exponential unit', () => {
  it('gives R(t) = e^(−λt) with the unreliability computed directly', () => {
    const r = analyzeDesign(single(MTTR), { times: [0, 1, 1000, 1e-9] });
    for (const p of r.points) {
      expect(relativeError(p.reliability!, Math.exp(-LAMBDA * p.t))).toBeLessThan(1e-14);
      expect(Math.abs(p.unreliability! - -Math.expm1(-LAMBDA * p.t))).toBeLessThanOrEqual(
        1e-14 * -Math.expm1(-LAMBDA * p.t),
      );
    }
    expect(r.points[3]!.unreliability).toBeCloseTo(1e-13, 25);
  });

  it('gives A(t) = μ/(λ+μ) + λ/(λ+μ)·e^(−(λ+μ)t)', () => {
    const r = analyzeDesign(single(MTTR), { times: [5, 50, 500] });
    for (const p of r.points) {
      const s = LAMBDA + MU;
      expect(
        relativeError(p.availability!, MU / s + (LAMBDA / s) * Math.exp(-s * p.t)),
      ).toBeLessThan(1e-14);
      expect(relativeError(p.unavailability!, (LAMBDA / s) * -Math.expm1(-s * p.t))).toBeLessThan(
        1e-13,
      );
    }
  });

  it('gives steady-state A = MTBF/(MTBF+MTTR), MTBF = MTTF + MTTR, MDT = MTTR', () => {
    const s = analyzeDesign(single(MTTR)).steadyState;
    expect(relativeError(s.availability!, MBTF_A())).toBeLessThan(1e-14);
    expect(relativeError(s.unavailability!, MTTR / (MTBF + MTTR))).toBeLessThan(1e-14);
    expect(relativeError(s.mtbf!, MTBF + MTTR)).toBeLessThan(1e-12);
    expect(relativeError(s.mdt!, MTTR)).toBeLessThan(1e-12);
    expect(relativeError(s.mut!, MTBF)).toBeLessThan(1e-12);
    expect(relativeError(s.nines!, -Math.log10(MTTR / (MTBF + MTTR)))).toBeLessThan(1e-14);
    expect(relativeError(s.downtimePerYear!, (8766 * MTTR) / (MTBF + MTTR))).toBeLessThan(1e-14);
  });

  it('gives MTTF = 1/λ', () => {
    expect(relativeError(analyzeDesign(single(MTTR)).mttf!, MTBF)).toBeLessThan(1e-9);
  });

  it('counts a unit without repair as failed for good in the long run', () => {
    const s = analyzeDesign(single()).steadyState;
    expect(s.availability).toBe(0);
    expect(s.unavailability).toBe(1);
    expect(s.mtbf).toBeNull();
    expect(s.mdt).toBeNull();
  });
});

function MBTF_A(): number {
  return MTBF / (MTBF + MTTR);
}

describe('analyzeDesign on parallel units', () => {
  it('gives two-unit parallel MTTF = 3/(2λ)', () => {
    expect(relativeError(analyzeDesign(parallel(2, MTTR)).mttf!, 3 / (2 * LAMBDA))).toBeLessThan(
      1e-9,
    );
  });

  it('gives two active units with own repair A = 1 − (λ/(λ+μ))²', () => {
    const s = analyzeDesign(parallel(2, MTTR)).steadyState;
    const u = LAMBDA / (LAMBDA + MU);
    expect(relativeError(s.unavailability!, u * u)).toBeLessThan(1e-13);
    // ν = Σ Birnbaum_i·A_i·λ_i = 2·U_other·A·λ
    expect(relativeError(s.failureFrequency!, 2 * u * (1 - u) * LAMBDA)).toBeLessThan(1e-12);
  });

  it('keeps tiny numbers exact: three parallel units with U = 1e-5 give 1e-15', () => {
    const comp = { id: 'u', name: 'u', failure: { distribution: 'fixed', reliability: 1 - 1e-5 } };
    const design = parallel(3, undefined, comp);
    const r = analyzeDesign(design);
    const uUnit = 1 - (1 - 1e-5); // the unit's failed probability as the file states it
    expect(relativeError(r.steadyState.unavailability!, uUnit ** 3)).toBeLessThan(1e-9);
    const exactRate = toDesign(
      createDesignJson(
        [exponential('u', 1e5 - 1, 1)],
        [block('a', 'u'), block('b', 'u'), block('c', 'u')],
        ['in>a', 'in>b', 'in>c', 'a>out', 'b>out', 'c>out'],
      ),
    );
    const steady = analyzeDesign(exactRate).steadyState;
    expect(relativeError(steady.unavailability!, 1e-15)).toBeLessThan(1e-9);
    expect(relativeError(steady.nines!, 15)).toBeLessThan(1e-9);
  });

  it('gives k-of-n MTTF = Σ_{i=k..n} 1/(iλ)', () => {
    const design = toDesign(
      createDesignJson(
        [exponential('u', MTBF)],
        [block('v', 'u', { quantity: 5, required: 3 })],
        ['in>v', 'v>out'],
      ),
    );
    const expected = (1 / 3 + 1 / 4 + 1 / 5) / LAMBDA;
    expect(relativeError(analyzeDesign(design).mttf!, expected)).toBeLessThan(1e-9);
  });

  it('k-of-n with k = 1 equals parallel and with k = n equals series', () => {
    const kOfN = (k: number) =>
      analyzeDesign(
        toDesign(
          createDesignJson(
            [exponential('u', MTBF, MTTR)],
            [block('v', 'u', { quantity: 3, required: k })],
            ['in>v', 'v>out'],
          ),
        ),
        { times: [700] },
      );
    const par = analyzeDesign(parallel(3, MTTR), { times: [700] });
    const ser = analyzeDesign(
      toDesign(
        createDesignJson(
          [exponential('u', MTBF, MTTR)],
          [block('a', 'u'), block('b', 'u'), block('c', 'u')],
          ['in>a', 'a>b', 'b>c', 'c>out'],
        ),
      ),
      { times: [700] },
    );
    expect(
      relativeError(kOfN(1).points[0]!.unreliability!, par.points[0]!.unreliability!),
    ).toBeLessThan(1e-12);
    expect(
      relativeError(kOfN(1).steadyState.unavailability!, par.steadyState.unavailability!),
    ).toBeLessThan(1e-12);
    expect(
      relativeError(kOfN(3).points[0]!.reliability!, ser.points[0]!.reliability!),
    ).toBeLessThan(1e-12);
    expect(
      relativeError(kOfN(3).steadyState.failureFrequency!, ser.steadyState.failureFrequency!),
    ).toBeLessThan(1e-12);
  });
});

describe('analyzeDesign on a bridge', () => {
  it('gives 0.97848 for the 5-unit bridge with all p = 0.9', () => {
    const comp = { id: 'u', name: 'u', failure: { distribution: 'fixed', reliability: 0.9 } };
    const design = toDesign(
      createDesignJson(
        [comp],
        ['a', 'b', 'c', 'd', 'e']
          .map((id) => block(id, 'u'))
          .concat([block('e2', 'u', { repeatOf: 'e' })]),
        ['in>a', 'in>b', 'a>c', 'b>d', 'a>e', 'e>d', 'b>e2', 'e2>c', 'c>out', 'd>out'],
      ),
    );
    const r = analyzeDesign(design);
    expect(r.points[0]!.reliability).toBeCloseTo(0.97848, 12);
    expect(r.steadyState.availability).toBeCloseTo(0.97848, 12);
    expect(r.minimalCutSetCount).toBe(4);
    expect(r.minimalCutSets.map((s) => [...s].sort().join('')).sort()).toEqual([
      'ab',
      'ade',
      'bce',
      'cd',
    ]);
    expect(r.minimalCutSets.map((s) => s.length)).toEqual([2, 2, 3, 3]);
  });
});

describe('analyzeDesign on standby blocks', () => {
  const standby = (kind: string, extra: Record<string, unknown> = {}, mttr?: number, n = 2) =>
    toDesign(
      createDesignJson(
        [exponential('u', MTBF, mttr)],
        [
          block('s', 'u', {
            quantity: n,
            required: 1,
            redundancy: { type: 'standby', standby: kind, ...extra },
          }),
        ],
        ['in>s', 's>out'],
      ),
    );

  it('gives two-unit cold standby R(t) = e^(−λt)(1 + λt) and MTTF = 2/λ', () => {
    const r = analyzeDesign(standby('cold'), { times: [3000, 20000] });
    for (const p of r.points) {
      const lt = LAMBDA * p.t;
      expect(relativeError(p.reliability!, Math.exp(-lt) * (1 + lt))).toBeLessThan(1e-12);
    }
    expect(relativeError(r.mttf!, 2 / LAMBDA)).toBeLessThan(1e-9);
  });

  it('gives two-unit cold standby with switch success p: R(t) = e^(−λt)(1 + pλt), MTTF = (1+p)/λ', () => {
    const r = analyzeDesign(standby('cold', { switch: { successProbability: 0.9 } }), {
      times: [3000, 20000],
    });
    for (const p of r.points) {
      const lt = LAMBDA * p.t;
      expect(relativeError(p.reliability!, Math.exp(-lt) * (1 + 0.9 * lt))).toBeLessThan(1e-12);
    }
    expect(relativeError(r.mttf!, 1.9 / LAMBDA)).toBeLessThan(1e-9);
  });

  it('gives n-unit cold standby R(t) = e^(−λt)·Σ_{i<n}(λt)^i/i! and MTTF = n/λ', () => {
    const r = analyzeDesign(standby('cold', {}, undefined, 4), { times: [25000] });
    const lt = LAMBDA * 25000;
    const expected = Math.exp(-lt) * (1 + lt + lt ** 2 / 2 + lt ** 3 / 6);
    expect(relativeError(r.points[0]!.reliability!, expected)).toBeLessThan(1e-12);
    expect(relativeError(r.mttf!, 4 / LAMBDA)).toBeLessThan(1e-9);
  });

  it('gives warm standby R(t) = e^(−λt)[1 + (λ/λs)(1 − e^(−λs·t))]', () => {
    const r = analyzeDesign(standby('warm', { dormantFactor: 0.25 }), { times: [8000] });
    const ls = 0.25 * LAMBDA;
    const expected = Math.exp(-LAMBDA * 8000) * (1 + (LAMBDA / ls) * -Math.expm1(-ls * 8000));
    expect(relativeError(r.points[0]!.reliability!, expected)).toBeLessThan(1e-12);
    expect(relativeError(r.mttf!, 1 / (LAMBDA + ls) + 1 / LAMBDA)).toBeLessThan(1e-9);
  });

  it('hot standby with a perfect switch equals active parallel', () => {
    const hot = analyzeDesign(standby('hot', {}, MTTR), { times: [4000] });
    const par = analyzeDesign(parallel(2, MTTR), { times: [4000] });
    expect(relativeError(hot.points[0]!.reliability!, par.points[0]!.reliability!)).toBeLessThan(
      1e-12,
    );
    expect(
      relativeError(hot.steadyState.unavailability!, par.steadyState.unavailability!),
    ).toBeLessThan(1e-12);
  });

  it('gives the cold-standby-with-repair steady state of its birth-death chain', () => {
    const s = analyzeDesign(standby('cold', {}, MTTR)).steadyState;
    const r = LAMBDA / MU;
    const expected = (r * r) / 2 / (1 + r + (r * r) / 2);
    expect(relativeError(s.unavailability!, expected)).toBeLessThan(1e-12);
    // Failure frequency: flow from the one-failed state into the down state.
    const pi1 = r / (1 + r + (r * r) / 2);
    expect(relativeError(s.failureFrequency!, pi1 * LAMBDA)).toBeLessThan(1e-12);
  });

  it('counts the switch delay as downtime', () => {
    const without = analyzeDesign(standby('cold', {}, MTTR)).steadyState.unavailability!;
    const delayed = analyzeDesign(standby('cold', { switch: { delay: 0.5 } }, MTTR)).steadyState
      .unavailability!;
    // Each of the λ·A switch-overs per hour costs about 0.5 h.
    expect(delayed - without).toBeGreaterThan(0.5 * LAMBDA * 0.99);
    expect(delayed - without).toBeLessThan(0.5 * LAMBDA * 1.01);
  });
});

describe('analyzeDesign on other laws', () => {
  it('gives Weibull R(t) = exp(−(t/η)^β) and MTTF = η·Γ(1 + 1/β)', () => {
    const comp = {
      id: 'w',
      name: 'w',
      failure: { distribution: 'weibull', shape: 2, scale: 1000 },
    };
    const r = analyzeDesign(
      toDesign(createDesignJson([comp], [block('a', 'w')], ['in>a', 'a>out'])),
      { times: [500] },
    );
    expect(relativeError(r.points[0]!.reliability!, Math.exp(-0.25))).toBeLessThan(1e-14);
    expect(relativeError(r.mttf!, 1000 * (Math.sqrt(Math.PI) / 2))).toBeLessThan(1e-9);
  });

  it('returns null with a reason for point availability with lognormal repair', () => {
    const comp = {
      id: 'l',
      name: 'l',
      failure: { distribution: 'exponential', mtbf: 1000 },
      repair: { distribution: 'lognormal', mean: 5, sd: 2 },
    };
    const r = analyzeDesign(
      toDesign(createDesignJson([comp], [block('a', 'l')], ['in>a', 'a>out'])),
    );
    expect(r.points[0]!.availability).toBeNull();
    expect(r.warnings.some((w) => w.message.includes('simulation only') && w.block === 'a')).toBe(
      true,
    );
    // Long-run figures depend only on the means and stay exact.
    expect(relativeError(r.steadyState.unavailability!, 5 / 1005)).toBeLessThan(1e-14);
  });

  it('treats a fixed-probability unit as p at every t and adds nothing to failure frequency', () => {
    const comp = { id: 'f', name: 'f', failure: { distribution: 'fixed', reliability: 0.8 } };
    const r = analyzeDesign(
      toDesign(createDesignJson([comp], [block('a', 'f')], ['in>a', 'a>out'])),
      { times: [1, 1e6] },
    );
    for (const p of r.points) {
      expect(p.reliability).toBe(0.8);
      expect(p.availability).toBe(0.8);
    }
    expect(r.steadyState.failureFrequency).toBe(0);
    expect(r.steadyState.mtbf).toBeNull();
    expect(r.mttf).toBeNull();
  });
});

describe('analyzeDesign on repeats and subsystems', () => {
  it('treats a repeated block as one physical unit', () => {
    // x in both paths: works iff x and (a or b).
    const comp = { id: 'f', name: 'f', failure: { distribution: 'fixed', reliability: 0.9 } };
    const design = toDesign(
      createDesignJson(
        [comp],
        [block('x', 'f'), block('x2', 'f', { repeatOf: 'x' }), block('a', 'f'), block('b', 'f')],
        ['in>x', 'x>a', 'in>x2', 'x2>b', 'a>out', 'b>out'],
      ),
    );
    const r = analyzeDesign(design);
    expect(r.points[0]!.reliability).toBeCloseTo(0.9 * (1 - 0.01), 14);
    expect(r.blocks.map((b) => b.id).sort()).toEqual(['a', 'b', 'x']);
    expect(r.blocks.find((b) => b.id === 'x')!.singlePointOfFailure).toBe(true);
  });

  it('gives a subsystem used twice in parallel 1 − (1 − A_sub)²', () => {
    const sub = {
      nodes: [
        { id: 's', kind: 'start' },
        { id: 'a', kind: 'block', component: 'u' },
        { id: 'b', kind: 'block', component: 'u' },
        { id: 'e', kind: 'end' },
      ],
      edges: [
        { from: 's', to: 'a' },
        { from: 'a', to: 'b' },
        { from: 'b', to: 'e' },
      ],
    };
    const design = toDesign(
      createDesignJson(
        [exponential('u', MTBF, MTTR)],
        [
          { id: 'site1', kind: 'subsystem', subsystem: 'site' },
          { id: 'site2', kind: 'subsystem', subsystem: 'site' },
        ],
        ['in>site1', 'in>site2', 'site1>out', 'site2>out'],
        { subsystems: { site: sub } },
      ),
    );
    const r = analyzeDesign(design);
    const uUnit = MTTR / (MTBF + MTTR);
    const uSub = 1 - (1 - uUnit) ** 2;
    expect(relativeError(r.steadyState.unavailability!, uSub * uSub)).toBeLessThan(1e-9);
    expect(r.blocks.map((b) => b.id).sort()).toEqual(['site1/a', 'site1/b', 'site2/a', 'site2/b']);
  });
});

describe('createAnalyzer', () => {
  it('gives the same figures when re-evaluating with changed parameters as a fresh analysis', () => {
    const analyzer = createAnalyzer();
    analyzer.evaluate(parallel(2, MTTR));
    const changed = parallel(2, MTTR * 3);
    const reused = analyzer.evaluate(changed);
    const fresh = analyzeDesign(changed);
    expect(reused.steadyState).toEqual(fresh.steadyState);
    expect(reused.points).toEqual(fresh.points);
    expect(reused.mttf).toBe(fresh.mttf);
  });

  it('recomputes the MTTF when a failure parameter changes', () => {
    const analyzer = createAnalyzer();
    const before = analyzer.evaluate(parallel(2, MTTR)).mttf!;
    const after = analyzer.evaluate(parallel(2, MTTR, exponential('u', 2 * MTBF, MTTR))).mttf!;
    expect(relativeError(after, 2 * before)).toBeLessThan(1e-9);
  });
});

describe('analyzeDesign importance', () => {
  it('gives Birnbaum Iᵢ = P(works | i works) − P(works | i failed) and criticality Iᵢ·Uᵢ/U', () => {
    // a and b in series: I_a = A_b; criticality_a = A_b·U_a/U_sys.
    const design = toDesign(
      createDesignJson(
        [exponential('x', 1000, 10), exponential('y', 5000, 2)],
        [block('a', 'x'), block('b', 'y')],
        ['in>a', 'a>b', 'b>out'],
      ),
    );
    const r = analyzeDesign(design);
    const [ua, ub] = [10 / 1010, 2 / 5002];
    const uSys = 1 - (1 - ua) * (1 - ub);
    const a = r.blocks.find((b) => b.id === 'a')!;
    expect(relativeError(a.birnbaum, 1 - ub)).toBeLessThan(1e-14);
    expect(relativeError(a.criticality, ((1 - ub) * ua) / uSys)).toBeLessThan(1e-12);
    expect(r.importanceBasis).toBe('steady-state');
    expect(r.minimalCutSets).toEqual([['a'], ['b']]);
  });

  it('uses mission reliability as the basis when nothing is repairable', () => {
    const design = toDesign(
      createDesignJson(
        [exponential('x', 1000)],
        [block('a', 'x'), block('b', 'x')],
        ['in>a', 'in>b', 'a>out', 'b>out'],
      ),
    );
    const r = analyzeDesign(design);
    expect(r.importanceBasis).toBe('mission');
    const f = -Math.expm1(-1);
    expect(relativeError(r.blocks[0]!.birnbaum, f)).toBeLessThan(1e-14);
    expect(relativeError(r.blocks[0]!.criticality, 1)).toBeLessThan(1e-14);
  });
});

describe('analyzeDesign per-block curves', () => {
  it('reports the own R(t) and A(t) of the blocks asked for', () => {
    const design = toDesign(
      createDesignJson(
        [exponential('x', 1000, 10)],
        [block('a', 'x'), block('b', 'x', { quantity: 2, required: 1 })],
        ['in>a', 'a>b', 'b>out'],
      ),
    );
    const r = analyzeDesign(design, { times: [100], blockCurves: ['b', 'nope'] });
    const b = r.points[0]!.blocks!['b']!;
    const f = -Math.expm1(-0.1);
    expect(relativeError(b.unreliability!, f * f)).toBeLessThan(1e-12);
    expect(Object.keys(r.points[0]!.blocks!)).toEqual(['b']);
    expect(analyzeDesign(design, { times: [100] }).points[0]!.blocks).toBeUndefined();
  });
});

describe('createAnalyzer MTTF reuse', () => {
  it('recomputes the MTTF when a block changes component with the same structure', () => {
    const comps = [exponential('x', 1000), exponential('y', 4000)];
    const make = (third: string) =>
      toDesign(
        createDesignJson(
          comps,
          [block('a', 'x'), block('b', 'y'), block('c', third)],
          ['in>a', 'a>b', 'b>c', 'c>out'],
        ),
      );
    const analyzer = createAnalyzer();
    const first = analyzer.evaluate(make('x')).mttf!;
    const second = analyzer.evaluate(make('y')).mttf!;
    expect(relativeError(first, 1 / (2 / 1000 + 1 / 4000))).toBeLessThan(1e-9);
    expect(relativeError(second, 1 / (1 / 1000 + 2 / 4000))).toBeLessThan(1e-9);
  });
});
