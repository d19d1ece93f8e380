/**
 * The evaluation kernel of the exact engine: the context of one evaluation (flattened design,
 * decision diagram, per-block methods, blocks grouped into kinds with identical figures) and the
 * evaluation of the system on per-block figures. `analyze.ts` (the orchestrator) and `mttf.ts`
 * both build on it.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { Component } from '../model/types.ts';
import type { FlatStructure } from '../model/structure.ts';
import type { DecisionDiagram } from '../diagram/bdd.ts';
import { evaluateDecisionDiagram } from '../diagram/bdd.ts';
import type { Pair } from '../math/pair.ts';
import type { BlockMethod, Exact } from './blockModel.ts';
import { computeBlockReliabilityAtInfinity } from './blockModel.ts';
import type { AnalysisCode } from '../errors.ts';
import type { AnalysisWarning } from './result.ts';

/**
 * Whether two flattened designs have the same structure function: same gates, thresholds,
 * predecessors and block of each gate. Compared in place, without building keys.
 */
export function isSameStructure(a: FlatStructure, b: FlatStructure): boolean {
  if (a.blocks.length !== b.blocks.length || a.output !== b.output) return false;
  if (a.gates === b.gates) return true; // one flattening reused (updateFlatComponents)
  if (a.gates.length !== b.gates.length) return false;
  for (let i = 0; i < a.gates.length; i++) {
    const x = a.gates[i]!;
    const y = b.gates[i]!;
    if (x.block !== y.block || x.threshold !== y.threshold || x.preds.length !== y.preds.length) {
      return false;
    }
    for (let j = 0; j < x.preds.length; j++) if (x.preds[j] !== y.preds[j]) return false;
  }
  return true;
}

/** Context of one evaluation: the flattened design, its diagram and per-block methods. */
export interface EvaluationContext {
  readonly flat: FlatStructure;
  readonly dd: DecisionDiagram;
  readonly methods: readonly BlockMethod[];
  /**
   * Blocks with the same component and configuration have the same figures: `kindOf[i]` is
   * block i's kind, `kinds[k]` the first block of kind k. Figures are computed once per kind.
   */
  readonly kindOf: Int32Array;
  readonly kinds: readonly number[];
  readonly warn: (warning: AnalysisWarning) => void;
}

/**
 * What sets a block's figures apart from another's of the same component object: quantity,
 * required and redundancy (`''` for the common case of one active unit).
 */
export function getConfigurationKey(b: FlatStructure['blocks'][number]): string {
  const r = b.redundancy;
  return r.kind === 'active'
    ? b.quantity === 1 && b.required === 1
      ? ''
      : `${b.quantity}|${b.required}`
    : `${b.quantity}|${b.required}|${r.standby}|${r.dormantFactor}|${r.switchSuccess}|${r.switchDelay}`;
}

/** Groups blocks with identical laws and configuration. */
export function getBlockKinds(flat: FlatStructure): { kindOf: Int32Array; kinds: number[] } {
  const kindOf = new Int32Array(flat.blocks.length);
  const kinds: number[] = [];
  // Blocks of one component object share its laws; within a component the configuration
  // (quantity, required, redundancy) tells kinds apart. The common case (one active unit) needs
  // no key string at all.
  const byComponent = new Map<Component, Map<string, number>>();
  for (const b of flat.blocks) {
    const key = getConfigurationKey(b);
    let configs = byComponent.get(b.component);
    if (configs === undefined) {
      configs = new Map();
      byComponent.set(b.component, configs);
    }
    let kind = configs.get(key);
    if (kind === undefined) {
      kind = kinds.length;
      kinds.push(b.index);
      configs.set(key, kind);
    }
    kindOf[b.index] = kind;
  }
  return { kindOf, kinds };
}

/**
 * Evaluates the system on block figures produced by `blockFigure` (called once per block kind
 * with the index of a representative block).
 * @returns the system pair, or `null` (with warnings) when a block's figure is not exact
 */
export function evaluateSystem(
  ctx: EvaluationContext,
  code: AnalysisCode,
  blockFigure: (index: number) => Exact<Pair>,
  into?: { work: Float64Array; fail: Float64Array },
): Pair | null {
  const n = ctx.flat.blocks.length;
  const work = into?.work ?? new Float64Array(n);
  const fail = into?.fail ?? new Float64Array(n);
  const figures = ctx.kinds.map(blockFigure);
  let exact = true;
  for (let i = 0; i < n; i++) {
    const figure = figures[ctx.kindOf[i]!]!;
    if (!figure.ok) {
      ctx.warn({
        code,
        message: figure.error.replace(
          `block ${ctx.flat.blocks[ctx.kinds[ctx.kindOf[i]!]!]!.id}`,
          `block ${ctx.flat.blocks[i]!.id}`,
        ),
        block: ctx.flat.blocks[i]!.id,
      });
      exact = false;
      continue;
    }
    work[i] = figure.value.work;
    fail[i] = figure.value.fail;
  }
  return exact ? evaluateDecisionDiagram(ctx.dd, work, fail) : null;
}

/**
 * The system's reliability as t → ∞ without repair, from each block's limit (1 for a unit
 * that never fails, p for a fixed one, else 0): `work > 0` means the system can work for ever
 * (an unbounded MTTF), and `fail` is the highest unreliability it ever reaches.
 * @param ctx the evaluation context
 * @returns the limit pair
 */
export function evaluateSystemAtInfinity(ctx: EvaluationContext): Pair {
  let pair = atInfinity.get(ctx);
  if (pair === undefined) {
    const { flat, methods, kinds, kindOf } = ctx;
    const n = flat.blocks.length;
    // One limit per kind (blocks of a kind share it), copied out per block.
    const limits = kinds.map((r) =>
      computeBlockReliabilityAtInfinity(flat.blocks[r]!, methods[r]!),
    );
    const work = new Float64Array(n);
    const fail = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const limit = limits[kindOf[i]!]!;
      work[i] = limit.work;
      fail[i] = limit.fail;
    }
    pair = evaluateDecisionDiagram(ctx.dd, work, fail);
    atInfinity.set(ctx, pair);
  }
  return pair;
}

/** The limit of each context (the MTTF and the B-lives of one analysis both ask for it). */
const atInfinity = new WeakMap<EvaluationContext, Pair>();
