/**
 * Lesson 9, nines and the downtime budget: downtime = U × 8766 h a year; each nine divides it by
 * ten. Figures from the exact engine (a block that works with a fixed probability).
 * Runs anywhere; no DOM.
 */
import {
  formatDowntimePerYear,
  formatDuration,
  formatNines,
  formatNumber,
} from '../../report/format.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR } from '../../model/types.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  createFixedComponent,
  formatPlainPercent,
  formatTexNumber,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

/** Nines on the chart: 90 % to 99.9999 %. */
const CHART_NINES = [1, 2, 3, 4, 5, 6] as const;

function analyzeAvailability(a: number) {
  const design = createChainDesign(
    'Downtime budget',
    [createFixedComponent('service', a)],
    [{ id: 'service', kind: 'block', component: 'service' }],
    HOURS_PER_YEAR,
  );
  return { design, steady: analyzeLessonDesign(design).steadyState };
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const a = getValue(values, 'a') / 100;
  const { design, steady } = analyzeAvailability(a);
  const u = steady.unavailability;
  const perYear = steady.downtimePerYear;
  const perMonth = perYear === null ? null : (perYear * HOURS_PER_UNIT.month) / HOURS_PER_YEAR;
  const minutes = perYear === null ? null : perYear * 60;
  return {
    id: 'nines',
    number: 9,
    title: 'Nines and the downtime budget',
    text: [
      'An availability target is a downtime budget: the unavailability U = 1 − A times the length of the period. A year is 8766 h (365.25 days). Each extra nine divides the budget by ten.',
      `${formatPlainPercent(a, 8)} is ${formatNines(steady.nines)}: ${formatDowntimePerYear(perYear)}, or ${formatDuration(perMonth)} a month.`,
    ],
    formulas: [
      {
        tex: `\\begin{aligned} \\text{downtime} &= U \\times 8766\\ \\text{h} = ${formatTexNumber(u)} \\times 8766\\ \\text{h} \\\\ &= ${formatTexNumber(perYear, 5)}\\ \\text{h} = ${formatTexNumber(minutes, 5)}\\ \\text{min per year} \\end{aligned}`,
        label: `downtime = U times 8766 hours = ${formatNumber(minutes, 5)} minutes per year`,
      },
      {
        tex: `\\text{nines} = -\\log_{10} U = -\\log_{10} ${formatTexNumber(u)} = ${formatTexNumber(steady.nines)}`,
        label: `nines = minus log 10 of U = ${formatNumber(steady.nines)}`,
      },
    ],
    figures: [
      {
        key: 'downtimePerYear',
        label: 'Downtime per year',
        value: perYear,
        text: formatDowntimePerYear(perYear),
      },
      {
        key: 'downtimePerMonth',
        label: 'Downtime per month (730.5 h)',
        value: perMonth,
        text: formatDuration(perMonth),
      },
      { key: 'nines', label: 'Nines', value: steady.nines, text: formatNines(steady.nines) },
      {
        key: 'availability',
        label: 'Availability',
        value: steady.availability,
        text: formatPlainPercent(steady.availability, 8),
      },
    ],
    chart: {
      kind: 'bar',
      title: 'Downtime per year at each number of nines',
      xLabel: 'nines',
      yLabel: 'minutes per year (log)',
      yLog: true,
      series: [{ key: 'minutes', label: 'minutes per year' }],
      points: CHART_NINES.map((n) => ({
        x: n,
        minutes: 60 * (analyzeAvailability(1 - 10 ** -n).steady.downtimePerYear ?? NaN),
      })),
    },
    questions: [
      {
        id: 'fourNines',
        prompt:
          'Your service promises 99.99 % availability. How much downtime may it have in a year?',
        choices: [
          {
            id: 'threeNines',
            text: 'About 8.8 hours',
            correct: false,
            misconception: 'a nine miscounted: 8.77 h a year is 99.9 %',
          },
          { id: 'right', text: 'About 53 minutes', correct: true, misconception: null },
          {
            id: 'fiveNines',
            text: 'About 5 minutes',
            correct: false,
            misconception: 'a nine miscounted: 5.26 min a year is 99.999 %',
          },
          {
            id: 'hundredth',
            text: 'About 0.01 minutes',
            correct: false,
            misconception: 'the 0.01 % is read as minutes, not as a share of the year',
          },
        ],
        explanation: 'U = 0.0001, and 0.0001 × 8766 h = 0.8766 h = 52.6 minutes a year.',
      },
      {
        id: 'twoServices',
        prompt:
          'A page needs two services, each 99.9 % available. What downtime budget does the page have in a year?',
        choices: [
          {
            id: 'same',
            text: 'About 8.8 hours, like each service',
            correct: false,
            misconception: 'availabilities of a chain average out',
          },
          { id: 'right', text: 'About 17.5 hours', correct: true, misconception: null },
          {
            id: 'half',
            text: 'About 4.4 hours: the two cover for each other',
            correct: false,
            misconception: 'services in series cover for each other',
          },
        ],
        explanation:
          'A = 0.999² = 99.8001 %, so U = 0.001999 and the page is down about 17.5 h a year.',
      },
    ],
    design,
  };
}

export const NINES_LESSON: Lesson = {
  id: 'nines',
  number: 9,
  title: 'Nines and the downtime budget',
  summary: 'Downtime = U × 8766 h: 99.99 % is 52.6 minutes a year.',
  params: [
    {
      key: 'a',
      label: 'Availability target',
      unit: '%',
      min: 50,
      max: 99.9999999,
      step: 0.01,
      initial: 99.99,
      scale: 'nines',
    },
  ],
  compute,
};
