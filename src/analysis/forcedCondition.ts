/**
 * Failure effects (issue 10, the replay's teaching mode, after RAPTOR's): the design under a
 * condition set by hand, some units held failed. The system's state with every other unit
 * working, the minimal cut sets among the blocks held down, which diagram nodes still lie on a
 * working route from start to end, and the exact long-run availability of the design with those
 * units held down and every other unit failing and being repaired as usual. The availability is
 * the exact engine's: the same decision diagram (Bryant 1986) evaluated on block figures where a
 * block held down is (work 0, fail 1) and a k-of-n block with m units held failed is the same
 * block with n − m units.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { Design, DesignIssue } from '../model/types.ts';
import type { FlatBlock, FlatBlockKind, FlatStructure } from '../model/structure.ts';
import { createFlatStructure, evaluateFlatStructure } from '../model/structure.ts';
import type { DecisionDiagram } from '../diagram/bdd.ts';
import {
  DiagramTooLarge,
  compileDecisionDiagram,
  evaluateDecisionDiagram,
} from '../diagram/bdd.ts';
import type { Result } from '../util/result.ts';
import type { Exact, SteadyPair } from './blockModel.ts';
import { computeBlockSteadyState, getBlockMethod } from './blockModel.ts';
import { getBlockKinds, isSameStructure } from './evaluation.ts';
import { createRouteNetwork, getLiveNodes } from '../model/routes.ts';

/** A condition set by hand: per flat block id, how many of its units are held failed. */
export interface ForcedCondition {
  /** Units held failed by block path id (`db`, `site1/db`); absent means none. */
  readonly unitsDown: Readonly<Record<string, number>>;
}

/** One flat block under the condition. */
export interface ConditionBlock {
  /** Path id (`site1/db`), as in traces and cut sets. */
  readonly id: string;
  readonly kind: FlatBlockKind;
  readonly quantity: number;
  readonly required: number;
  /** Path ids of the diagram nodes drawing it. */
  readonly nodeIds: readonly string[];
  /** Units held failed. */
  readonly unitsDown: number;
  /** Fewer than `required` units are left: the block is down. */
  readonly down: boolean;
}

/** The design under a condition. */
export interface ConditionResult {
  readonly blocks: readonly ConditionBlock[];
  /** The system works with the held units failed and every other unit working. */
  readonly systemUp: boolean;
  /**
   * Exact long-run availability under the condition (held units failed for good, the others as
   * usual), both sides kept (`unavailability` is not 1 − `availability` rounded); `null` with a
   * reason when the exact engine cannot give it.
   */
  readonly availability: number | null;
  readonly unavailability: number | null;
  /** The long-run availability of the design with nothing held (for comparison). */
  readonly baseAvailability: number | null;
  readonly baseUnavailability: number | null;
  /** Why the availability is `null`, else `null`. */
  readonly reason: string | null;
  /** Minimal cut sets made of blocks held down (block path ids); empty while the system is up. */
  readonly cutSets: readonly (readonly string[])[];
  /** False when the held blocks were too many to list every cut set (one is given). */
  readonly cutSetsComplete: boolean;
  /** Top-level diagram node ids that still lie on a working route from start to end. */
  readonly liveNodes: readonly string[];
}

/** Most blocks held down for which every minimal cut set among them is listed (2^n checks). */
export const MAX_ENUMERATED_DOWN = 12;

const BROKEN: SteadyPair = { work: 0, fail: 1, frequency: 0 };

/** Checks the condition against the design's blocks (worker input is untrusted). */
function readCondition(
  flat: FlatStructure,
  condition: ForcedCondition,
): Result<Int32Array, DesignIssue[]> {
  const index = new Map(flat.blocks.map((b) => [b.id, b.index]));
  const down = new Int32Array(flat.blocks.length);
  const issues: DesignIssue[] = [];
  const entries =
    typeof condition === 'object' && condition !== null && typeof condition.unitsDown === 'object'
      ? Object.entries(condition.unitsDown ?? {})
      : [];
  for (const [id, value] of entries) {
    const b = index.get(id);
    const path = `condition.${id}`;
    if (b === undefined) {
      issues.push({ severity: 'error', code: 'unknown-node', path, message: `no block ${id}` });
      continue;
    }
    const q = flat.blocks[b]!.quantity;
    if (!Number.isInteger(value) || value < 0 || value > q) {
      issues.push({
        severity: 'error',
        code: 'out-of-range',
        path,
        message: `units held failed of ${id}: ${String(value)} (must be a whole number from 0 to ${q})`,
      });
      continue;
    }
    down[b] = value;
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: down };
}

/** Long-run figures of every block, the held ones replaced (one figure per kind otherwise). */
function getBlockFigures(flat: FlatStructure, unitsDown: Int32Array | null): Exact<SteadyPair>[] {
  const { kindOf, kinds } = getBlockKinds(flat);
  const byKind = kinds.map((r) =>
    computeBlockSteadyState(flat.blocks[r]!, getBlockMethod(flat.blocks[r]!)),
  );
  return flat.blocks.map((block, i) => {
    const m = unitsDown?.[i] ?? 0;
    if (m === 0) return byKind[kindOf[i]!]!;
    if (block.quantity - m < block.required) return { ok: true, value: BROKEN };
    const reduced: FlatBlock = { ...block, quantity: block.quantity - m };
    return computeBlockSteadyState(reduced, getBlockMethod(reduced));
  });
}

