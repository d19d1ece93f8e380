/**
 * Lesson 1, what MTBF means: one unit with a constant failure rate, R(t) = e^(−t/θ). By t = θ
 * (the MTBF) 63.2 % of units have failed, not half and not none. Figures from the exact engine.
 * Runs anywhere; no DOM.
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
  const mtbf = getValue(values, 'mtbf');
  const t = getValue(values, 't');
  const design = createChainDesign(
    'What MTBF means',
    [createExponentialComponent('unit', mtbf)],
    [{ id: 'unit', kind: 'block', component: 'unit' }],
    t,
  );
  const curveTimes = getEvenTimes(3 * mtbf, CURVE_POINTS);
  const result = analyzeLessonDesign(design, { times: [t, mtbf, ...curveTimes] });
  const [atT, atMtbf, ...curve] = result.points;
  const rT = atT!.reliability;
  const fMtbf = atMtbf!.unreliability;
  return {
    id: 'mtbf',
    number: 1,
    title: 'What MTBF means',
    text: [
      `A unit with a constant failure rate λ = 1/MTBF survives to time t with probability R(t) = e^(−t/MTBF). The MTBF (${formatNumber(mtbf)} h here) is the mean of a life that is often short and sometimes long: it is not how long a unit lasts.`,
      `By t = MTBF, ${formatPlainPercent(fMtbf, 4)} of units have failed and only ${formatPlainPercent(atMtbf!.reliability, 4)} still work. A unit can also wear out long before a large quoted MTBF: that figure describes the random failures of young units, not their life.`,
    ],
    formulas: [
      {
        tex: `R(t) = e^{-t/\\theta} = e^{-${formatTexNumber(t)}/${formatTexNumber(mtbf)}} = ${formatTexPercent(rT, 4)}`,
        label: `R of t = e to the minus t over theta = ${formatPlainPercent(rT, 4)}`,
      },
      {
        tex: `F(\\theta) = 1 - e^{-1} = ${formatTexPercent(fMtbf, 6)}`,
        label: `F of theta = 1 minus e to the minus 1 = ${formatPlainPercent(fMtbf, 6)}`,
      },
    ],
    figures: [
      {
        key: 'reliability',
        label: `Still working at t = ${formatNumber(t)} h`,
        value: rT,
        text: formatPlainPercent(rT, 4),
      },
      {
        key: 'failedByMtbf',
        label: 'Failed by t = MTBF',
        value: fMtbf,
        text: formatPlainPercent(fMtbf, 4),
      },
      {
        key: 'mttf',
        label: 'Mean life (MTTF)',
        value: result.mttf,
        text: `${formatNumber(result.mttf)} h`,
      },
    ],
    chart: {
      kind: 'line',
      title: 'Share of units still working and failed',
      xLabel: 'time (h)',
      yLabel: 'share (%)',
      series: [
        { key: 'working', label: 'still working R(t)' },
        { key: 'failed', label: 'failed F(t)' },
      ],
      points: curve.map((p) => ({
        x: p.t,
        working: 100 * (p.reliability ?? NaN),
        failed: 100 * (p.unreliability ?? NaN),
      })),
      markX: { x: mtbf, label: 'MTBF' },
    },
    questions: [
      {
        id: 'failedByMtbf',
        prompt:
          'A batch of disks has an MTBF of 1 000 000 h (114 years). What share of them has failed by t = 1 000 000 h, with the failure rate constant?',
        choices: [
          {
            id: 'half',
            text: 'About 50 %',
            correct: false,
            misconception: 'the MTBF is the median: half survive to the MTBF',
          },
          { id: 'right', text: 'About 63 %', correct: true, misconception: null },
          {
            id: 'none',
            text: 'Almost none: they last 114 years',
            correct: false,
            misconception: 'the MTBF is the life of a unit',
          },
          {
            id: 'all',
            text: 'All of them',
            correct: false,
            misconception: 'every unit fails exactly at its MTBF',
          },
        ],
        explanation: `F(θ) = 1 − e^(−1) = ${formatPlainPercent(fMtbf, 4)}: only ${formatPlainPercent(atMtbf!.reliability, 4)} reach the MTBF. The mean is pulled up by a few very long lives.`,
      },
    ],
    design,
  };
}

export const MTBF_LESSON: Lesson = {
  id: 'mtbf',
  number: 1,
  title: 'What MTBF means',
  summary: 'R(t) = e^(−t/MTBF): 63.2 % have failed by the MTBF.',
  params: [
    {
      key: 'mtbf',
      label: 'MTBF',
      unit: 'h',
      min: 1,
      max: 1e7,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
    {
      key: 't',
      label: 'Time t',
      unit: 'h',
      min: 1,
      max: 1e8,
      step: 0.01,
      initial: 500,
      scale: 'log',
    },
  ],
  compute,
};
