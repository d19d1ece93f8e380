import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import {
  error,
  expectWarning,
  graph,
  issuesFor,
  issuesOf,
  ok,
  variant,
  warning,
  warningsFor,
} from '../testing/parseCases.ts';

const start = { id: 'in', kind: 'start' };
const end = { id: 'out', kind: 'end' };
const block = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  kind: 'block',
  component: 'a',
  ...extra,
});
/** The base design with this root diagram. */
const withDiagram = (nodes: unknown[], edges: string[], more: Record<string, unknown> = {}) =>
  variant({ diagram: graph(nodes, edges), ...more });
/** A subsystem diagram in → x → out (x of component a). */
const inner = graph([start, block('x'), end], ['in>x', 'x>out']);

describe('parseDesign: nodes', () => {
  it('rejects an unknown component', () => {
    expect(issuesFor(variant({ 'diagram.nodes.1.component': 'zz' }))).toContainEqual(
      error('diagram.nodes[1].component', 'node "x" uses unknown component "zz"'),
    );
  });

  it('rejects a duplicate node id within one diagram', () => {
    expect(
      issuesFor(withDiagram([start, block('x'), block('x'), end], ['in>x', 'x>out'])),
    ).toContainEqual(
      error('diagram.nodes[2].id', 'duplicate node id "x" (first used at diagram.nodes[1])'),
    );
  });

  it('accepts the same node id in two diagrams', () => {
    expect(
      parseDesign(
        variant({
          subsystems: { dc: inner },
          'diagram.nodes.2': { id: 'y', kind: 'subsystem', subsystem: 'dc' },
        }),
      ).ok,
    ).toBe(true);
  });

  it('rejects an unknown node kind and a node without id', () => {
    expect(issuesFor(variant({ 'diagram.nodes.1.kind': 'gate' }))).toContainEqual(
      error(
        'diagram.nodes[1].kind',
        'unknown node kind "gate" for node "x" (must be start, end, block, junction or subsystem)',
      ),
    );
    expect(issuesFor(variant({ 'diagram.nodes.1.id': undefined }))).toContainEqual(
      error('diagram.nodes[1].id', 'missing field "id" for a node'),
    );
  });

  it('rejects required larger than quantity (k > n)', () => {
    expect(
      issuesFor(variant({ 'diagram.nodes.1.quantity': 3, 'diagram.nodes.1.required': 4 })),
    ).toContainEqual(
      error('diagram.nodes[1].required', 'node "x": required 4 is larger than quantity 3'),
    );
  });

  it('rejects required, quantity or inputs below 1 (k < 1) or not whole', () => {
    expect(issuesFor(variant({ 'diagram.nodes.1.required': 0 }))).toContainEqual(
      error('diagram.nodes[1].required', 'invalid required for node "x": 0 (must be at least 1)'),
    );
    expect(issuesFor(variant({ 'diagram.nodes.1.quantity': 2.5 }))).toContainEqual(
      error(
        'diagram.nodes[1].quantity',
        'invalid quantity for node "x": 2.5 is not a whole number',
      ),
    );
    expect(issuesFor(variant({ 'diagram.nodes.1.inputs': '0' }))).toContainEqual(
      error('diagram.nodes[1].inputs', 'invalid inputs for node "x": "0" = 0 (must be at least 1)'),
    );
  });

  it('rejects inputs larger than the number of predecessors', () => {
    expect(issuesFor(variant({ 'diagram.nodes.2.inputs': 2 }))).toContainEqual(
      error('diagram.nodes[2].inputs', 'node "y": inputs 2 is larger than its 1 predecessor'),
    );
  });

  it('rejects required of a junction or end larger than the number of predecessors', () => {
    const nodes = [start, block('p'), block('q'), { id: 'j', kind: 'junction', required: 3 }, end];
    expect(issuesFor(withDiagram(nodes, ['in>p', 'in>q', 'p>j', 'q>j', 'j>out']))).toContainEqual(
      error('diagram.nodes[3].required', 'node "j": required 3 is larger than its 2 predecessors'),
    );
    expect(
      issuesFor(
        withDiagram(
          [start, block('p'), block('q'), { ...end, required: 3 }],
          ['in>p', 'in>q', 'p>out', 'q>out'],
        ),
      ),
    ).toContainEqual(
      error(
        'diagram.nodes[3].required',
        'node "out": required 3 is larger than its 2 predecessors',
      ),
    );
  });

  it('accepts a 2-out-of-3 vote over paths drawn with a junction', () => {
    const nodes = [
      start,
      block('p'),
      block('q'),
      block('r'),
      { id: 'j', kind: 'junction', required: 2 },
      end,
    ];
    const design = ok(withDiagram(nodes, ['in>p', 'in>q', 'in>r', 'p>j', 'q>j', 'r>j', 'j>out']));
    expect(design.diagram.nodes[4]).toEqual({ kind: 'junction', id: 'j', required: 2 });
  });
});

