/**
 * Pure helpers of the compare view: the availability target as typed, the cut sets that appear
 * or disappear between two designs with their minutes per year, and the chart's time grid.
 * Runs anywhere.
 */
import type { AnalysisResult } from '../../src/index.ts';
import { HOURS_PER_YEAR } from '../../src/index.ts';

/** Minutes in a year of 8766 h. */
export const MINUTES_PER_YEAR = HOURS_PER_YEAR * 60;

/**
 * Reads an availability target typed as a percentage ("99.99") or with a sign ("99.99 %").
 * @returns the probability, or the message to show next to the field
 */
export function readTargetPercent(text: string): { value: number } | { error: string } {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return { error: 'Enter a target, e.g. 99.99.' };
  const percent = Number(trimmed);
  if (!Number.isFinite(percent)) return { error: `“${text}” is not a number.` };
  if (percent <= 0 || percent >= 100) return { error: 'Must be between 0 and 100 %.' };
  // Read as decimal digits shifted by two ("99.99e-2" is 0.9999 exactly as typed).
  const shifted = Number(`${trimmed}e-2`);
  return { value: Number.isFinite(shifted) ? shifted : percent / 100 };
}

/** A minimal cut set that one design has and the other does not. */
export interface CutSetChange {
  readonly blocks: readonly string[];
  /**
   * `removed`: the baseline has it and the design does not; `added`: the reverse; `changed`:
   * both have it, with different shares.
   */
  readonly change: 'added' | 'removed' | 'changed';
  /**
   * Its share of the downtime, minutes per year (the design that has it; for `changed`, the
   * design's share minus the baseline's); null unknown.
   */
  readonly minutesPerYear: number | null;
}

function keyOf(set: readonly string[]): string {
  return [...set].sort().join('\u0000');
}

/**
 * The cut sets that appear, disappear or change share from `base` to `other`, largest first
 * (by the size of the change). Minutes are the
 * rare-event contribution P(every block of the set down) × minutes per year. Only the most
 * probable sets the engine lists are compared (`minimalCutSets`, 100 by default).
 * @param base the baseline's analysis
 * @param other the other design's analysis
 */
export function getCutSetChanges(base: AnalysisResult, other: AnalysisResult): CutSetChange[] {
  const minutes = (r: AnalysisResult, i: number): number | null => {
    const p = r.minimalCutSetProbabilities[i];
    return p === null || p === undefined ? null : p * MINUTES_PER_YEAR;
  };
  const inOther = new Set(other.minimalCutSets.map(keyOf));
  const changes: CutSetChange[] = [];
  base.minimalCutSets.forEach((set, i) => {
    if (!inOther.has(keyOf(set))) {
      changes.push({ blocks: set, change: 'removed', minutesPerYear: minutes(base, i) });
    }
  });
  const baseIndex = new Map(base.minimalCutSets.map((set, i) => [keyOf(set), i]));
  other.minimalCutSets.forEach((set, i) => {
    const j = baseIndex.get(keyOf(set));
    if (j === undefined) {
      changes.push({ blocks: set, change: 'added', minutesPerYear: minutes(other, i) });
      return;
    }
    const now = minutes(other, i);
    const before = minutes(base, j);
    // Shares that moved by less than a part in a million are the same set, unchanged.
    if (now !== null && before !== null && Math.abs(now - before) > 1e-6 * Math.max(now, before)) {
      changes.push({ blocks: set, change: 'changed', minutesPerYear: now - before });
    }
  });
  const size = (c: CutSetChange) => Math.abs(c.minutesPerYear ?? 0);
  return changes.sort((a, b) => size(b) - size(a));
}

/** Points of the A(t) chart's time grid, hours (log-spaced, with 0). */
export const CURVE_POINTS = 48;

/**
 * The A(t) chart's times, hours: 0, then log-spaced from 0.01 h to `endHours` (the transient of
 * A(t) is on the scale of the repair times, so a log axis shows it and the long run together).
 * @param endHours the last time, hours
 */
export function createCurveHours(endHours: number): number[] {
  const start = Math.log10(0.01);
  const end = Math.log10(Math.max(endHours, 1));
  const times = [0];
  for (let i = 0; i < CURVE_POINTS; i++)
    times.push(10 ** (start + ((end - start) * i) / (CURVE_POINTS - 1)));
  return times;
}
