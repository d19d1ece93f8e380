import { describe, expect, it } from 'vitest';
import {
  RECOVERY_STEPS,
  addPart,
  checkPartName,
  fromParts,
  getLawTime,
  getPartShares,
  listParts,
  removePart,
  renamePart,
  setPart,
  toParts,
  withSwitchIn,
  withTimeAt,
} from './timeParts.ts';
import { parseDesign } from '../model/parse.ts';
import { evaluateQuantity, loadExpressionEngine } from '../model/expression.ts';

describe('time parts edits', () => {
  it('turns a time into parts and back without changing the sum', () => {
    const parts = addPart(toParts(4, 'repair'), 'detect', 0.5);
    expect(parts).toEqual({ repair: 4, detect: 0.5 });
    expect(fromParts(parts)).toBe(4.5);
    expect(fromParts({ a: '5 min', b: '10 min' })).toBe('(5 min) + (10 min)');
    expect(toParts(undefined)).toEqual({});
  });

  it('keeps the order when a part is renamed or set, and frees names by numbering', () => {
    const parts = { detect: '5 min', restart: '10 min', warmup: 1 };
    expect(Object.keys(renamePart(parts, 'restart', ' cold restart '))).toEqual([
      'detect',
      'cold restart',
      'warmup',
    ]);
    expect(Object.keys(setPart(parts, 'detect', 2))).toEqual(['detect', 'restart', 'warmup']);
    expect(Object.keys(addPart(addPart(parts, 'detect', 1), 'detect', 1))).toEqual([
      'detect',
      'restart',
      'warmup',
      'detect 2',
      'detect 3',
    ]);
    expect(removePart(parts, 'restart')).toEqual({ detect: '5 min', warmup: 1 });
  });

  it('refuses empty, long, reserved and taken names, by name', () => {
    const parts = { detect: 1, restart: 2 };
    expect(checkPartName(parts, 'detect', '  ')).toBe('A step needs a name.');
    expect(checkPartName(parts, 'detect', 'x'.repeat(41))).toBe('At most 40 characters.');
    expect(checkPartName(parts, 'detect', 'ui')).toBe('“ui” is reserved.');
    expect(checkPartName(parts, 'detect', '__proto__')).toBe('“__proto__” is reserved.');
    expect(checkPartName(parts, 'detect', 'restart')).toBe('There is already a step “restart”.');
    expect(checkPartName(parts, 'detect', 'detect')).toBeNull();
    expect(checkPartName(parts, 'detect', 'notice')).toBeNull();
  });

  it('reads a law field as a quantity or as parts', () => {
    const law = { distribution: 'exponential', mttr: { detect: 1, ui: { open: true } } } as const;
    expect(getLawTime(law as never, 'mttr')).toEqual({ detect: 1, ui: { open: true } });
    expect(listParts(getLawTime(law as never, 'mttr') as never)).toEqual([['detect', 1]]);
    expect(getLawTime({ distribution: 'exponential', mttr: 4 }, 'mttr')).toBe(4);
    expect(getLawTime({ distribution: 'exponential', mttr: 4 }, 'mtbf')).toBeUndefined();
  });

  it('gives each part its share of the sum', () => {
    expect(getPartShares([1, 3])).toEqual([0.25, 0.75]);
    expect(getPartShares([0, 0])).toEqual([null, null]);
  });

  it('offers steps whose typical figures are times the engine reads and the parser accepts as parts', async () => {
    await loadExpressionEngine();
    const mttr: Record<string, string> = {};
    for (const step of RECOVERY_STEPS) {
      const read = evaluateQuantity(step.typical, 'time', 'hour');
      expect(read.ok).toBe(true);
      expect(checkPartName(mttr, '', step.name)).toBeNull();
      mttr[step.name] = step.typical;
    }
    const parsed = parseDesign({
      format: 'rbd-design',
      version: 1,
      name: 'steps',
      timeUnit: 'hour',
      missionTime: 8760,
      components: [
        {
          id: 'db',
          failure: { distribution: 'exponential', mtbf: 1000 },
          repair: { distribution: 'exponential', mttr },
        },
      ],
      diagram: {
        nodes: [
          { id: 'in', kind: 'start' },
          { id: 'db', kind: 'block', component: 'db' },
          { id: 'out', kind: 'end' },
        ],
        edges: [
          { from: 'in', to: 'db' },
          { from: 'db', to: 'out' },
        ],
      },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sum = RECOVERY_STEPS.reduce((s, step) => {
      const read = evaluateQuantity(step.typical, 'time', 'hour');
      return s + (read.ok ? read.value : NaN);
    }, 0);
    const repair = parsed.value.components[0]!.repair;
    expect(repair?.kind === 'exponential' ? repair.mttr : null).toBeCloseTo(sum, 12);
  });
});

describe('withTimeAt and withSwitchIn', () => {
  const design = {
    format: 'rbd-design',
    version: 1,
    name: 'd',
    timeUnit: 'hour',
    components: [
      {
        id: 'db',
        failure: { distribution: 'exponential', mtbf: 1000 },
        repair: { distribution: 'exponential', mttr: 8 },
      },
    ],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        {
          id: 'pair',
          kind: 'block',
          component: 'db',
          quantity: 2,
          redundancy: { type: 'standby', standby: 'cold', switch: { successProbability: 0.99 } },
        },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'pair' },
        { from: 'pair', to: 'out' },
      ],
    },
  } as const;

  it('sets a law field to parts and leaves the rest as it was', () => {
    const next = withTimeAt(
      design as never,
      { kind: 'law', componentId: 'db', slot: 'repair', key: 'mttr' },
      { detect: 1, restart: 7 },
    );
    expect(next.components[0]!.repair).toEqual({
      distribution: 'exponential',
      mttr: { detect: 1, restart: 7 },
    });
    expect(next.components[0]!.failure).toBe(design.components[0].failure);
    expect(next.diagram).toBe(design.diagram);
    const missing = { kind: 'law', componentId: 'nope', slot: 'repair', key: 'mttr' } as const;
    expect(withTimeAt(design as never, missing, 1)).toBe(design);
  });

  it("sets a standby block's switch delay and success, keeping its other fields", () => {
    const place = { kind: 'switchDelay', diagram: null, nodeId: 'pair' } as const;
    const next = withTimeAt(design as never, place, { detect: '3 min' });
    const pair = next.diagram.nodes[1] as { redundancy?: unknown };
    expect(pair.redundancy).toEqual({
      type: 'standby',
      standby: 'cold',
      switch: { successProbability: 0.99, delay: { detect: '3 min' } },
    });
    const perfect = withSwitchIn(next, null, 'pair', { successProbability: 1 });
    expect(
      (perfect.diagram.nodes[1] as { redundancy?: { switch?: unknown } }).redundancy?.switch,
    ).toEqual({ successProbability: 1, delay: { detect: '3 min' } });
    expect(withSwitchIn(design as never, null, 'in', { delay: 1 })).toBe(design);
  });
});