describe('parseDesign: edges and paths', () => {
  it('rejects an edge naming an unknown node', () => {
    expect(issuesFor(variant({ 'diagram.edges.1.to': 'zz' }))).toContainEqual(
      error('diagram.edges[1].to', 'edge from "x" to "zz" names unknown node "zz"'),
    );
  });

  it('rejects a duplicate edge, an edge into start and an edge out of end', () => {
    expect(
      issuesFor(withDiagram([start, block('x'), end], ['in>x', 'x>out', 'in>x'])),
    ).toContainEqual(
      error('diagram.edges[2]', 'duplicate edge from "in" to "x" (first at diagram.edges[0])'),
    );
    expect(
      issuesFor(withDiagram([start, block('x'), end], ['in>x', 'x>out', 'x>in'])),
    ).toContainEqual(error('diagram.edges[2].to', 'edge from "x" to "in" enters the start node'));
    expect(
      issuesFor(withDiagram([start, block('x'), end], ['in>x', 'x>out', 'out>x'])),
    ).toContainEqual(error('diagram.edges[2].from', 'edge from "out" to "x" leaves the end node'));
  });

  it('rejects a cycle and names the nodes on it', () => {
    const nodes = [start, block('p'), block('q'), block('r'), end];
    expect(issuesFor(withDiagram(nodes, ['in>p', 'p>q', 'q>r', 'r>p', 'r>out']))).toContainEqual(
      error(
        'diagram.edges[3]',
        'the diagram has a cycle: "p" → "q" → "r" → "p" (a diagram must be acyclic)',
      ),
    );
    expect(
      issuesFor(withDiagram([start, block('p'), end], ['in>p', 'p>p', 'p>out'])),
    ).toContainEqual(
      error('diagram.edges[1]', 'the diagram has a cycle: "p" → "p" (a diagram must be acyclic)'),
    );
  });

  it('rejects a node that is not on any start→end path', () => {
    const nodes = [start, block('x'), block('lost'), block('dead'), end];
    const input = withDiagram(nodes, ['in>x', 'x>out', 'in>dead']);
    expect(issuesFor(input)).toContainEqual(
      error(
        'diagram.nodes[2]',
        'node "lost" is not on any path from start to end (it is connected to neither start "in" nor end "out")',
      ),
    );
    expect(issuesFor(input)).toContainEqual(
      error(
        'diagram.nodes[3]',
        'node "dead" is not on any path from start to end (it does not lead to end "out")',
      ),
    );
    expect(
      issuesFor(
        withDiagram([start, block('x'), block('orphan'), end], ['in>x', 'x>out', 'orphan>out']),
      ),
    ).toContainEqual(
      error(
        'diagram.nodes[2]',
        'node "orphan" is not on any path from start to end (it cannot be reached from start "in")',
      ),
    );
  });

  it('rejects a missing or repeated start or end', () => {
    expect(issuesFor(withDiagram([block('x'), end], ['x>out']))).toContainEqual(
      error('diagram.nodes', 'the diagram has no start node'),
    );
    expect(issuesFor(withDiagram([start, block('x')], ['in>x']))).toContainEqual(
      error('diagram.nodes', 'the diagram has no end node'),
    );
    expect(
      issuesFor(
        withDiagram(
          [start, { id: 'in2', kind: 'start' }, block('x'), end],
          ['in>x', 'in2>x', 'x>out'],
        ),
      ),
    ).toContainEqual(
      error(
        'diagram.nodes[1]',
        'the diagram has 2 start nodes ("in", "in2"); it needs exactly one',
      ),
    );
    expect(
      issuesFor(
        withDiagram(
          [start, block('x'), end, { id: 'out2', kind: 'end' }],
          ['in>x', 'x>out', 'x>out2'],
        ),
      ),
    ).toContainEqual(
      error(
        'diagram.nodes[3]',
        'the diagram has 2 end nodes ("out", "out2"); it needs exactly one',
      ),
    );
  });

  it('validates each subsystem diagram like the root, with paths under subsystems', () => {
    const broken = graph([start, block('x')], ['in>x']);
    const input = variant({
      subsystems: { dc: broken },
      'diagram.nodes.2': { id: 'y', kind: 'subsystem', subsystem: 'dc' },
    });
    expect(issuesFor(input)).toContainEqual(
      error('subsystems.dc.nodes', 'subsystem "dc" has no end node'),
    );
    expect(
      issuesFor(
        variant({
          subsystems: { dc: graph([start, block('x'), end], ['in>x', 'x>out', 'x>zz']) },
          'diagram.nodes.2': { id: 'y', kind: 'subsystem', subsystem: 'dc' },
        }),
      ),
    ).toContainEqual(
      error(
        'subsystems.dc.edges[2].to',
        'edge from "x" to "zz" in subsystem "dc" names unknown node "zz"',
      ),
    );
  });
});

