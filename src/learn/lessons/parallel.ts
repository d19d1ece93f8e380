/**
 * Lesson 6, parallel and k-of-n: n identical blocks of which k must work. For k = 1 the
 * unavailabilities multiply, U = ∏(1 − Aᵢ), so A = 1 − (1 − A)ⁿ (the misconception writes
 * (1 − A)ⁿ as the availability). The binomial bars of "how many are up" come from the engine's
 * k-of-n availabilities. Runs anywhere; no DOM.
 */
import { formatDowntimePerYear, formatNumber } from '../../report/format.ts';
import type { DesignFile } from '../../model/file.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createFixedComponent,
  formatPlainPercent,
  formatTexNumber,
  formatTexPercent,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

/**
 * One block of n identical units, each working with probability a, k of which must work.
 * @param n units
 * @param k units needed
 * @param a each unit's availability (0..1)
 */
export function createVoteDesign(n: number, k: number, a: number): DesignFile {
  return createChainDesign(
    `${k} of ${n}`,
    [createFixedComponent('unit', a)],
    [{ id: 'units', kind: 'block', component: 'unit', quantity: n, required: k }],
    8766,
  );
}

/** The engine's availability of k of n. */
function getVoteAvailability(n: number, k: number, a: number): { a: number; u: number } {
  const s = analyzeLessonDesign(createVoteDesign(n, k, a)).steadyState;
  return { a: s.availability ?? NaN, u: s.unavailability ?? NaN };
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const n = getValue(values, 'n');
  const k = getValue(values, 'k');
  const a = getValue(values, 'a') / 100;
  const design = createVoteDesign(n, k, a);
  const steady = analyzeLessonDesign(design).steadyState;
  // P(exactly i up) = P(at least i) − P(at least i + 1), each from the engine's k-of-n.
  const atLeast = [
    1,
    ...Array.from({ length: n }, (_, i) => getVoteAvailability(n, i + 1, a).a),
    0,
  ];
  const bars = Array.from({ length: n + 1 }, (_, i) => ({
    x: i,
    probability: 100 * Math.max(0, atLeast[i]! - atLeast[i + 1]!),
  }));
  const terms = Array.from({ length: n - k + 1 }, (_, j) => {
    const i = k + j;
    return `\\tbinom{${n}}{${i}}${formatTexNumber(a, 6)}^{${i}}${n - i > 0 ? `(${formatTexNumber(1 - a, 6)})^{${n - i}}` : ''}`;
  });
  const sum = terms.length > 3 ? `${terms.slice(0, 2).join(' + ')} + \\cdots` : terms.join(' + ');
  const parallel = getVoteAvailability(n, 1, a);
  const parallelFormulas = [
    {
      tex: `U_p = \\prod_{i=1}^{${n}} (1 - A_i) = (${formatTexNumber(1 - a, 6)})^{${n}} = ${formatTexNumber(parallel.u, 4)}`,
      label: `U parallel = the product of the unavailabilities = ${formatNumber(parallel.u)}`,
    },
    {
      tex: `A_p = 1 - U_p = ${formatTexPercent(parallel.a, 8)}`,
      label: `A parallel = 1 minus U parallel = ${formatPlainPercent(parallel.a, 8)}`,
    },
  ];
  return {
    id: 'parallel',
    number: 6,
    title: 'Parallel and k-of-n',
    text: [
      'Blocks in parallel fail only when all of them have failed: the unavailabilities multiply. (1 − A)ⁿ is the chance that all are down, not the availability; the availability is one minus it.',
      `A vote needs k of the n units: ${k} of ${n} units at ${formatPlainPercent(a, 6)} each give ${formatPlainPercent(steady.availability, 8)}, ${formatDowntimePerYear(steady.downtimePerYear)} of downtime. The bars show how many units are up at a random moment.`,
    ],
    formulas: [
      ...parallelFormulas,
      {
        tex: `\\begin{aligned} A_{${k}/${n}} &= \\sum_{i=${k}}^{${n}} \\binom{${n}}{i} A^i (1-A)^{${n}-i} \\\\ &= ${sum} = ${formatTexPercent(steady.availability, 8)} \\end{aligned}`,
        label: `A ${k} of ${n} = sum over i from ${k} to ${n} of n choose i A to the i times 1 minus A to the n minus i = ${formatPlainPercent(steady.availability, 8)}`,
      },
    ],
    figures: [
      {
        key: 'availability',
        label: `Availability, ${k} of ${n}`,
        value: steady.availability,
        text: formatPlainPercent(steady.availability, 8),
      },
      {
        key: 'unavailability',
        label: `Unavailability, ${k} of ${n}`,
        value: steady.unavailability,
        text: formatNumber(steady.unavailability),
      },
      {
        key: 'downtime',
        label: 'Downtime per year',
        value: steady.downtimePerYear,
        text: formatDowntimePerYear(steady.downtimePerYear),
      },
    ],
    chart: {
      kind: 'bar',
      title: 'How many units are up (probability)',
      xLabel: 'units up',
      yLabel: 'probability (%)',
      series: [{ key: 'probability', label: 'probability (%)' }],
      points: bars,
      markX: { x: k, label: `k = ${k}` },
    },
    questions: [
      {
        id: 'twoInParallel',
        prompt:
          'Two servers, each 99 % available; either one can carry the load. How available is the pair?',
        choices: [
          { id: 'right', text: '99.99 %', correct: true, misconception: null },
          {
            id: 'unavailability',
            text: '0.01 %: (1 − 0.99)²',
            correct: false,
            misconception: 'the parallel formula is (1 − A)², without the leading “1 −”',
          },
          {
            id: 'series',
            text: '98.01 %: 0.99²',
            correct: false,
            misconception: 'parallel availabilities multiply like series ones',
          },
          {
            id: 'same',
            text: '99 %: a copy does not change the availability',
            correct: false,
            misconception: 'availabilities average out',
          },
        ],
        explanation:
          'U = (1 − 0.99)² = 0.0001, so A = 1 − U = 99.99 %: the pair is down only when both are.',
      },
      {
        id: 'twoOfThree',
        prompt:
          'Three replicas, each 90 % available; a quorum of 2 must be up. How available is the quorum?',
        choices: [
          {
            id: 'oneOfThree',
            text: '99.9 %',
            correct: false,
            misconception: 'a vote is as good as plain parallel (1 of 3)',
          },
          { id: 'right', text: '97.2 %', correct: true, misconception: null },
          {
            id: 'series',
            text: '72.9 %: 0.9³',
            correct: false,
            misconception: 'every replica must be up',
          },
          {
            id: 'same',
            text: '90 %',
            correct: false,
            misconception: 'availabilities average out',
          },
        ],
        explanation: 'A = 3·0.9²·0.1 + 0.9³ = 0.243 + 0.729 = 0.972.',
      },
    ],
    design,
  };
}

export const PARALLEL_LESSON: Lesson = {
  id: 'parallel',
  number: 6,
  title: 'Parallel and k-of-n',
  summary: 'U = ∏(1 − Aᵢ): 2 × 99 % gives 99.99 %; 2-of-3 at 0.9 gives 0.972.',
  params: [
    { key: 'n', label: 'Units n', unit: '', min: 1, max: 12, step: 1, initial: 3, integer: true },
    {
      key: 'k',
      label: 'Units needed k',
      unit: '',
      min: 1,
      max: 12,
      step: 1,
      initial: 2,
      integer: true,
    },
    {
      key: 'a',
      label: 'Availability of each',
      unit: '%',
      min: 1,
      max: 99.9999999,
      step: 0.01,
      initial: 90,
      scale: 'nines',
    },
  ],
  check: (values) =>
    (values.k ?? 1) > (values.n ?? 1)
      ? {
          key: 'k',
          error: `k = ${values.k} is more than n = ${values.n} (a block needs at most all its units)`,
        }
      : null,
  compute,
};
