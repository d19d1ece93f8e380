/**
 * What an analyzer keeps between evaluations of the failure-side figures (the MTTF integral, the
 * B-life roots): they depend on the structure and the failure laws only, so an edit of a repair
 * parameter reuses them.
 * Runs anywhere; no DOM.
 */
import type { EvaluationContext } from './evaluation.ts';
import type { AnalysisWarning, BLife } from './result.ts';

/**
 * The last figure of the failure side computed (MTTF, B-lives), with what it depends on:
 * structure and failure laws, not repair.
 */
export interface FailureMemo<T> {
  key: string;
  value: T;
  warnings: AnalysisWarning[];
}

/**
 * The memo's value for `key`, computing it (and keeping its warnings) when the key changed; the
 * warnings are passed on to `ctx.warn` either way.
 * @param memo the memo to read and update
 * @param key from {@link getFailureKey}
 * @param ctx the evaluation context
 * @param compute computes the figure
 * @returns the figure
 * @example
 * const mttf = getMemoized(memos.mttf, key, ctx, computeSystemMttf);
 */
export function getMemoized<T>(
  memo: FailureMemo<T>,
  key: string,
  ctx: EvaluationContext,
  compute: (ctx: EvaluationContext) => T,
): T {
  if (key !== memo.key) {
    const warnings: AnalysisWarning[] = [];
    memo.value = compute({ ...ctx, warn: (w) => warnings.push(w) });
    memo.warnings = warnings;
    memo.key = key;
  }
  for (const w of memo.warnings) ctx.warn(w);
  return memo.value;
}

/** Memos of the failure-side figures kept by an analyzer between evaluations. */
export interface FailureMemos {
  readonly mttf: FailureMemo<number | null>;
  readonly bLife: FailureMemo<BLife | null>;
}

/**
 * Everything the failure-side figures depend on: the structure (by its version in the
 * analyzer), which kind each block is, and each kind's failure side (not its repair).
 * @param structureVersion bumped by the analyzer whenever it recompiles the structure
 * @param ctx the evaluation context
 * @returns a key that changes whenever the MTTF or a B-life may change
 */
export function getFailureKey(structureVersion: number, ctx: EvaluationContext): string {
  const parts = ctx.kinds.map((r) => {
    const b = ctx.flat.blocks[r]!;
    return JSON.stringify([b.component.failure, b.quantity, b.required, b.redundancy]);
  });
  // Which kind each block is, as two independent 32-bit hashes (no string of 1000 numbers).
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < ctx.kindOf.length; i++) {
    const v = ctx.kindOf[i]!;
    h1 = Math.imul(h1 ^ v, 0x01000193);
    h2 = Math.imul(h2 ^ (v + i), 0x5bd1e995) ^ (h2 >>> 15);
  }
  return `${structureVersion}#${h1 >>> 0}:${h2 >>> 0}#${ctx.kinds.join(',')}#${parts.join('|')}`;
}