describe('parseDesign: repeats', () => {
  const nodes = [start, block('p'), block('q', { repeatOf: 'p' }), end];
  const edges = ['in>p', 'in>q', 'p>out', 'q>out'];

  it('gives a repeat the parameters of the block it repeats but its own inputs', () => {
    const design = ok(
      withDiagram(
        [
          start,
          block('p', { quantity: 3, required: 2 }),
          block('q', { repeatOf: 'p', component: 'a' }),
          end,
        ],
        edges,
      ),
    );
    expect(design.diagram.nodes[2]).toEqual({
      kind: 'block',
      id: 'q',
      component: 'a',
      quantity: 3,
      required: 2,
      inputs: 1,
      redundancy: { kind: 'active' },
      repeatOf: 'p',
    });
  });

  it("warns that a repeat's own differing component is ignored", () => {
    expect(
      warningsFor(
        withDiagram([start, block('p'), block('q', { repeatOf: 'p', component: 'b' }), end], edges),
      ),
    ).toContainEqual(
      warning('diagram.nodes[2].component', 'node "q" repeats "p": its own component is ignored'),
    );
  });

  it('rejects a repeat of a repeat', () => {
    expect(
      issuesFor(
        withDiagram(
          [...nodes.slice(0, 3), block('r', { repeatOf: 'q' }), end],
          [...edges, 'in>r', 'r>out'],
        ),
      ),
    ).toContainEqual(
      error(
        'diagram.nodes[3].repeatOf',
        'node "r" repeats "q", which is itself a repeat (repeat "p" instead)',
      ),
    );
  });

  it('rejects a repeat of a missing node, of a non-block and of itself', () => {
    expect(
      issuesFor(withDiagram([start, block('p'), block('q', { repeatOf: 'zz' }), end], edges)),
    ).toContainEqual(error('diagram.nodes[2].repeatOf', 'node "q" repeats unknown node "zz"'));
    expect(
      issuesFor(withDiagram([start, block('p'), block('q', { repeatOf: 'in' }), end], edges)),
    ).toContainEqual(
      error('diagram.nodes[2].repeatOf', 'node "q" repeats "in", which is a start, not a block'),
    );
    expect(
      issuesFor(withDiagram([start, block('p'), block('q', { repeatOf: 'q' }), end], edges)),
    ).toContainEqual(error('diagram.nodes[2].repeatOf', 'node "q" repeats itself'));
  });
});

describe('parseDesign: subsystems', () => {
  const use = (id: string, name: string) => ({ id, kind: 'subsystem', subsystem: name });

  it('rejects an unknown subsystem', () => {
    expect(issuesFor(variant({ 'diagram.nodes.2': use('y', 'dc') }))).toContainEqual(
      error('diagram.nodes[2].subsystem', 'node "y" uses unknown subsystem "dc"'),
    );
  });

  it('rejects a directly recursive subsystem', () => {
    const self = graph([start, use('s', 'a'), end], ['in>s', 's>out']);
    expect(
      issuesFor(variant({ subsystems: { a: self }, 'diagram.nodes.2': use('y', 'a') })),
    ).toContainEqual(error('subsystems.a.nodes[1].subsystem', 'recursive subsystem: "a" → "a"'));
  });

  it('rejects an indirectly recursive subsystem and names the chain', () => {
    const to = (name: string) => graph([start, use('s', name), end], ['in>s', 's>out']);
    expect(
      issuesFor(
        variant({
          subsystems: { a: to('b'), b: to('c'), c: to('a') },
          'diagram.nodes.2': use('y', 'a'),
        }),
      ),
    ).toContainEqual(
      error('subsystems.c.nodes[1].subsystem', 'recursive subsystem: "a" → "b" → "c" → "a"'),
    );
  });

  it('warns about an unused subsystem', () => {
    expect(warningsFor(variant({ subsystems: { spare: inner } }))).toContainEqual(
      warning('subsystems.spare', 'subsystem "spare" is not used'),
    );
  });

  it('rejects nesting that expands to more than a million nodes', () => {
    // Each level uses the next one twice: 2^20 copies of the innermost diagram.
    const subsystems: Record<string, unknown> = { l20: inner };
    for (let i = 19; i >= 0; i--) {
      subsystems[`l${i}`] = graph(
        [start, use('u', `l${i + 1}`), use('v', `l${i + 1}`), end],
        ['in>u', 'in>v', 'u>out', 'v>out'],
      );
    }
    const result = parseDesign(variant({ subsystems, 'diagram.nodes.2': use('y', 'l0') }));
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]?.message).toMatch(
      /^the design has \d+ nodes once every subsystem use is expanded \(at most 1000000\)$/,
    );
  });

  it('accepts subsystem nodes with inputs', () => {
    const nodes = [start, block('p'), block('q'), { ...use('s', 'dc'), inputs: 2 }, end];
    const design = ok(
      withDiagram(nodes, ['in>p', 'in>q', 'p>s', 'q>s', 's>out'], { subsystems: { dc: inner } }),
    );
    expect(design.diagram.nodes[3]).toEqual({
      kind: 'subsystem',
      id: 's',
      subsystem: 'dc',
      inputs: 2,
    });
  });
});

