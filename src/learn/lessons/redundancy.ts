/**
 * Lesson 7, redundancy without repair has diminishing returns: n identical active units
 * without repair last (1/λ)·Hₙ on average, a harmonic sum (the n-th copy adds 1/(nλ)); with repair
 * the mean up time grows by orders of magnitude. MTTF and mean up time from the exact engine.
 * Runs anywhere; no DOM.
 */
import { formatNumber, formatRatio } from '../../report/format.ts';
import type { DesignFile } from '../../model/file.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createExponentialComponent,
  formatTexNumber,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

/** Copies drawn on the chart. */
const CHART_MAX = 10;

/**
 * n active copies of one exponential unit, one needed, each repaired on its own (or never).
 * @param n copies
 * @param mttf each copy's MTTF, hours
 * @param mttr each copy's MTTR, hours (undefined: never repaired)
 */
export function createRedundantDesign(n: number, mttf: number, mttr?: number): DesignFile {
  return createChainDesign(
    `${n} copies`,
    [createExponentialComponent('copy', mttf, mttr)],
    [{ id: 'copies', kind: 'block', component: 'copy', quantity: n, required: 1 }],
    8766,
  );
}

function getFigures(n: number, mttf: number, mttr: number): { plain: number; repaired: number } {
  const plain = analyzeLessonDesign(createRedundantDesign(n, mttf), { skipMeanAvailability: true });
  const repaired = analyzeLessonDesign(createRedundantDesign(n, mttf, mttr), {
    skipMttf: true,
    skipMeanAvailability: true,
  });
  return { plain: plain.mttf ?? NaN, repaired: repaired.steadyState.mut ?? NaN };
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const n = getValue(values, 'n');
  const mttf = getValue(values, 'mttf');
  const mttr = getValue(values, 'mttr');
  const lambda = 1 / mttf;
  const mu = 1 / mttr;
  const now = getFigures(n, mttf, mttr);
  const two = getFigures(2, mttf, mttr);
  const fromNew = two.repaired + 1 / (2 * lambda);
  const harmonic = Array.from({ length: n }, (_, i) => (i === 0 ? '1' : `\\tfrac1{${i + 1}}`));
  const hText =
    n > 4 ? `${harmonic.slice(0, 3).join(' + ')} + \\cdots + \\tfrac1{${n}}` : harmonic.join(' + ');
  const points = Array.from({ length: CHART_MAX }, (_, i) => {
    const f = getFigures(i + 1, mttf, mttr);
    return { x: i + 1, plain: f.plain, repaired: f.repaired };
  });
  const design = createRedundantDesign(n, mttf, mttr);
  return {
    id: 'redundancy',
    number: 7,
    title: 'Redundancy: diminishing returns without repair',
    text: [
      `Without repair, n copies last until the last one fails. The first failure comes after 1/(nλ), the next after 1/((n−1)λ) more, and so on: the n-th copy adds only 1/(nλ). ${n} copies of ${formatNumber(mttf)} h last ${formatNumber(now.plain)} h on average, not ${formatNumber(n * mttf)} h.`,
      `With repair (MTTR ${formatNumber(mttr)} h) a failed copy comes back long before the others fail: the mean up time of ${n} copies is ${formatNumber(now.repaired)} h, ${formatRatio(now.repaired / now.plain)} that without repair.`,
    ],
    formulas: [
      {
        tex: `\\text{MTTF}_{${n}} = \\frac{1}{\\lambda} H_{${n}} = ${formatTexNumber(mttf)} \\left(${hText}\\right) = ${formatTexNumber(now.plain, 6)}\\ \\text{h}`,
        label: `MTTF of ${n} = 1 over lambda times the harmonic number H ${n} = ${formatNumber(now.plain, 6)} hours`,
      },
      {
        tex: `\\begin{aligned} \\text{MTTF}_{2,\\text{rep}} &= \\frac{3\\lambda + \\mu}{2\\lambda^2} = \\text{MUT}_2 + \\frac{1}{2\\lambda} \\\\ &= ${formatTexNumber(two.repaired, 6)} + ${formatTexNumber(1 / (2 * lambda), 6)} = ${formatTexNumber(fromNew, 6)}\\ \\text{h} \\end{aligned}`,
        label: `MTTF of two repaired copies from new = 3 lambda plus mu over 2 lambda squared = ${formatNumber(fromNew, 6)} hours`,
      },
    ],
    figures: [
      {
        key: 'plain',
        label: `MTTF of ${n} without repair`,
        value: now.plain,
        text: `${formatNumber(now.plain, 6)} h`,
      },
      {
        key: 'repaired',
        label: `Mean up time of ${n} with repair`,
        value: now.repaired,
        text: `${formatNumber(now.repaired, 6)} h`,
      },
      {
        key: 'twoFromNew',
        label: `Two repaired copies from new (λ = ${formatNumber(lambda)}, μ = ${formatNumber(mu)} per h)`,
        value: fromNew,
        text: `${formatNumber(fromNew, 6)} h`,
      },
    ],
    chart: {
      kind: 'line',
      title: 'Time to system failure against the number of copies',
      xLabel: 'copies n',
      yLabel: 'hours (log)',
      yLog: true,
      series: [
        { key: 'plain', label: 'MTTF without repair' },
        { key: 'repaired', label: 'mean up time with repair' },
      ],
      points,
      markX: { x: n, label: 'now' },
    },
    questions: [
      {
        id: 'secondCopy',
        prompt:
          'One server has an MTTF of 1000 h and nobody repairs it. You add a second, identical, active server. What is the MTTF of the pair?',
        choices: [
          { id: 'sum', text: '2000 h', correct: false, misconception: 'MTBFs add in parallel' },
          { id: 'right', text: '1500 h', correct: true, misconception: null },
          {
            id: 'same',
            text: '1000 h: a copy fails just as often',
            correct: false,
            misconception: 'redundancy does not change the time to failure',
          },
        ],
        explanation:
          'MTTF = (1/λ)(1 + 1/2) = 1500 h: after the first failure (on average 500 h) the survivor lasts another 1000 h.',
      },
      {
        id: 'copiesOrRepair',
        prompt:
          'Which gives the longer time to system failure: 10 copies that are never repaired, or 2 copies repaired in 10 h on average (MTTF 1000 h each)?',
        choices: [
          {
            id: 'copies',
            text: '10 copies: more copies always pay',
            correct: false,
            misconception: 'more copies always help, whatever the repair',
          },
          { id: 'right', text: '2 repaired copies', correct: true, misconception: null },
          {
            id: 'same',
            text: 'About the same',
            correct: false,
            misconception: 'repair and spares buy the same',
          },
        ],
        explanation:
          '10 copies without repair last (1/λ)·H₁₀ ≈ 2929 h; two repaired copies about 51 500 h from new, some 17 times more.',
      },
    ],
    design,
  };
}

export const REDUNDANCY_LESSON: Lesson = {
  id: 'redundancy',
  number: 7,
  title: 'Redundancy: diminishing returns without repair',
  summary: 'MTTFₙ = (1/λ)·Hₙ; two repaired units last (3λ + μ)/(2λ²).',
  params: [
    { key: 'n', label: 'Copies n', unit: '', min: 1, max: 10, step: 1, initial: 2, integer: true },
    {
      key: 'mttf',
      label: 'MTTF of each',
      unit: 'h',
      min: 1,
      max: 1e6,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
    {
      key: 'mttr',
      label: 'MTTR of each',
      unit: 'h',
      min: 0.01,
      max: 1e5,
      step: 0.01,
      initial: 10,
      scale: 'log',
    },
  ],
  compute,
};
