/**
 * Lesson 2, availability is not reliability: one repairable unit. A = MTTF/(MTTF + MTTR) is the
 * share of time it works; R(t) = e^(−t/MTTF) the chance it never fails over t, whatever the
 * repair time. Figures from the exact engine. Runs anywhere; no DOM.
 */
import { formatNumber } from '../../report/format.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createExponentialComponent,
  formatPlainPercent,
  formatTexNumber,
  formatTexPercent,
  getEvenTimes,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

const CURVE_POINTS = 41;

function compute(values: Readonly<Record<string, number>>): LessonView {
  const mttf = getValue(values, 'mttf');
  const mttr = getValue(values, 'mttr');
  const t = getValue(values, 't');
  const design = createChainDesign(
    'Availability is not reliability',
    [createExponentialComponent('server', mttf, mttr)],
    [{ id: 'server', kind: 'block', component: 'server' }],
    t,
  );
  const result = analyzeLessonDesign(design, { times: [t, ...getEvenTimes(t, CURVE_POINTS)] });
  const [atT, ...curve] = result.points;
  const a = result.steadyState.availability;
  const r = atT!.reliability;
  return {
    id: 'availability',
    number: 2,
    title: 'Availability is not reliability',
    text: [
      'Availability is the share of time a repairable unit works: it depends on how long it runs between failures and how fast it comes back. Reliability is the chance that it never fails at all over a period: repair does not change it.',
      `Here the unit is up ${formatPlainPercent(a, 4)} of the time, yet the chance of ${formatNumber(t)} h without a single failure is ${formatPlainPercent(r, 3)}.`,
    ],
    formulas: [
      {
        tex: `A = \\frac{\\text{MTTF}}{\\text{MTTF} + \\text{MTTR}} = \\frac{${formatTexNumber(mttf)}}{${formatTexNumber(mttf)} + ${formatTexNumber(mttr)}} = ${formatTexPercent(a, 6)}`,
        label: `A = MTTF over MTTF plus MTTR = ${formatPlainPercent(a, 6)}`,
      },
      {
        tex: `R(t) = e^{-t/\\text{MTTF}} = e^{-${formatTexNumber(t)}/${formatTexNumber(mttf)}} = ${formatTexPercent(r, 3)}`,
        label: `R of t = e to the minus t over MTTF = ${formatPlainPercent(r, 3)}`,
      },
    ],
    figures: [
      {
        key: 'availability',
        label: 'Availability (long run)',
        value: a,
        text: formatPlainPercent(a, 6),
      },
      {
        key: 'reliability',
        label: `Reliability over ${formatNumber(t)} h`,
        value: r,
        text: formatPlainPercent(r, 4),
      },
      {
        key: 'failuresPerPeriod',
        label: `Failures expected in ${formatNumber(t)} h`,
        value:
          result.steadyState.failureFrequency === null
            ? null
            : result.steadyState.failureFrequency * t,
        text: formatNumber(
          result.steadyState.failureFrequency === null
            ? null
            : result.steadyState.failureFrequency * t,
        ),
      },
    ],
    chart: {
      kind: 'line',
      title: 'Availability A(t) and reliability R(t)',
      xLabel: 'time (h)',
      yLabel: 'probability (%)',
      series: [
        { key: 'availability', label: 'available at t, A(t)' },
        { key: 'reliability', label: 'no failure yet, R(t)' },
      ],
      points: curve.map((p) => ({
        x: p.t,
        availability: 100 * (p.availability ?? NaN),
        reliability: 100 * (p.reliability ?? NaN),
      })),
    },
    questions: [
      {
        id: 'yearWithoutFailure',
        prompt:
          'A server has MTTF 1000 h and MTTR 10 h, so it is 99 % available. What is the chance it runs a whole year (8766 h) without failing?',
        choices: [
          {
            id: 'same',
            text: 'About 99 %',
            correct: false,
            misconception: 'availability and reliability are the same thing',
          },
          {
            id: 'ninety',
            text: 'About 90 %: a few failures are repaired',
            correct: false,
            misconception: 'repair makes a unit more reliable (it makes it more available)',
          },
          { id: 'right', text: 'About 0.02 %', correct: true, misconception: null },
        ],
        explanation:
          'R(8766 h) = e^(−8.766) ≈ 0.0156 %: it will almost surely fail within the year (about 8.7 times), but each repair takes only 10 h, so it is still up 99 % of the time.',
      },
    ],
    design,
  };
}

export const AVAILABILITY_LESSON: Lesson = {
  id: 'availability',
  number: 2,
  title: 'Availability is not reliability',
  summary: 'A = MTTF/(MTTF + MTTR), yet R(t) = e^(−t/MTTF) ignores repair.',
  params: [
    {
      key: 'mttf',
      label: 'MTTF',
      unit: 'h',
      min: 1,
      max: 1e7,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
    {
      key: 'mttr',
      label: 'MTTR',
      unit: 'h',
      min: 0.01,
      max: 1e5,
      step: 0.01,
      initial: 10,
      scale: 'log',
    },
    {
      key: 't',
      label: 'Period t',
      unit: 'h',
      min: 1,
      max: 1e6,
      step: 0.01,
      initial: 8766,
      scale: 'log',
    },
  ],
  compute,
};