describe('parseDesign: standby redundancy', () => {
  const standby = (fields: Record<string, unknown>) =>
    variant({
      'diagram.nodes.1.quantity': 2,
      'diagram.nodes.1.redundancy': { type: 'standby', ...fields },
    });
  const at = 'diagram.nodes[1].redundancy';

  it('defaults the dormant factor to 0 for cold and 1 for hot, and the switch to 1 and 0', () => {
    expect(ok(standby({ standby: 'cold' })).diagram.nodes[1]).toMatchObject({
      redundancy: {
        kind: 'standby',
        standby: 'cold',
        dormantFactor: 0,
        switchSuccess: 1,
        switchDelay: 0,
      },
    });
    expect(ok(standby({ standby: 'hot' })).diagram.nodes[1]).toMatchObject({
      redundancy: { dormantFactor: 1 },
    });
  });

  it('rejects a dormant factor that breaks the rule of its standby kind', () => {
    expect(issuesFor(standby({ standby: 'cold', dormantFactor: 0.5 }))).toContainEqual(
      error(
        `${at}.dormantFactor`,
        'invalid dormantFactor for node "x": 0.5 (a cold standby has dormantFactor 0)',
      ),
    );
    expect(issuesFor(standby({ standby: 'hot', dormantFactor: 0.5 }))).toContainEqual(
      error(
        `${at}.dormantFactor`,
        'invalid dormantFactor for node "x": 0.5 (a hot standby has dormantFactor 1)',
      ),
    );
    expect(issuesFor(standby({ standby: 'warm', dormantFactor: 1 }))).toContainEqual(
      error(
        `${at}.dormantFactor`,
        'invalid dormantFactor for node "x": 1 (a warm standby needs 0 < dormantFactor < 1)',
      ),
    );
    expect(issuesFor(standby({ standby: 'warm' }))).toContainEqual(
      error(
        `${at}.dormantFactor`,
        'missing field "dormantFactor" for node "x" (a warm standby needs 0 < dormantFactor < 1)',
      ),
    );
  });

  it('rejects an unknown standby kind and a bad switch', () => {
    expect(issuesFor(standby({ standby: 'tepid' }))).toContainEqual(
      error(
        `${at}.standby`,
        'unknown standby kind "tepid" for node "x" (must be cold, warm or hot)',
      ),
    );
    expect(
      issuesFor(standby({ standby: 'cold', switch: { successProbability: 1.2 } })),
    ).toContainEqual(
      error(
        `${at}.switch.successProbability`,
        'invalid successProbability for node "x": 1.2 (must be between 0 and 1)',
      ),
    );
    expect(issuesFor(standby({ standby: 'cold', switch: { delay: -1 } }))).toContainEqual(
      error(`${at}.switch.delay`, 'invalid delay for node "x": -1 (must be >= 0)'),
    );
  });

  it('warns about a standby block without spare and a switch that never works', () => {
    expect(
      warningsFor(variant({ 'diagram.nodes.1.redundancy': { type: 'standby', standby: 'cold' } })),
    ).toContainEqual(
      warning(
        'diagram.nodes[1].quantity',
        'standby node "x" has no spare (quantity 1 equals required 1)',
      ),
    );
    const design = expectWarning(
      standby({
        standby: 'warm',
        dormantFactor: 0.1,
        switch: { successProbability: 0, delay: '5 min' },
      }),
      `${at}.switch.successProbability`,
      'node "x" has switch success probability 0: its spares never help',
    );
    expect(design.diagram.nodes[1]).toMatchObject({
      redundancy: { standby: 'warm', dormantFactor: 0.1, switchSuccess: 0, switchDelay: 5 / 60 },
    });
  });
});
