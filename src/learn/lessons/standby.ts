/**
 * Lesson 8, standby and switching: a cold spare waits unpowered and takes over when the running
 * unit fails, if the switch-over works (probability p). MTTF = (1 + p)/λ and
 * R(t) = e^(−λt)(1 + pλt) (src domain formulas); an active pair only reaches 3/(2λ). Figures
 * from the exact engine. Runs anywhere; no DOM.
 */
import { formatNumber } from '../../report/format.ts';
import type { DesignFile } from '../../model/file.ts';
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

/**
 * Two units, one running: a cold spare (switch success p) or an active pair (p ignored).
 * @param mttf each unit's MTTF, hours
 * @param p switch-over success probability
 * @param standby cold standby, or both running
 */
export function createSparePairDesign(mttf: number, p: number, standby: boolean): DesignFile {
  return createChainDesign(
    standby ? 'Cold spare' : 'Active pair',
    [createExponentialComponent('unit', mttf)],
    [
      {
        id: 'pair',
        kind: 'block',
        component: 'unit',
        quantity: 2,
        required: 1,
        ...(standby
          ? { redundancy: { type: 'standby', standby: 'cold', switch: { successProbability: p } } }
          : {}),
      },
    ],
    mttf,
  );
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const mttf = getValue(values, 'mttf');
  const p = getValue(values, 'p') / 100;
  const t = getValue(values, 't');
  const lambda = 1 / mttf;
  const times = getEvenTimes(4 * mttf, CURVE_POINTS);
  const design = createSparePairDesign(mttf, p, true);
  const spare = analyzeLessonDesign(design, { times: [t, ...times] });
  const active = analyzeLessonDesign(createSparePairDesign(mttf, p, false), { times });
  const single = analyzeLessonDesign(
    createChainDesign(
      'One unit',
      [createExponentialComponent('unit', mttf)],
      [{ id: 'unit', kind: 'block', component: 'unit' }],
      mttf,
    ),
    { times },
  );
  const [atT, ...curve] = spare.points;
  return {
    id: 'standby',
    number: 8,
    title: 'Standby, switching and failover',
    text: [
      'A cold spare waits switched off, so it cannot fail while it waits. When the running unit fails, the spare is switched in; the switch-over works with probability p. If it works, the spare starts a fresh life.',
      `With p = ${formatPlainPercent(p, 4)} the pair lasts ${formatNumber(spare.mttf)} h on average, against ${formatNumber(active.mttf)} h for two units running side by side and ${formatNumber(mttf)} h for one. A switch-over delay is downtime for availability but not a failure.`,
    ],
    formulas: [
      {
        tex: `\\text{MTTF} = \\frac{1 + p}{\\lambda} = (1 + ${formatTexNumber(p)}) \\cdot ${formatTexNumber(mttf)} = ${formatTexNumber(spare.mttf, 6)}\\ \\text{h}`,
        label: `MTTF = 1 plus p over lambda = ${formatNumber(spare.mttf, 6)} hours`,
      },
      {
        tex: `R(t) = e^{-\\lambda t}(1 + p\\lambda t) = e^{-${formatTexNumber(lambda * t)}}(1 + ${formatTexNumber(p)} \\cdot ${formatTexNumber(lambda * t)}) = ${formatTexPercent(atT!.reliability, 5)}`,
        label: `R of t = e to the minus lambda t times 1 plus p lambda t = ${formatPlainPercent(atT!.reliability, 5)}`,
      },
    ],
    figures: [
      {
        key: 'mttf',
        label: 'MTTF with a cold spare',
        value: spare.mttf,
        text: `${formatNumber(spare.mttf, 6)} h`,
      },
      {
        key: 'activeMttf',
        label: 'MTTF of an active pair',
        value: active.mttf,
        text: `${formatNumber(active.mttf, 6)} h`,
      },
      {
        key: 'reliability',
        label: `Reliability over ${formatNumber(t)} h`,
        value: atT!.reliability,
        text: formatPlainPercent(atT!.reliability, 5),
      },
    ],
    chart: {
      kind: 'line',
      title: 'Reliability: cold spare, active pair, one unit',
      xLabel: 'time (h)',
      yLabel: 'still working (%)',
      series: [
        { key: 'spare', label: 'cold spare' },
        { key: 'active', label: 'active pair' },
        { key: 'single', label: 'one unit' },
      ],
      points: curve.map((pt, i) => ({
        x: pt.t,
        spare: 100 * (pt.reliability ?? NaN),
        active: 100 * (active.points[i]?.reliability ?? NaN),
        single: 100 * (single.points[i]?.reliability ?? NaN),
      })),
      markX: { x: t, label: 't' },
    },
    questions: [
      {
        id: 'coldSpare',
        prompt:
          'A unit (MTTF 1000 h) has a cold spare; the switch-over works 90 % of the time. What is the MTTF of the pair, without repair?',
        choices: [
          {
            id: 'sum',
            text: '2000 h',
            correct: false,
            misconception: 'the switch never fails, so the MTBFs simply add',
          },
          { id: 'right', text: '1900 h', correct: true, misconception: null },
          {
            id: 'active',
            text: '1500 h',
            correct: false,
            misconception: 'a cold spare is the same as two units running in parallel',
          },
          {
            id: 'scaled',
            text: '900 h',
            correct: false,
            misconception: 'the switch scales the life of the first unit',
          },
        ],
        explanation:
          'MTTF = (1 + p)/λ = 1.9 × 1000 h: the first unit’s 1000 h, plus the spare’s 1000 h in the 90 % of cases where the switch works.',
      },
    ],
    design,
  };
}

export const STANDBY_LESSON: Lesson = {
  id: 'standby',
  number: 8,
  title: 'Standby, switching and failover',
  summary: 'Cold spare: MTTF = (1 + p)/λ, R(t) = e^(−λt)(1 + pλt).',
  params: [
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
    { key: 'p', label: 'Switch-over success p', unit: '%', min: 0, max: 100, step: 1, initial: 90 },
    {
      key: 't',
      label: 'Time t',
      unit: 'h',
      min: 1,
      max: 1e7,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
  ],
  compute,
};
