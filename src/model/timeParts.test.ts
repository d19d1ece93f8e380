import { describe, expect, it } from 'vitest';
import { createDesignFile } from './serialize.ts';
import { parseDesign } from './parse.ts';
import { error, issuesFor, ok, variant } from '../testing/parseCases.ts';

const mttr = 'components.0.repair';
const standbyBlock = {
  id: 'x',
  kind: 'block',
  component: 'a',
  quantity: 2,
  redundancy: {
    type: 'standby',
    standby: 'cold',
    switch: { successProbability: 0.99, delay: { detect: '3 min', promote: '1 min' } },
  },
};

describe('times built from parts', () => {
  it('uses the sum of the parts, each converted to the design time unit', () => {
    const design = ok(
      variant({
        [mttr]: {
          distribution: 'exponential',
          mttr: { detect: '5 min', rollback: '2 min', replay: '10 min', restart: 0.05 },
        },
      }),
    );
    const a = design.components[0]!;
    expect(a.repair).toEqual({ kind: 'exponential', mttr: 17 / 60 + 0.05 });
    expect(a.timeParts).toEqual({
      'repair.mttr': { detect: 5 / 60, rollback: 2 / 60, replay: 10 / 60, restart: 0.05 },
    });
  });

  it('takes parts for an mtbf (the rate is 1/sum), a fixed repair time and a lognormal repair mean', () => {
    const design = ok(
      variant({
        'components.0.failure': { distribution: 'exponential', mtbf: { a: 600, b: 400 } },
        'components.1.repair': { distribution: 'fixed', time: { 'cold restart': '30 min' } },
      }),
    );
    expect(design.components[0]!.failure).toEqual({ kind: 'exponential', rate: 1 / 1000 });
    expect(design.components[1]!.repair).toEqual({ kind: 'fixed', time: 0.5 });
    const lognormal = ok(
      variant({ [mttr]: { distribution: 'lognormal', mean: { x: 1, y: 2 }, sd: 1 } }),
    );
    expect(lognormal.components[0]!.repair).toEqual({ kind: 'lognormal', mean: 3, sd: 1 });
  });

  it('takes parts for a switch delay and keeps them on the redundancy', () => {
    const design = ok(variant({ 'diagram.nodes.1': standbyBlock }));
    const node = design.diagram.nodes[1]!;
    expect(node.kind === 'block' && node.redundancy).toMatchObject({
      switchDelay: 4 / 60,
      switchDelayParts: { detect: 3 / 60, promote: 1 / 60 },
    });
  });

  it('names the part in an error', () => {
    expect(
      issuesFor(variant({ [mttr]: { distribution: 'exponential', mttr: { replay: '-3 min' } } })),
    ).toContainEqual(
      error(
        'components[0].repair.mttr.replay',
        'invalid replay for mttr of component "a": "-3 min" = -0.05 (must be >= 0)',
      ),
    );
    expect(
      issuesFor(variant({ [mttr]: { distribution: 'exponential', mttr: { 'hot restart': 'x' } } })),
    ).toContainEqual(expect.objectContaining({ path: 'components[0].repair.mttr["hot restart"]' }));
    expect(
      issuesFor(variant({ [mttr]: { distribution: 'exponential', mttr: { replay: { a: 1 } } } })),
    ).toContainEqual(expect.objectContaining({ path: 'components[0].repair.mttr.replay' }));
  });

  it('refuses an mtbf whose parts sum to 0, no parts, and a part name over 40 characters', () => {
    expect(
      issuesFor(
        variant({ 'components.0.failure': { distribution: 'exponential', mtbf: { a: 0, b: 0 } } }),
      ),
    ).toContainEqual(
      error(
        'components[0].failure.mtbf',
        'invalid mtbf for component "a": the parts sum to 0 (must be > 0)',
      ),
    );
    expect(
      issuesFor(variant({ [mttr]: { distribution: 'exponential', mttr: {} } })),
    ).toContainEqual(
      error(
        'components[0].repair.mttr',
        'invalid mttr for component "a": 0 parts (must have 1 to 40)',
      ),
    );
    const long = 'x'.repeat(41);
    expect(
      issuesFor(variant({ [mttr]: { distribution: 'exponential', mttr: { [long]: 1 } } })),
    ).toContainEqual(expect.objectContaining({ path: `components[0].repair.mttr.${long}` }));
    // A repair time of 0 built from parts is allowed (instant repair).
    expect(ok(variant({ [mttr]: { distribution: 'exponential', mttr: { a: 0 } } }))).toBeTruthy();
  });

  it('refuses parts where the format does not allow them (a Weibull scale, a lognormal life)', () => {
    expect(
      issuesFor(
        variant({
          'components.0.failure': { distribution: 'weibull', shape: 2, scale: { a: 100 } },
        }),
      ),
    ).toContainEqual(expect.objectContaining({ path: 'components[0].failure.scale' }));
    expect(
      issuesFor(
        variant({
          'components.0.failure': { distribution: 'lognormal', mean: { a: 100 }, sd: 10 },
        }),
      ),
    ).toContainEqual(expect.objectContaining({ path: 'components[0].failure.mean' }));
  });

  it('writes the parts back: export and import give the same design and the same parts', () => {
    const file = variant({
      'components.0.failure': { distribution: 'exponential', mtbf: { life: '2 years', b: 10 } },
      [mttr]: { distribution: 'exponential', mttr: { detect: '5 min', replay: '10 min' } },
      'components.1.repair': { distribution: 'lognormal', mean: { a: 1, b: 2 }, sd: 0.5 },
      'diagram.nodes.1': standbyBlock,
    });
    const first = ok(file);
    const written = createDesignFile(first);
    expect(written.components[0]!.failure).toEqual({
      distribution: 'exponential',
      mtbf: { life: 2 * 8766, b: 10 },
    });
    expect(written.components[0]!.repair).toEqual({
      distribution: 'exponential',
      mttr: { detect: 5 / 60, replay: 10 / 60 },
    });
    const again = parseDesign(written);
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.value).toEqual(first);
  });
});