/** The system's long-run pair on these figures, or the first reason one is not exact. */
function evaluatePair(
  dd: DecisionDiagram,
  figures: readonly Exact<SteadyPair>[],
): Result<{ work: number; fail: number }, string> {
  const work = new Float64Array(figures.length);
  const fail = new Float64Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (!f.ok) return { ok: false, error: f.error };
    work[i] = f.value.work;
    fail[i] = f.value.fail;
  }
  return { ok: true, value: evaluateDecisionDiagram(dd, work, fail) };
}

/** Whether the system works when exactly the blocks in `down` are down. */
function worksWithout(flat: FlatStructure, down: readonly number[]): boolean {
  const up = new Uint8Array(flat.blocks.length).fill(1);
  for (const b of down) up[b] = 0;
  return evaluateFlatStructure(flat, up)[flat.output] === 1;
}

/**
 * Minimal cut sets contained in the set of blocks held down: every one when they are at most
 * {@link MAX_ENUMERATED_DOWN} (subsets by size, supersets of a found set skipped), else one, found
 * by dropping each block that is not needed.
 */
function findCutSets(
  flat: FlatStructure,
  down: readonly number[],
): { sets: number[][]; complete: boolean } {
  if (worksWithout(flat, down)) return { sets: [], complete: true };
  if (down.length > MAX_ENUMERATED_DOWN) {
    const set = down.slice();
    for (let i = set.length - 1; i >= 0; i--) {
      const without = set.slice(0, i).concat(set.slice(i + 1));
      if (!worksWithout(flat, without)) set.splice(i, 1);
    }
    return { sets: [set], complete: false };
  }
  const n = down.length;
  const found: number[] = [];
  const masks = Array.from({ length: 1 << n }, (_, m) => m).sort(
    (a, b) => popCount(a) - popCount(b) || a - b,
  );
  for (const mask of masks) {
    if (mask === 0 || found.some((f) => (f & mask) === f)) continue;
    const members = down.filter((_, i) => ((mask >> i) & 1) === 1);
    if (!worksWithout(flat, members)) found.push(mask);
  }
  return {
    sets: found.map((mask) => down.filter((_, i) => ((mask >> i) & 1) === 1)),
    complete: true,
  };
}

function popCount(m: number): number {
  let c = 0;
  for (let x = m; x !== 0; x &= x - 1) c++;
  return c;
}

/** Evaluates designs under conditions, keeping the compiled diagram while the structure holds. */
export interface ConditionAnalyzer {
  /**
   * The design under a condition.
   * @param design a validated design
   * @param condition units held failed per block path id (untrusted: checked)
   * @returns the figures, or the issues of a condition naming unknown blocks or bad counts
   */
  evaluate(design: Design, condition: ForcedCondition): Result<ConditionResult, DesignIssue[]>;
}

/**
 * Creates a condition analyzer.
 * @example
 * const analyzer = createConditionAnalyzer();
 * analyzer.evaluate(design, { unitsDown: { db: 1 } }); // the design with one db unit failed
 */
export function createConditionAnalyzer(): ConditionAnalyzer {
  let cachedFlat: FlatStructure | null = null;
  let cachedDd: DecisionDiagram | null = null;
  let refused: string | null = null;
  return {
    evaluate(design, condition) {
      const flat = createFlatStructure(design);
      if (cachedFlat === null || !isSameStructure(flat, cachedFlat)) {
        cachedFlat = flat;
        try {
          cachedDd = compileDecisionDiagram(flat);
          refused = null;
        } catch (error) {
          if (!(error instanceof DiagramTooLarge)) throw error;
          cachedDd = null;
          refused = `this design's structure is too large to solve exactly (${error.message}); the state, the cut sets and the routes are still shown`;
        }
      }
      const read = readCondition(flat, condition);
      if (!read.ok) return read;
      const unitsDown = read.value;
      const blocks = flat.blocks.map((b, i): ConditionBlock => {
        const m = unitsDown[i]!;
        return {
          id: b.id,
          kind: b.kind,
          quantity: b.quantity,
          required: b.required,
          nodeIds: b.nodeIds,
          unitsDown: m,
          down: b.quantity - m < b.required,
        };
      });
      const downIndices = blocks.flatMap((b, i) => (b.down ? [i] : []));
      const up = Uint8Array.from(blocks, (b) => (b.down ? 0 : 1));
      const cuts = findCutSets(flat, downIndices);
      const held =
        cachedDd === null ? null : evaluatePair(cachedDd, getBlockFigures(flat, unitsDown));
      const base = cachedDd === null ? null : evaluatePair(cachedDd, getBlockFigures(flat, null));
      const reason = refused ?? (held !== null && !held.ok ? held.error : null);
      return {
        ok: true,
        value: {
          blocks,
          systemUp: evaluateFlatStructure(flat, up)[flat.output] === 1,
          availability: held?.ok ? held.value.work : null,
          unavailability: held?.ok ? held.value.fail : null,
          baseAvailability: base?.ok ? base.value.work : null,
          baseUnavailability: base?.ok ? base.value.fail : null,
          reason,
          cutSets: cuts.sets.map((set) => set.map((i) => flat.blocks[i]!.id)),
          cutSetsComplete: cuts.complete,
          liveNodes: [...getLiveNodes(createRouteNetwork(flat), up)],
        },
      };
    },
  };
}
