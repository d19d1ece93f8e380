/**
 * The small designs lessons are computed on: a chain of blocks from start to end, evaluated by
 * the exact engine. Each lesson's numbers come from here, never from a formula alone, so what a
 * lesson shows is what the product computes. Runs anywhere; no DOM.
 */
import { createAnalyzer } from '../analysis/analyze.ts';
import type { AnalysisOptions, Analyzer } from '../analysis/analyze.ts';
import type { AnalysisResult } from '../analysis/result.ts';
import type { ComponentFile, DesignFile, NodeFile } from '../model/file.ts';
import { parseDesign } from '../model/parse.ts';
import type { Design } from '../model/types.ts';
import { formatNumber } from '../report/format.ts';

/** A block node of a lesson design. */
export type LessonBlock = Extract<NodeFile, { kind: 'block' }>;

/**
 * A design of blocks in a row (`in → b1 → b2 → … → out`), hours as the time unit.
 * @param name the design's name
 * @param components the component types the blocks use
 * @param blocks the blocks, in series order
 * @param missionTimeHours the mission time, hours
 */
export function createChainDesign(
  name: string,
  components: ComponentFile[],
  blocks: LessonBlock[],
  missionTimeHours: number,
): DesignFile {
  const ids = ['in', ...blocks.map((b) => b.id), 'out'];
  return {
    format: 'rbd-design',
    version: 1,
    name,
    timeUnit: 'hour',
    missionTime: missionTimeHours,
    components,
    diagram: {
      nodes: [{ id: 'in', kind: 'start' }, ...blocks, { id: 'out', kind: 'end' }],
      edges: ids.slice(1).map((to, i) => ({ from: ids[i]!, to })),
    },
  };
}

/** An exponential component with an MTBF and, optionally, an exponential repair (hours). */
export function createExponentialComponent(
  id: string,
  mtbfHours: number,
  mttrHours?: number,
): ComponentFile {
  return {
    id,
    name: id,
    failure: { distribution: 'exponential', mtbf: mtbfHours },
    ...(mttrHours === undefined
      ? {}
      : { repair: { distribution: 'exponential', mttr: mttrHours } }),
  };
}

/** A component that works with a fixed probability p at every moment (a teaching device). */
export function createFixedComponent(id: string, probability: number): ComponentFile {
  return { id, name: id, failure: { distribution: 'fixed', reliability: probability } };
}

/**
 * Validates a lesson's design file. A lesson builds its design from checked parameters, so an
 * invalid one is a bug.
 */
export function toLessonDesign(file: DesignFile): Design {
  const parsed = parseDesign(file);
  if (!parsed.ok) {
    throw new Error(`lesson design invalid: ${parsed.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.value;
}

/**
 * The exact analysis of a lesson's design file. Lessons use neither the mean availability over
 * [0, t] nor a list of cut sets, so both are skipped unless asked for (a lesson redraws on every
 * slider step).
 */
export function analyzeLessonDesign(
  file: DesignFile,
  options: AnalysisOptions = {},
): AnalysisResult {
  return getAnalyzer(file).evaluate(toLessonDesign(file), {
    skipMeanAvailability: true,
    cutSetLimit: 1,
    ...options,
  });
}

/** Analyzers kept by diagram shape, so a slider step reuses the compiled structure. */
const ANALYZERS = new Map<string, Analyzer>();
const MAX_ANALYZERS = 64;

/**
 * The analyzer for a design's shape. An analyzer recompiles by itself when the structure it is
 * given differs, so the key only decides reuse, never correctness.
 */
function getAnalyzer(file: DesignFile): Analyzer {
  const key = JSON.stringify(file.diagram);
  let analyzer = ANALYZERS.get(key);
  if (analyzer === undefined) {
    if (ANALYZERS.size >= MAX_ANALYZERS) ANALYZERS.delete(ANALYZERS.keys().next().value!);
    analyzer = createAnalyzer();
    ANALYZERS.set(key, analyzer);
  }
  return analyzer;
}

/**
 * A number for TeX: formatted as everywhere in the app, with its group commas kept tight
 * (`{,}`) and a missing value as a dash.
 * @param value the number, or null
 * @param digits significant digits
 * @example
 * formatTexNumber(51500) // '51{,}500'
 */
export function formatTexNumber(value: number | null, digits = 4): string {
  const text = formatNumber(value, digits);
  if (text === '—') return '\\text{—}';
  if (text === '∞') return '\\infty';
  const [mantissa, exponent] = text.replaceAll(',', '{,}').replace('−', '-').split('e');
  return exponent === undefined ? mantissa! : `${mantissa} \\times 10^{${Number(exponent)}}`;
}

/** A probability as a percent for TeX (`99.0045\,\%`), with enough digits to tell nines apart. */
export function formatTexPercent(p: number | null, digits = 6): string {
  return p === null ? '\\text{—}' : `${formatTexNumber(p * 100, digits)}\\,\\%`;
}

/** A probability as a percent in plain text (`99.0045 %`). */
export function formatPlainPercent(p: number | null, digits = 6): string {
  return p === null ? '—' : `${formatNumber(p * 100, digits)} %`;
}

/**
 * Times from 0 to `end` (inclusive) in `count` even steps, for curves.
 * @param end last time, hours
 * @param count number of points (≥ 2)
 */
export function getEvenTimes(end: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (end * i) / (count - 1));
}
