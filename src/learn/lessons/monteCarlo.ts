/**
 * Lesson 10, Monte Carlo converges (and when it does not): the share of simulated units failed by
 * t estimates F(t), with a 95 % interval whose width falls as 1/√N, so 4× the runs halve it. For
 * rare failures, plain simulation needs about (1.96/0.1)²(1 − p)/p histories for ±10 %. The exact
 * value comes from the exact engine, the estimates from the engine's own simulation
 * (`simulateDesign`), run in small steps so the app never blocks. Runs anywhere; no DOM.
 */
import { formatNumber } from '../../report/format.ts';
import { simulateDesign } from '../../simulation/runner.ts';
import type { DesignFile } from '../../model/file.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createExponentialComponent,
  formatPlainPercent,
  formatTexNumber,
  formatTexPercent,
  toLessonDesign,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

/** The unit's MTBF, hours (the student moves the time instead). */
export const MONTE_CARLO_MTBF = 1000;
/** Runs of the ladder: N/64, N/16, N/4, N (smallest kept at 25 or more). */
const LADDER_STEPS = 4;
/** Seeds of the coverage count. */
export const COVERAGE_SEEDS = 100;
/** z of a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** One estimate of F(t) from a simulation run. */
export interface MonteCarloEstimate {
  readonly trials: number;
  readonly seed: number;
  /** Share of histories failed by t. */
  readonly failed: number;
  /** 95 % (Wilson) interval of the failed share. */
  readonly low: number;
  readonly high: number;
}

/**
 * One exponential unit (MTBF 1000 h) without repair, mission time t.
 * @param tHours the time by which failures are counted, hours
 */
export function createMonteCarloDesign(tHours: number): DesignFile {
  return createChainDesign(
    'Monte Carlo convergence',
    [createExponentialComponent('unit', MONTE_CARLO_MTBF)],
    [{ id: 'unit', kind: 'block', component: 'unit' }],
    tHours,
  );
}

/**
 * Simulates N histories of the lesson's unit and estimates the share failed by t (the engine's
 * mission fast path: about 30 ms for 10⁵ histories, so the app runs one step per task).
 * @param tHours time t, hours
 * @param trials histories N
 * @param seed the run's seed
 */
export function estimateFailedShare(
  tHours: number,
  trials: number,
  seed: number,
): MonteCarloEstimate {
  const run = simulateDesign(toLessonDesign(createMonteCarloDesign(tHours)), {
    trials,
    horizon: tHours,
    seed,
    reliabilityOnly: true,
  });
  if (!run.ok)
    throw new Error(`lesson simulation failed: ${run.error.map((i) => i.message).join('; ')}`);
  const r = run.value.reliability;
  return { trials, seed, failed: 1 - r.mean, low: 1 - r.ci95[1], high: 1 - r.ci95[0] };
}

/** The run sizes of the convergence ladder ending at N, each 4× the one before. */
export function getLadder(trials: number): number[] {
  return Array.from({ length: LADDER_STEPS }, (_, i) =>
    Math.round(trials / 4 ** (LADDER_STEPS - 1 - i)),
  ).filter((n) => n >= 25);
}

/** Whether an estimate's interval contains the exact value. */
export function isCovered(estimate: MonteCarloEstimate, exact: number): boolean {
  return estimate.low <= exact && exact <= estimate.high;
}

/**
 * Histories needed for a relative precision of ±10 % (95 %) on a probability p.
 * @param p the probability estimated
 */
