/**
 * Lesson 5, rates add and MTBFs do not: two units in series fail at λ₁ + λ₂, so the pair's MTTF
 * is 1/(1/M₁ + 1/M₂), less than either unit's, never their sum or mean. Figures from the exact
 * engine. Runs anywhere; no DOM.
 */
import { formatNumber } from '../../report/format.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createExponentialComponent,
  formatTexNumber,
  getEvenTimes,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

const CURVE_POINTS = 41;

function compute(values: Readonly<Record<string, number>>): LessonView {
  const m1 = getValue(values, 'mtbf1');
  const m2 = getValue(values, 'mtbf2');
  const design = createChainDesign(
    'Rates add, MTBFs do not',
    [createExponentialComponent('a', m1), createExponentialComponent('b', m2)],
    [
      { id: 'a', kind: 'block', component: 'a' },
      { id: 'b', kind: 'block', component: 'b' },
    ],
    Math.min(m1, m2),
  );
  const end = 2 * Math.max(m1, m2);
  const result = analyzeLessonDesign(design, {
    times: getEvenTimes(end, CURVE_POINTS),
    blockCurves: ['a', 'b'],
  });
  const mttf = result.mttf;
  const rate = mttf === null ? null : 1 / mttf;
  return {
    id: 'rates',
    number: 5,
    title: 'Rates add, MTBFs do not',
    text: [
      'Two units in series: the system fails when either fails. Their failure rates add, λ = λ₁ + λ₂, so the system’s MTTF is the inverse of the summed rates, shorter than the shorter of the two.',
      `With MTBFs of ${formatNumber(m1)} h and ${formatNumber(m2)} h the pair lasts ${formatNumber(mttf)} h on average: not ${formatNumber(m1 + m2)} h (their sum) nor ${formatNumber((m1 + m2) / 2)} h (their mean).`,
    ],
    formulas: [
      {
        tex: `\\lambda_s = \\lambda_1 + \\lambda_2 = \\frac{1}{${formatTexNumber(m1)}} + \\frac{1}{${formatTexNumber(m2)}} = ${formatTexNumber(rate)}\\ \\text{h}^{-1}`,
        label: `lambda system = lambda 1 plus lambda 2 = ${formatNumber(rate)} per hour`,
      },
      {
        tex: `\\text{MTTF}_s = \\frac{1}{\\lambda_s} = ${formatTexNumber(mttf, 5)}\\ \\text{h}`,
        label: `MTTF system = 1 over lambda system = ${formatNumber(mttf, 5)} hours`,
      },
    ],
    figures: [
      { key: 'mttf', label: 'System MTTF', value: mttf, text: `${formatNumber(mttf, 5)} h` },
      {
        key: 'rate',
        label: 'System failure rate',
        value: rate,
        text: `${formatNumber(rate)} per h`,
      },
    ],
    chart: {
      kind: 'line',
      title: 'Reliability of each unit and of the pair in series',
      xLabel: 'time (h)',
      yLabel: 'still working (%)',
      series: [
        { key: 'a', label: `unit 1 (MTBF ${formatNumber(m1)} h)` },
        { key: 'b', label: `unit 2 (MTBF ${formatNumber(m2)} h)` },
        { key: 'system', label: 'both in series' },
      ],
      points: result.points.map((p) => ({
        x: p.t,
        a: 100 * (p.blocks?.a?.reliability ?? NaN),
        b: 100 * (p.blocks?.b?.reliability ?? NaN),
        system: 100 * (p.reliability ?? NaN),
      })),
      ...(mttf === null ? {} : { markX: { x: mttf, label: 'system MTTF' } }),
    },
    questions: [
      {
        id: 'seriesMtbf',
        prompt:
          'A power supply (MTBF 1000 h) and a fan (MTBF 2000 h) must both work. What is the MTTF of the pair?',
        choices: [
          {
            id: 'sum',
            text: '3000 h',
            correct: false,
            misconception: 'MTBFs add',
          },
          {
            id: 'mean',
            text: '1500 h',
            correct: false,
            misconception: 'the system MTBF is the average of its parts',
          },
          {
            id: 'weakest',
            text: '1000 h: the weaker part decides',
            correct: false,
            misconception: 'a chain is exactly as good as its weakest link',
          },
          { id: 'right', text: 'About 667 h', correct: true, misconception: null },
        ],
        explanation:
          'λ = 1/1000 + 1/2000 = 0.0015 per hour, so MTTF = 1/0.0015 ≈ 666.7 h: the pair fails sooner than either part.',
      },
    ],
    design,
  };
}

export const RATES_LESSON: Lesson = {
  id: 'rates',
  number: 5,
  title: 'Rates add, MTBFs do not',
  summary: 'In series λ = λ₁ + λ₂: MTBFs of 1000 h and 2000 h give 666.7 h.',
  params: [
    {
      key: 'mtbf1',
      label: 'MTBF of unit 1',
      unit: 'h',
      min: 1,
      max: 1e7,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
    {
      key: 'mtbf2',
      label: 'MTBF of unit 2',
      unit: 'h',
      min: 1,
      max: 1e7,
      step: 0.01,
      initial: 2000,
      scale: 'log',
    },
  ],
  compute,
};
