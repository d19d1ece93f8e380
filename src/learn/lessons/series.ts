/**
 * Lesson 4, series multiplies: n blocks that must all work. A_s = ∏ Aᵢ, so every part added
 * costs availability; the system is worse than its worst part, never the average. Figures from
 * the exact engine (blocks that work with a fixed probability). Runs anywhere; no DOM.
 */
import { formatDowntimePerYear } from '../../report/format.ts';
import type { Lesson, LessonView } from '../types.ts';
import type { LessonBlock } from '../lessonDesign.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createFixedComponent,
  formatPlainPercent,
  formatTexPercent,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';
import type { DesignFile } from '../../model/file.ts';

/** Most blocks in the chart. */
const CHART_MAX = 20;

/**
 * n identical blocks in series, each working with probability `a`.
 * @param n number of blocks
 * @param a each block's availability (0..1)
 */
export function createSeriesDesign(n: number, a: number): DesignFile {
  const blocks: LessonBlock[] = Array.from({ length: n }, (_, i) => ({
    id: `b${i + 1}`,
    kind: 'block',
    component: 'part',
  }));
  return createChainDesign(`${n} in series`, [createFixedComponent('part', a)], blocks, 8766);
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const n = getValue(values, 'n');
  const a = getValue(values, 'a') / 100;
  const design = createSeriesDesign(n, a);
  const steady = analyzeLessonDesign(design).steadyState;
  const bars = Array.from({ length: CHART_MAX }, (_, i) => {
    const s = analyzeLessonDesign(createSeriesDesign(i + 1, a)).steadyState;
    return { x: i + 1, downtime: s.downtimePerYear ?? NaN };
  });
  return {
    id: 'series',
    number: 4,
    title: 'Series multiplies',
    text: [
      'Blocks in series must all work for the system to work: a web server, then its database, then the network. The availabilities multiply, so the system is worse than its worst part.',
      `${n} blocks of ${formatPlainPercent(a, 6)} each give ${formatPlainPercent(steady.availability, 6)}: ${formatDowntimePerYear(steady.downtimePerYear)} of downtime, against ${formatDowntimePerYear(bars[0]!.downtime)} for one block alone.`,
    ],
    formulas: [
      {
        tex: `A_s = \\prod_{i=1}^{${n}} A_i = (${formatTexPercent(a, 6)})^{${n}} = ${formatTexPercent(steady.availability, 6)}`,
        label: `A system = the product of the ${n} availabilities = ${formatPlainPercent(steady.availability, 6)}`,
      },
    ],
    figures: [
      {
        key: 'availability',
        label: 'System availability',
        value: steady.availability,
        text: formatPlainPercent(steady.availability, 6),
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
      title: 'Downtime per year against the number of blocks in series',
      xLabel: 'blocks in series',
      yLabel: 'downtime (h / year)',
      series: [{ key: 'downtime', label: 'downtime per year (h)' }],
      points: bars,
      markX: { x: n, label: 'now' },
    },
    questions: [
      {
        id: 'tenInSeries',
        prompt:
          'A request passes through 10 services in a row, each 99.9 % available. How available is the whole chain?',
        choices: [
          {
            id: 'average',
            text: '99.9 %: the average of its parts',
            correct: false,
            misconception:
              'a series system is as available as the average (or the weakest) of its parts',
          },
          { id: 'right', text: 'About 99.0 %', correct: true, misconception: null },
          {
            id: 'add',
            text: '99.99 %: more parts add up to more uptime',
            correct: false,
            misconception: 'availabilities add',
          },
        ],
        explanation:
          'A = 0.999¹⁰ = 99.0045 %: ten times the downtime of one service (about 87 h a year instead of 8.8 h).',
      },
    ],
    design,
  };
}

export const SERIES_LESSON: Lesson = {
  id: 'series',
  number: 4,
  title: 'Series multiplies',
  summary: 'A_s = ∏ Aᵢ: 10 × 99.9 % in series is 99.0045 %.',
  params: [
    {
      key: 'n',
      label: 'Blocks in series n',
      unit: '',
      min: 1,
      max: 50,
      step: 1,
      initial: 10,
      integer: true,
    },
    {
      key: 'a',
      label: 'Availability of each',
      unit: '%',
      min: 50,
      max: 99.9999999,
      step: 0.01,
      initial: 99.9,
      scale: 'nines',
    },
  ],
  compute,
};