export function getTrialsForTenPercent(p: number): number {
  return (Z95 / 0.1) ** 2 * ((1 - p) / p);
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const t = getValue(values, 't');
  const trials = getValue(values, 'trials');
  const design = createMonteCarloDesign(t);
  const exact = analyzeLessonDesign(design, { times: [t], skipMeanAvailability: true }).points[0]!;
  const p = exact.unreliability ?? NaN;
  const se = Math.sqrt((p * (1 - p)) / trials);
  const needed = getTrialsForTenPercent(p);
  return {
    id: 'montecarlo',
    number: 10,
    title: 'Monte Carlo converges (and when it does not)',
    text: [
      `A simulation draws N lives of a unit (MTBF ${formatNumber(MONTE_CARLO_MTBF)} h) and counts the share failed by t = ${formatNumber(t)} h. The exact value is ${formatPlainPercent(p, 6)}; the estimate wanders around it, with a 95 % interval about ±1.96·SE wide.`,
      `The standard error falls as 1/√N: 4× the runs halve the interval. Over many seeds about 95 % of the intervals contain the exact value. For a rare failure, plain simulation needs about ${formatNumber(needed, 3)} histories for ±10 %, which is why the exact engine matters.`,
    ],
    formulas: [
      {
        tex: `\\text{SE} = \\sqrt{\\frac{p(1-p)}{N}} = \\sqrt{\\frac{${formatTexNumber(p)}\\,(1-${formatTexNumber(p)})}{${formatTexNumber(trials)}}} = ${formatTexNumber(se)}`,
        label: `SE = square root of p times 1 minus p over N = ${formatNumber(se)}`,
      },
      {
        tex: `N_{10\\%} \\approx \\left(\\frac{1.96}{0.1}\\right)^2 \\frac{1-p}{p} = 384.1 \\times \\frac{1-${formatTexNumber(p)}}{${formatTexNumber(p)}} = ${formatTexNumber(needed, 3)}`,
        label: `N for 10 percent = 1.96 over 0.1 squared times 1 minus p over p = ${formatNumber(needed, 3)}`,
      },
      {
        tex: `p = F(t) = 1 - e^{-t/\\theta} = ${formatTexPercent(p, 6)}`,
        label: `p = F of t = 1 minus e to the minus t over theta = ${formatPlainPercent(p, 6)}`,
      },
    ],
    figures: [
      {
        key: 'exact',
        label: `Exact share failed by ${formatNumber(t)} h`,
        value: p,
        text: formatPlainPercent(p, 6),
      },
      {
        key: 'se',
        label: `Standard error at N = ${formatNumber(trials)}`,
        value: se,
        text: formatNumber(se),
      },
      {
        key: 'halfWidth',
        label: 'Expected 95 % half-width',
        value: Z95 * se,
        text: `±${formatPlainPercent(Z95 * se, 3)}`,
      },
      { key: 'needed', label: 'Histories for ±10 %', value: needed, text: formatNumber(needed, 3) },
    ],
    chart: {
      kind: 'line',
      title: 'Estimates and their 95 % intervals against the exact value',
      xLabel: 'histories N (log)',
      yLabel: 'failed by t (%)',
      xLog: true,
      yFit: true,
      series: [
        { key: 'exact', label: 'exact' },
        { key: 'bandLow', label: 'exact − 1.96 SE' },
        { key: 'bandHigh', label: 'exact + 1.96 SE' },
      ],
      points: getLadder(trials).map((n) => {
        const s = Math.sqrt((p * (1 - p)) / n);
        return {
          x: n,
          exact: 100 * p,
          bandLow: 100 * (p - Z95 * s),
          bandHigh: 100 * (p + Z95 * s),
        };
      }),
    },
    questions: [
      {
        id: 'fourTimes',
        prompt:
          'A simulation with N runs gives a 95 % interval ±2 % wide. You run 4N instead. How wide is the interval now?',
        choices: [
          {
            id: 'quarter',
            text: '±0.5 %: a quarter',
            correct: false,
            misconception: 'the error falls as 1/N',
          },
          { id: 'right', text: '±1 %: half', correct: true, misconception: null },
          {
            id: 'same',
            text: '±2 %: once N is large, more runs do not help',
            correct: false,
            misconception: 'a large simulation is already exact',
          },
        ],
        explanation: 'SE = √(p(1 − p)/N): four times N divides it by √4 = 2.',
      },
      {
        id: 'rareEvent',
        prompt:
          'A system is down with probability U = 10⁻⁵. About how many simulated moments are needed to estimate U within ±10 %?',
        choices: [
          {
            id: 'thousands',
            text: 'About 10 000',
            correct: false,
            misconception: 'a few thousand runs are always enough',
          },
          {
            id: 'inverse',
            text: 'About 100 000 (1/U)',
            correct: false,
            misconception: 'seeing the event once or twice is enough',
          },
          { id: 'right', text: 'About 38 million', correct: true, misconception: null },
        ],
        explanation: `N ≈ (1.96/0.1)² × (1 − 10⁻⁵)/10⁻⁵ = ${formatNumber(getTrialsForTenPercent(1e-5), 3)}: rare failures need the exact engine.`,
      },
    ],
    design,
  };
}

export const MONTE_CARLO_LESSON: Lesson = {
  id: 'montecarlo',
  number: 10,
  title: 'Monte Carlo converges (and when it does not)',
  summary: 'SE = √(p(1 − p)/N): 4× the runs halve the interval.',
  params: [
    {
      key: 't',
      label: 'Time t',
      unit: 'h',
      min: 1,
      max: 10000,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
    {
      key: 'trials',
      label: 'Histories N',
      unit: '',
      min: 100,
      max: 100000,
      step: 0.01,
      initial: 10000,
      integer: true,
      scale: 'log',
    },
    {
      key: 'seed',
      label: 'Seed',
      unit: '',
      min: 0,
      max: 1000000,
      step: 1,
      initial: 1,
      integer: true,
    },
  ],
  compute,
};
