import { describe, expect, it } from 'vitest';
import { FAILURE_LAWS } from '../laws/registry.ts';
import { error, expectWarning, issuesFor, ok, variant } from '../testing/parseCases.ts';
import { createDesignFile } from './serialize.ts';

describe('parseDesign: components', () => {
  const failure = 'components.0.failure';
  const at = 'components[0].failure';

  it('rejects a duplicate component id', () => {
    expect(issuesFor(variant({ 'components.1.id': 'a' }))).toContainEqual(
      error('components[1].id', 'duplicate component id "a" (first used at components[0])'),
    );
  });

  it('rejects a component without a failure law', () => {
    expect(issuesFor(variant({ [failure]: undefined }))).toContainEqual(
      error(at, 'missing field "failure" for component "a"'),
    );
  });

  it('rejects an exponential failure with both or neither of mtbf and rate', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'exponential', mtbf: 10, rate: 0.1 } })),
    ).toContainEqual(
      error(at, 'exponential failure of component "a" takes either mtbf or rate, not both'),
    );
    expect(issuesFor(variant({ [failure]: { distribution: 'exponential' } }))).toContainEqual(
      error(at, 'exponential failure of component "a" needs mtbf or rate'),
    );
  });

  it('rejects a negative or non-finite rate and a time that is not positive', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'exponential', rate: -1 } })),
    ).toContainEqual(error(`${at}.rate`, 'invalid rate for component "a": -1 (must be >= 0)'));
    expect(
      issuesFor(
        variant({ [failure]: { distribution: 'exponential', rate: Number.POSITIVE_INFINITY } }),
      ),
    ).toContainEqual(
      error(`${at}.rate`, 'invalid rate for component "a": Infinity is not a finite number'),
    );
    expect(
      issuesFor(variant({ [failure]: { distribution: 'exponential', rate: '1/0' } })),
    ).toContainEqual(
      error(
        `${at}.rate`,
        'invalid rate for component "a": invalid expression "1/0": not a finite number',
      ),
    );
    expect(issuesFor(variant({ 'components.0.failure.mtbf': 0 }))).toContainEqual(
      error(`${at}.mtbf`, 'invalid mtbf for component "a": 0 (must be > 0)'),
    );
    expect(issuesFor(variant({ 'components.0.failure.mtbf': '-3 h' }))).toContainEqual(
      error(`${at}.mtbf`, 'invalid mtbf for component "a": "-3 h" = -3 (must be > 0)'),
    );
    expect(issuesFor(variant({ 'components.0.repair.mttr': -2 }))).toContainEqual(
      error('components[0].repair.mttr', 'invalid mttr for component "a": -2 (must be >= 0)'),
    );
  });

  it('rejects a parameter of the wrong kind, naming the field', () => {
    expect(issuesFor(variant({ 'components.0.failure.mtbf': '5 kg' }))).toContainEqual(
      error(`${at}.mtbf`, 'invalid mtbf for component "a": "5 kg" is not a time'),
    );
    expect(issuesFor(variant({ 'components.0.failure.mtbf': true }))).toContainEqual(
      error(
        `${at}.mtbf`,
        'invalid mtbf for component "a": true (must be a number or an expression string, or an object of named parts)',
      ),
    );
  });

  it('rejects weibull shape or scale that is not positive', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'weibull', shape: -1.2, scale: 100 } })),
    ).toContainEqual(error(`${at}.shape`, 'invalid shape for component "a": -1.2 (must be > 0)'));
    expect(
      issuesFor(variant({ [failure]: { distribution: 'weibull', shape: 2, scale: 0 } })),
    ).toContainEqual(error(`${at}.scale`, 'invalid scale for component "a": 0 (must be > 0)'));
  });

  it('rejects a lognormal mean that is not positive or a negative sd', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'lognormal', mean: 0, sd: 1 } })),
    ).toContainEqual(error(`${at}.mean`, 'invalid mean for component "a": 0 (must be > 0)'));
    expect(
      issuesFor(variant({ [failure]: { distribution: 'lognormal', mean: 10, sd: -1 } })),
    ).toContainEqual(error(`${at}.sd`, 'invalid sd for component "a": -1 (must be >= 0)'));
  });

  it('rejects a probability outside [0, 1]', () => {
    expect(
      issuesFor(
        variant({
          [failure]: { distribution: 'fixed', reliability: 1.5 },
          'components.0.repair': undefined,
        }),
      ),
    ).toContainEqual(
      error(
        `${at}.reliability`,
        'invalid reliability for component "a": 1.5 (must be between 0 and 1)',
      ),
    );
  });

  it('rejects a fixed-probability component with a repair', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'fixed', reliability: 0.9 } })),
    ).toContainEqual(
      error(
        'components[0].repair',
        'a fixed-probability component takes no repair (component "a")',
      ),
    );
  });

  it('rejects an unknown distribution, naming every registered law', () => {
    // The list grows with the registry (src/laws/registry.ts).
    const kinds = FAILURE_LAWS.map((m) => m.kind);
    const known = `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]!}`;
    expect(issuesFor(variant({ [failure]: { distribution: 'gompertz', k: 2 } }))).toContainEqual(
      error(
        `${at}.distribution`,
        `unknown failure distribution "gompertz" for component "a" (must be ${known})`,
      ),
    );
    expect(
      issuesFor(variant({ 'components.0.repair': { distribution: 'weibull' } })),
    ).toContainEqual(
      error(
        'components[0].repair.distribution',
        'unknown repair distribution "weibull" for component "a" (must be exponential, lognormal or fixed)',
      ),
    );
  });

  it('rejects a negative cost', () => {
    expect(issuesFor(variant({ 'components.0.cost': -1 }))).toContainEqual(
      error('components[0].cost', 'invalid cost for component "a": -1 (must be >= 0)'),
    );
  });

  it('warns that a failure rate of 0 never fails', () => {
    const design = expectWarning(
      variant({ 'components.1.failure.rate': 0 }),
      'components[1].failure.rate',
      'component "b" has failure rate 0: it never fails',
    );
    expect(design.components[1]?.failure).toEqual({ kind: 'exponential', rate: 0 });
  });

  it('turns an mtbf M into rate 1/M and evaluates expressions', () => {
    const design = ok(
      variant({ 'components.0.failure.mtbf': '5 years', 'components.0.repair.mttr': '30 min' }),
    );
    expect(design.components[0]).toEqual({
      id: 'a',
      name: 'A',
      failure: { kind: 'exponential', rate: 1 / 43830 },
      repair: { kind: 'exponential', mttr: 0.5 },
      cost: null,
    });
    expect(design.components[1]).toMatchObject({ name: 'b', repair: null });
  });
});

describe('a component’s source', () => {
  it('is kept as written, written back, and refused past 500 characters by name', () => {
    const design = ok(variant({ 'components.0.source': 'vendor datasheet 2025' }));
    expect(design.components[0]!.source).toBe('vendor datasheet 2025');
    expect(createDesignFile(design).components[0]!.source).toBe('vendor datasheet 2025');
    expect(ok(variant({})).components[0]!.source).toBeUndefined();
    expect(issuesFor(variant({ 'components.0.source': 'x'.repeat(501) }))).toContainEqual(
      error(
        'components[0].source',
        'invalid source for component "a": string is 501 characters long (at most 500)',
      ),
    );
    expect(
      issuesFor(variant({ 'components.0.source': 5 })).map((i) => [i.code, i.path]),
    ).toContainEqual(['wrong-type', 'components[0].source']);
  });
});
