/**
 * Lesson 3, the bathtub and Weibull shapes: h(t) = (β/η)(t/η)^(β−1) falls (β < 1, infant
 * mortality), stays flat (β = 1, random failures) or rises (β > 1, wear-out). The scale η is not
 * the mean life: MTTF = η·Γ(1 + 1/β). MTTF and R(t) from the exact engine.
 * Runs anywhere; no DOM.
 */
import { formatNumber } from '../../report/format.ts';
import type { Lesson, LessonView } from '../types.ts';
import {
  analyzeLessonDesign,
  createChainDesign,
  formatPlainPercent,
  formatTexNumber,
  formatTexPercent,
  getEvenTimes,
} from '../lessonDesign.ts';
import { getValue } from '../values.ts';

const CURVE_POINTS = 40;
/** The textbook shapes drawn beside the student's. */
const REFERENCE_SHAPES = [0.5, 1, 3] as const;

/**
 * The Weibull hazard (failures per hour) at t > 0.
 * @param t time, hours
 * @param beta shape β
 * @param eta scale η, hours
 */
export function getWeibullHazard(t: number, beta: number, eta: number): number {
  return (beta / eta) * (t / eta) ** (beta - 1);
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const beta = getValue(values, 'beta');
  const eta = getValue(values, 'eta');
  const t = getValue(values, 't');
  const design = createChainDesign(
    'Weibull shapes',
    [{ id: 'part', name: 'part', failure: { distribution: 'weibull', shape: beta, scale: eta } }],
    [{ id: 'part', kind: 'block', component: 'part' }],
    t,
  );
  const result = analyzeLessonDesign(design, { times: [t, eta] });
  const [atT, atEta] = result.points;
  const hazardT = getWeibullHazard(t, beta, eta);
  // Hazards per 1000 h, from η/20 to 2.5η (the hazard of β < 1 is infinite at 0).
  const times = getEvenTimes(2.5 * eta, CURVE_POINTS + 1).slice(1);
  const regime =
    beta < 0.95
      ? 'falls: infant mortality'
      : beta > 1.05
        ? 'rises: wear-out'
        : 'is flat: random failures';
  return {
    id: 'weibull',
    number: 3,
    title: 'The bathtub curve and Weibull shapes',
    text: [
      'The hazard h(t) is the failure rate of the units still working at t. Over a product’s life it often looks like a bathtub: early failures that fade (β < 1), a flat floor of random failures (β = 1, the exponential law), then wear-out (β > 1).',
      `With β = ${formatNumber(beta)} the hazard ${regime}. The scale η = ${formatNumber(eta)} h is the time by which ${formatPlainPercent(atEta!.unreliability, 3)} have failed, whatever β; the mean life is η·Γ(1 + 1/β) = ${formatNumber(result.mttf)} h.`,
    ],
    formulas: [
      {
        tex: `\\begin{aligned} h(t) &= \\frac{\\beta}{\\eta}\\left(\\frac{t}{\\eta}\\right)^{\\beta-1} \\\\ &= \\frac{${formatTexNumber(beta)}}{${formatTexNumber(eta)}}\\left(\\frac{${formatTexNumber(t)}}{${formatTexNumber(eta)}}\\right)^{${formatTexNumber(beta - 1)}} = ${formatTexNumber(hazardT * 1000)}\\ \\text{per }1000\\ \\text{h} \\end{aligned}`,
        label: `h of t = beta over eta times t over eta to the beta minus 1 = ${formatNumber(hazardT * 1000)} per 1000 hours`,
      },
      {
        tex: `\\text{MTTF} = \\eta\\,\\Gamma\\!\\left(1 + \\tfrac{1}{\\beta}\\right) = ${formatTexNumber(eta)}\\,\\Gamma\\!\\left(1 + \\tfrac{1}{${formatTexNumber(beta)}}\\right) = ${formatTexNumber(result.mttf, 6)}\\ \\text{h}`,
        label: `MTTF = eta times gamma of 1 plus 1 over beta = ${formatNumber(result.mttf, 6)} hours`,
      },
      {
        tex: `R(t) = e^{-(t/\\eta)^{\\beta}} = ${formatTexPercent(atT!.reliability, 4)}`,
        label: `R of t = e to the minus t over eta to the beta = ${formatPlainPercent(atT!.reliability, 4)}`,
      },
    ],
    figures: [
      {
        key: 'mttf',
        label: 'Mean life (MTTF)',
        value: result.mttf,
        text: `${formatNumber(result.mttf, 6)} h`,
      },
      {
        key: 'reliability',
        label: `Still working at t = ${formatNumber(t)} h`,
        value: atT!.reliability,
        text: formatPlainPercent(atT!.reliability, 4),
      },
      {
        key: 'hazard',
        label: `Hazard at t = ${formatNumber(t)} h`,
        value: hazardT,
        text: `${formatNumber(hazardT * 1000)} per 1000 h`,
      },
    ],
    chart: {
      kind: 'line',
      title: 'Hazard h(t), failures per 1000 h',
      xLabel: 'time (h)',
      yLabel: 'per 1000 h',
      yLog: true,
      series: [
        { key: 'current', label: `β = ${formatNumber(beta)}` },
        ...REFERENCE_SHAPES.map((b) => ({ key: `b${b}`, label: `β = ${b}` })),
      ],
      points: times.map((x) => ({
        x,
        current: 1000 * getWeibullHazard(x, beta, eta),
        ...Object.fromEntries(
          REFERENCE_SHAPES.map((b) => [`b${b}`, 1000 * getWeibullHazard(x, b, eta)]),
        ),
      })),
      markX: { x: eta, label: 'η' },
    },
    questions: [
      {
        id: 'weibullMean',
        prompt:
          'A bearing follows a Weibull law with scale η = 1000 h and shape β = 2. What is its mean life?',
        choices: [
          {
            id: 'eta',
            text: '1000 h',
            correct: false,
            misconception: 'the Weibull scale η is the mean life (MTTF)',
          },
          { id: 'right', text: 'About 886 h', correct: true, misconception: null },
          {
            id: 'double',
            text: '2000 h: β = 2 doubles it',
            correct: false,
            misconception: 'the shape multiplies the life',
          },
          {
            id: 'half',
            text: '500 h: β = 2 halves it',
            correct: false,
            misconception: 'the shape divides the life',
          },
        ],
        explanation:
          'MTTF = η·Γ(1 + 1/β) = 1000 · Γ(1.5) = 1000 · √π/2 ≈ 886.2 h. Only for β = 1 is the mean equal to η.',
      },
    ],
    design,
  };
}

export const WEIBULL_LESSON: Lesson = {
  id: 'weibull',
  number: 3,
  title: 'The bathtub curve and Weibull shapes',
  summary: 'β < 1, = 1, > 1: falling, flat, rising hazard; MTTF = η·Γ(1 + 1/β).',
  params: [
    { key: 'beta', label: 'Shape β', unit: '', min: 0.2, max: 8, step: 0.05, initial: 2 },
    {
      key: 'eta',
      label: 'Scale η',
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
