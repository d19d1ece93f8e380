import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NODES, parseDesign, parseDesignText } from './parse.ts';
import {
  base,
  error,
  expectWarning,
  issuesFor,
  issuesOf,
  ok,
  variant,
  warning,
  warningsFor,
} from '../testing/parseCases.ts';

describe('parseDesignText', () => {
  it('reports a JSON syntax error as "file is not valid JSON" at its line and column', () => {
    const result = parseDesignText('{"format": ');
    expect(result.ok).toBe(false);
    expect(issuesOf(result)).toHaveLength(1);
    expect(issuesOf(result)[0]).toMatchObject({ code: 'not-json', path: '' });
    expect(issuesOf(result)[0]?.message).toBe(
      'file is not valid JSON at line 1, column 12: unexpected end of file',
    );
    expect(issuesOf(parseDesignText('{\n  "format": "rbd-design",,\n}'))[0]?.message).toBe(
      'file is not valid JSON at line 2, column 26: unexpected character ","',
    );
  });

  it('accepts a file with a byte-order mark', () => {
    expect(parseDesignText('\uFEFF' + JSON.stringify(base())).ok).toBe(true);
  });

  it('does not throw on a 50 MB junk string', () => {
    const junk = 'junk{[('.repeat((50 * 1024 * 1024) / 7);
    const result = parseDesignText(junk);
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]?.message).toBe(
      'file is not valid JSON at line 1, column 1: unexpected character "j"',
    );
  });

  it('does not throw on deeply nested JSON', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(parseDesignText(deep).ok).toBe(false);
    const inUi = JSON.stringify(base()).replace(
      '{',
      `{"ui":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
    );
    expect(parseDesignText(inUi).ok).toBe(true);
  });
});

describe('parseDesign: top level', () => {
  it('rejects a file that is not an object', () => {
    expect(issuesFor([])).toContainEqual(
      error('', 'a design file must be a JSON object, got a list'),
    );
    expect(issuesFor(null)).toContainEqual(
      error('', 'a design file must be a JSON object, got null'),
    );
    expect(issuesFor(42)).toContainEqual(error('', 'a design file must be a JSON object, got 42'));
  });

  it('rejects a format other than "rbd-design"', () => {
    expect(issuesFor(variant({ format: 'rbd' }))).toContainEqual(
      error('format', 'format must be "rbd-design", got "rbd"'),
    );
    expect(issuesFor(variant({ format: undefined }))).toContainEqual(
      error('format', 'missing field "format" (must be "rbd-design")'),
    );
  });

  it('rejects an unknown version', () => {
    expect(issuesFor(variant({ version: 2 }))).toContainEqual(
      error('version', 'unknown version 2 (only version 1 is supported)'),
    );
    expect(issuesFor(variant({ version: '1' }))).toContainEqual(
      error('version', 'unknown version "1" (only version 1 is supported)'),
    );
    expect(issuesFor(variant({ version: undefined }))).toContainEqual(
      error('version', 'missing field "version" (must be 1)'),
    );
  });

  it('rejects a bad timeUnit', () => {
    expect(issuesFor(variant({ timeUnit: 'fortnight' }))).toContainEqual(
      error('timeUnit', 'unknown timeUnit "fortnight" (must be hour, day, week, month or year)'),
    );
  });

  it('rejects a missionTime that is not positive', () => {
    expect(issuesFor(variant({ missionTime: 0 }))).toContainEqual(
      error('missionTime', 'invalid missionTime: 0 (must be > 0)'),
    );
    expect(issuesFor(variant({ missionTime: -5 }))).toContainEqual(
      error('missionTime', 'invalid missionTime: -5 (must be > 0)'),
    );
    expect(issuesFor(variant({ missionTime: '5 kg' }))).toContainEqual(
      error('missionTime', 'invalid missionTime: "5 kg" is not a time'),
    );
  });

  it('defaults a missing missionTime to 1 year in the design time unit, with a warning', () => {
    const hours = expectWarning(
      variant({ missionTime: undefined }),
      'missionTime',
      'design has no missionTime; using 1 year (8766 hours)',
    );
    expect(hours.missionTime).toBe(8766);
    const days = expectWarning(
      variant({ missionTime: undefined, timeUnit: 'day' }),
      'missionTime',
      'design has no missionTime; using 1 year (365.25 days)',
    );
    expect(days.missionTime).toBe(365.25);
  });

  it('names an unnamed design "Untitled design", with a warning', () => {
    const design = expectWarning(
      variant({ name: undefined }),
      'name',
      'design has no name; using "Untitled design"',
    );
    expect(design.name).toBe('Untitled design');
  });

  it('warns about an unknown field and ignores ui anywhere', () => {
    const input = variant({ colour: 'red', ui: { zoom: 2 }, 'diagram.nodes.1.ui': { x: 1 } });
    expect(warningsFor(input)).toContainEqual(warning('colour', 'unknown field "colour" ignored'));
    expect(issuesOf(parseDesign(input)).map((i) => i.path)).toEqual(['colour']);
  });

  it('rejects more than 100,000 nodes', () => {
    const nodes = Array.from({ length: MAX_NODES + 1 }, (_, i) => ({
      id: `n${i}`,
      kind: 'junction',
    }));
    expect(issuesFor(variant({ 'diagram.nodes': nodes }))).toContainEqual(
      error('', 'file has 100001 nodes (at most 100000)'),
    );
  });

  it('rejects a string longer than 10,000 characters', () => {
    expect(issuesFor(variant({ description: 'x'.repeat(10_001) }))).toContainEqual(
      error('description', 'invalid description: string is 10001 characters long (at most 10000)'),
    );
  });

  it('returns every problem, not just the first', () => {
    const result = parseDesign(
      variant({
        missionTime: -1,
        'components.0.failure.mtbf': -1,
        'diagram.nodes.2.component': 'zz',
      }),
    );
    expect(result.ok).toBe(false);
    expect(issuesOf(result).map((i) => i.path)).toEqual([
      'missionTime',
      'components[0].failure.mtbf',
      'diagram.nodes[2].component',
    ]);
  });
});

describe('parseDesign: robustness', () => {
  it('refuses every key that could reach a prototype, naming each spot', () => {
    const text = `{"format":"rbd-design","version":1,"name":"p","missionTime":10,
      "__proto__":{"polluted":true},
      "constructor":{"prototype":{"polluted":true}},
      "components":[{"id":"u","failure":{"distribution":"exponential","rate":0.1,
        "__proto__":{"polluted":true}}}],
      "diagram":{"nodes":[{"id":"in","kind":"start"},{"id":"a","kind":"block","component":"u"},
        {"id":"out","kind":"end"}],"edges":[{"from":"in","to":"a"},{"from":"a","to":"out"}]},
      "subsystems":{"__proto__":{"nodes":[],"edges":[]}}}`;
    const result = parseDesignText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      issuesOf(result)
        .map((i) => [i.code, i.path])
        .sort(),
    ).toEqual([
      ['unsafe-key', '__proto__'],
      ['unsafe-key', 'components[0].failure.__proto__'],
      ['unsafe-key', 'constructor.prototype'],
      ['unsafe-key', 'subsystems.__proto__'],
    ]);
    expect(issuesOf(result)[0]?.message).toMatch(/^key "(__proto__|prototype)" is not allowed/);
    // The same rule for a value that never was text (a worker message, a stored design).
    expect(issuesOf(parseDesign(JSON.parse(text))).length).toBe(4);
  });

  it('does not pollute Object.prototype and keeps "__proto__" and "constructor" ids as data', () => {
    const sub =
      '{"nodes":[{"id":"in","kind":"start"},{"id":"__proto__","kind":"block","component":"constructor"},' +
      '{"id":"out","kind":"end"}],"edges":[{"from":"in","to":"__proto__"},{"from":"__proto__","to":"out"}]}';
    const text = `{"format":"rbd-design","version":1,"name":"p","missionTime":10,
      "constructor":{"polluted":true},
      "components":[
        {"id":"__proto__","failure":{"distribution":"exponential","rate":0.1}},
        {"id":"constructor","failure":{"distribution":"exponential","rate":0.2}}],
      "diagram":{
        "nodes":[{"id":"in","kind":"start"},
          {"id":"constructor","kind":"block","component":"__proto__"},
          {"id":"toString","kind":"subsystem","subsystem":"constructor"},{"id":"out","kind":"end"}],
        "edges":[{"from":"in","to":"constructor"},{"from":"constructor","to":"toString"},
          {"from":"toString","to":"out"}]},
      "subsystems":{"constructor":${sub}}}`;
    const result = parseDesignText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.warnings.map((w) => w.path)).toEqual(['constructor']);
    const design = result.value;
    expect(design.components.map((c) => c.id)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(design.subsystems, 'constructor')).toBe(true);
    expect(design.subsystems['constructor']?.nodes[1]).toMatchObject({
      id: '__proto__',
      component: 'constructor',
    });
    expect(design.subsystems['__proto__']).toBeUndefined();
    expect(design.diagram.nodes[2]).toEqual({
      kind: 'subsystem',
      id: 'toString',
      subsystem: 'constructor',
      inputs: 1,
    });
  });

  it('reports a subsystem or component named "constructor" as unknown when it is not declared', () => {
    expect(
      issuesFor(
        variant({ 'diagram.nodes.2': { id: 'y', kind: 'subsystem', subsystem: 'constructor' } }),
      ),
    ).toContainEqual(
      error('diagram.nodes[2].subsystem', 'node "y" uses unknown subsystem "constructor"'),
    );
    expect(issuesFor(variant({ 'diagram.nodes.2.component': 'toString' }))).toContainEqual(
      error('diagram.nodes[2].component', 'node "y" uses unknown component "toString"'),
    );
  });

  it('lists at most 1000 warnings and 1000 errors, with a note for the rest', () => {
    const noisy = variant(Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`k${i}`, i])));
    const warned = parseDesign(noisy);
    expect(warned.ok).toBe(true);
    expect(issuesOf(warned)).toHaveLength(1001);
    expect(issuesOf(warned)[1000]).toEqual({
      severity: 'warning',
      code: 'too-many-issues',
      path: '',
      message: 'too many warnings: only the first 1000 are listed',
    });
    const components = Array.from({ length: 1500 }, (_, i) => ({ id: `c${i}` }));
    const failed = parseDesign(variant({ components }, noisy));
    expect(failed.ok).toBe(false);
    const errors = issuesOf(failed).filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1001);
    expect(errors[1000]?.message).toBe('too many errors: only the first 1000 are listed');
  });

  it('does not throw on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    const result = parseDesign(hostile);
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]?.code).toBe('internal');
  });

  it('never throws on arbitrary JSON values (fast-check, seed 7)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof parseDesign(value).ok).toBe('boolean');
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('never throws on a valid design with one field replaced by junk (fast-check, seed 11)', () => {
    const paths = [
      'name',
      'timeUnit',
      'components',
      'components.0',
      'components.0.failure',
      'components.0.failure.mtbf',
      'components.0.repair',
      'diagram',
      'diagram.nodes',
      'diagram.nodes.1',
      'diagram.nodes.1.quantity',
      'diagram.nodes.1.redundancy',
      'diagram.edges',
      'diagram.edges.0',
      'diagram.edges.0.to',
      'subsystems',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, junk) => {
        expect(typeof parseDesign(variant({ [path]: junk })).ok).toBe('boolean');
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('parseDesign: a valid three-tier design', () => {
  const file = {
    format: 'rbd-design',
    version: 1,
    name: 'Three-tier web service',
    timeUnit: 'hour',
    missionTime: '1 year',
    components: [
      {
        id: 'lb',
        name: 'Load balancer',
        failure: { distribution: 'exponential', mtbf: 50000 },
        repair: { distribution: 'exponential', mttr: 4 },
        cost: 12000,
      },
      {
        id: 'app',
        name: 'App server',
        failure: { distribution: 'exponential', rate: '250 FIT' },
        repair: { distribution: 'fixed', time: '30 min' },
      },
      {
        id: 'db',
        name: 'Database server',
        failure: { distribution: 'weibull', shape: 1.5, scale: '5 years' },
        repair: { distribution: 'lognormal', mean: 8, sd: 2 },
        ui: { colour: 'blue' },
      },
    ],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'lb1', kind: 'block', component: 'lb' },
        { id: 'lb2', kind: 'block', component: 'lb' },
        { id: 'apps', kind: 'block', component: 'app', quantity: 4, required: '6/2', inputs: 1 },
        { id: 'site', kind: 'subsystem', subsystem: 'dc' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'lb1' },
        { from: 'in', to: 'lb2' },
        { from: 'lb1', to: 'apps' },
        { from: 'lb2', to: 'apps' },
        { from: 'apps', to: 'site' },
        { from: 'site', to: 'out' },
      ],
      ui: { positions: { in: { x: 0, y: 0 } } },
    },
    subsystems: {
      dc: {
        nodes: [
          { id: 'in', kind: 'start' },
          {
            id: 'db',
            kind: 'block',
            component: 'db',
            quantity: 2,
            redundancy: {
              type: 'standby',
              standby: 'cold',
              dormantFactor: 0,
              switch: { successProbability: 0.99, delay: '3 min' },
            },
          },
          { id: 'out', kind: 'end' },
        ],
        edges: [
          { from: 'in', to: 'db' },
          { from: 'db', to: 'out' },
        ],
      },
    },
  };

  it('parses to the expected normalised values, without warnings', () => {
    const result = parseDesign(file);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings).toEqual([]);
    const design = result.value;
    expect(design).toMatchObject({
      name: 'Three-tier web service',
      description: '',
      timeUnit: 'hour',
      missionTime: 8766,
    });
    expect(design.components).toEqual([
      {
        id: 'lb',
        name: 'Load balancer',
        failure: { kind: 'exponential', rate: 1 / 50000 },
        repair: { kind: 'exponential', mttr: 4 },
        cost: 12000,
      },
      {
        id: 'app',
        name: 'App server',
        failure: { kind: 'exponential', rate: 2.5e-7 },
        repair: { kind: 'fixed', time: 0.5 },
        cost: null,
      },
      {
        id: 'db',
        name: 'Database server',
        failure: { kind: 'weibull', shape: 1.5, scale: 43830 },
        repair: { kind: 'lognormal', mean: 8, sd: 2 },
        cost: null,
      },
    ]);
    const active = { kind: 'active' } as const;
    expect(design.diagram).toEqual({
      nodes: [
        { kind: 'start', id: 'in' },
        {
          kind: 'block',
          id: 'lb1',
          component: 'lb',
          quantity: 1,
          required: 1,
          inputs: 1,
          redundancy: active,
          repeatOf: null,
        },
        {
          kind: 'block',
          id: 'lb2',
          component: 'lb',
          quantity: 1,
          required: 1,
          inputs: 1,
          redundancy: active,
          repeatOf: null,
        },
        {
          kind: 'block',
          id: 'apps',
          component: 'app',
          quantity: 4,
          required: 3,
          inputs: 1,
          redundancy: active,
          repeatOf: null,
        },
        { kind: 'subsystem', id: 'site', subsystem: 'dc', inputs: 1 },
        { kind: 'end', id: 'out', required: 1 },
      ],
      edges: file.diagram.edges,
    });
    expect(Object.keys(design.subsystems)).toEqual(['dc']);
    expect(design.subsystems['dc']?.nodes[1]).toEqual({
      kind: 'block',
      id: 'db',
      component: 'db',
      quantity: 2,
      required: 1,
      inputs: 1,
      redundancy: {
        kind: 'standby',
        standby: 'cold',
        dormantFactor: 0,
        switchSuccess: 0.99,
        switchDelay: 0.05,
      },
      repeatOf: null,
    });
  });

  it('measures times in the design time unit', () => {
    const design = ok({ ...file, timeUnit: 'year' });
    expect(design.missionTime).toBe(1);
    // Plain numbers are already in the design's unit; strings with units are converted.
    expect(design.components[0]?.failure).toEqual({ kind: 'exponential', rate: 1 / 50000 });
    expect(design.components[1]?.failure).toEqual({ kind: 'exponential', rate: 0.0021915 });
    expect(design.components[1]?.repair).toEqual({ kind: 'fixed', time: 0.5 / 8766 });
    expect(design.components[2]?.failure).toEqual({ kind: 'weibull', shape: 1.5, scale: 5 });
  });

  it('is the same design after a JSON round trip of its file', () => {
    expect(parseDesignText(JSON.stringify(file))).toEqual(parseDesign(file));
  });
});
