/**
 * Cross-checks of the simulation against the exact engine: every example design and random small
 * designs. The exact steady-state availability must lie in the simulation's 99.9 % interval over
 * a long horizon, and the exact mission reliability in the Wilson 99.9 % interval of a run
 * without repair. Replay one random design with CROSS_CHECK_SEED=<seed>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { getMeanLife, getStaticReliability } from '../laws/figures.ts';
import type { Design, DiagramNode } from '../model/types.ts';
import { parseDesign } from '../model/parse.ts';
import { Rng } from './rng.ts';
import { FAILURE_TIME_BINS, getWilsonInterval, Z_999 } from './stats.ts';
import {
  createBlock,
  createComponent,
  createDesign,
  createStandby,
} from '../testing/sampleDesigns.ts';
import { checkAvailability, checkReliability, runOk } from '../testing/simulationChecks.ts';

const EXAMPLES = new URL('../../public/examples/', import.meta.url);
/** System failures per history wanted in the availability check (long horizon: small bias). */
const CYCLES_PER_HISTORY = 200;
/** Cap on the expected unit events of one availability check. */
const EVENT_BUDGET = 4e6;

function loadExamples(): [string, Design][] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => {
      const parsed = parseDesign(JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.issues.map((i) => i.message).join('; ')}`);
      return [f, parsed.value];
    });
}

/** Unit events per time unit when every unit alternates life and repair. */
function getEventRate(design: Design): number {
  const uses = new Map<string, number>();
  const count = (nodes: readonly DiagramNode[], times: number): void => {
    for (const n of nodes) {
      if (n.kind === 'block' && n.repeatOf === null)
        uses.set(n.component, (uses.get(n.component) ?? 0) + n.quantity * times);
      if (n.kind === 'subsystem') count(design.subsystems[n.subsystem]!.nodes, times);
    }
  };
  count(design.diagram.nodes, 1);
  let rate = 0;
  for (const c of design.components) {
    const f = c.failure;
    const mean = getStaticReliability(f) === null ? getMeanLife(f) : Infinity;
    rate += ((uses.get(c.id) ?? 0) * 2) / mean;
  }
  return rate;
}

/** Runs both checks; returns the problems found (none: `[]`). */
function checkDesign(design: Design, seed: number): string[] {
  const problems: string[] = [];
  // Curve times as the summary computes them: t_i = H·i / FAILURE_TIME_BINS.
  const quarterBins = [1, 2, 3, 4].map((q) => (q * FAILURE_TIME_BINS) / 4);
  const quarters = quarterBins.map((i) => (design.missionTime * i) / FAILURE_TIME_BINS);
  const exact = analyzeDesign(design, { times: [design.missionTime, ...quarters], skipMttf: true });
  const availability = exact.steadyState.availability;
  const frequency = exact.steadyState.failureFrequency;
  if (availability !== null && frequency !== null && frequency > 0) {
    // Enough histories for the normal interval of their mean (per-history downtime is skewed).
    const trials = 160;
    let horizon = CYCLES_PER_HISTORY / frequency;
    horizon = Math.min(horizon, EVENT_BUDGET / (trials * getEventRate(design)));
    const r = runOk(design, { trials, horizon, seed });
    // Where plain Monte Carlo can see failures, it must see them.
    if (frequency * horizon >= 10 && r.failures.meanCount <= 2) {
      problems.push(`only ${r.failures.meanCount} failures per history`);
    }
    const verdict = checkAvailability(r, availability);
    if (verdict !== 'inside') problems.push(verdict);
  }
  const reliability = exact.points[0]!.reliability;
  if (reliability !== null) {
    const r = runOk(design, {
      trials: 20_000,
      horizon: design.missionTime,
      seed: seed + 1,
      repair: false,
    });
    if (r.method !== 'mission') problems.push(`mission run used ${r.method}`);
    const verdict = checkReliability(r, reliability);
    if (verdict !== 'inside') problems.push(verdict);
    // The empirical R(t) curve at the quarters of the mission.
    const curve = r.reliabilityCurve;
    quarters.forEach((t, q) => {
      const expected = exact.points[q + 1]!.reliability;
      const i = quarterBins[q]!;
      if (curve.t[i] !== t) problems.push(`curve time ${curve.t[i]} is not ${t}`);
      if (expected === null) return;
      const survived = Math.round(curve.reliability[i]! * r.trials);
      const [low, high] = getWilsonInterval(survived, r.trials, Z_999);
      if (expected < low || expected > high)
        problems.push(`R(${t}) = ${expected} outside [${low}, ${high}]`);
    });
  }
  return problems;
}

describe('simulation against the exact engine', () => {
  for (const [file, design] of loadExamples()) {
    it(`agrees on ${file}`, () => {
      expect(checkDesign(design, 61)).toEqual([]);
    });
  }
});

/** Builds a random small design from a seeded stream: series, parallel, votes, standby, repeats. */
function createRandomDesign(seed: number): Design {
  const rng = new Rng();
  rng.seedStream(seed, 0);
  const pick = (n: number): number => Math.floor(rng.uniform() * n);
  const components = Array.from({ length: 3 }, (_, i) =>
    createComponent(
      `c${i}`,
      { kind: 'exponential', rate: 1 / (200 + pick(2000)) },
      { kind: 'exponential', mttr: 2 + pick(40) },
    ),
  );
  const nodes: DiagramNode[] = [];
  const edges: [string, string][] = [];
  const blocks: string[] = [];
  let id = 0;
  // Returns [entry nodes, exit node] of a random structure of about `size` blocks.
  const build = (size: number, depth: number): [string[], string] => {
    if (size <= 1 || depth > 2) {
      const name = `b${id++}`;
      if (blocks.length > 0 && rng.uniform() < 0.15) {
        const original = blocks[pick(blocks.length)]!;
        const node = nodes.find((n) => n.id === original);
        nodes.push(
          createBlock(name, node?.kind === 'block' ? node.component : 'c0', { repeatOf: original }),
        );
      } else {
        const quantity = 1 + pick(3);
        const required = 1 + pick(quantity);
        const standby = quantity > required && rng.uniform() < 0.4;
        const redundancy = standby
          ? createStandby(rng.uniform() < 0.5 ? 'cold' : 'warm', 0.6 + 0.4 * rng.uniform(), 0, 0.3)
          : ({ kind: 'active' } as const);
        nodes.push(createBlock(name, `c${pick(3)}`, { quantity, required, redundancy }));
        blocks.push(name);
      }
      return [[name], name];
    }
    const parts = 2 + pick(2);
    const children = Array.from({ length: parts }, () =>
      build(Math.floor(size / parts), depth + 1),
    );
    if (rng.uniform() < 0.5) {
      for (let i = 1; i < children.length; i++) {
        for (const entry of children[i]![0]) edges.push([children[i - 1]![1], entry]);
      }
      return [children[0]![0], children[children.length - 1]![1]];
    }
    const join = `j${id++}`;
    nodes.push({ kind: 'junction', id: join, required: 1 + pick(parts - 1) });
    for (const [, exit] of children) edges.push([exit, join]);
    return [children.flatMap(([entries]) => entries), join];
  };
  const [entries, exit] = build(2 + pick(5), 0);
  for (const entry of entries) edges.push(['in', entry]);
  edges.push([exit, 'out']);
  return { ...createDesign(components, nodes, edges), missionTime: 100 + pick(1000) };
}

describe('simulation against the exact engine on random designs', () => {
  const replay = process.env.CROSS_CHECK_SEED;
  const seeds = replay === undefined ? [101, 102, 103, 104, 105, 106, 107, 108] : [Number(replay)];
  for (const seed of seeds) {
    it(`agrees on random design seed ${seed}`, () => {
      expect(checkDesign(createRandomDesign(seed), seed)).toEqual([]);
    });
  }
});
