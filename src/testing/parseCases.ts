/**
 * Helpers of the design parser tests: a small valid design, variants of it, and assertions on
 * the issues found. Tests only; runs in Node.
 */
import { expect } from 'vitest';
import { parseDesign } from '../model/parse.ts';
import type { ParseResult } from '../model/parse.ts';
import type { Design, DesignIssue } from '../model/types.ts';

/** A small valid design: in → x (component a) → y (component b) → out. */
export function base(): Record<string, unknown> {
  return {
    format: 'rbd-design',
    version: 1,
    name: 'Test',
    timeUnit: 'hour',
    missionTime: 1000,
    components: [
      {
        id: 'a',
        name: 'A',
        failure: { distribution: 'exponential', mtbf: 1000 },
        repair: { distribution: 'exponential', mttr: 2 },
      },
      { id: 'b', failure: { distribution: 'exponential', rate: 0.001 } },
    ],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'x', kind: 'block', component: 'a' },
        { id: 'y', kind: 'block', component: 'b' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'x' },
        { from: 'x', to: 'y' },
        { from: 'y', to: 'out' },
      ],
    },
  };
}

/**
 * A copy of `start` with changes at dotted paths (`components.0.failure.mtbf`); a value of
 * `undefined` deletes the field.
 */
export function variant(changes: Record<string, unknown>, start: unknown = base()): unknown {
  const copy: unknown = structuredClone(start);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    let obj = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) obj = obj[key] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    if (value === undefined) delete obj[last];
    else obj[last] = value;
  }
  return copy;
}

/** The diagram of {@link base} with other nodes and edges (`'a>b'`). */
export function graph(nodes: unknown[], edges: string[]): Record<string, unknown> {
  return {
    nodes,
    edges: edges.map((e) => {
      const [from, to] = e.split('>');
      return { from, to };
    }),
  };
}

/** Every issue of a result (the warnings of an accepted design). */
export function issuesOf(result: ParseResult): readonly DesignIssue[] {
  return result.ok ? result.warnings : result.issues;
}

/** Every issue found in `input` (errors and warnings, or the warnings of an accepted design). */
export function issuesFor(input: unknown): readonly DesignIssue[] {
  return issuesOf(parseDesign(input));
}

/** The warnings of an accepted input, failing the test with the issues otherwise. */
export function warningsFor(input: unknown): readonly DesignIssue[] {
  const result = parseDesign(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.warnings;
}

/** Matches an error issue (`expect(issuesFor(x)).toContainEqual(error(path, message))`). */
export function error(path: string, message: string): unknown {
  return expect.objectContaining({ severity: 'error', path, message });
}

/** Matches a warning issue. */
export function warning(path: string, message: string): unknown {
  return expect.objectContaining({ severity: 'warning', path, message });
}

/** Asserts the input is accepted with this warning. */
export function expectWarning(input: unknown, path: string, message: string): Design {
  const result = parseDesign(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(result.warnings).toContainEqual(
    expect.objectContaining({ severity: 'warning', path, message }),
  );
  return result.value;
}

/** The design of an accepted input, failing the test with the issues otherwise. */
export function ok(input: unknown): Design {
  const result = parseDesign(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
