/**
 * Lesson 11, a year in the life: one simulated year of n active servers (one needed), each
 * repaired on its own, drawn from the same streams as a Monte Carlo run (seed, year) and told
 * as a timeline, beside the exact figures every year averages to: availability, outages and
 * downtime per year. Teaches that an availability says how much downtime, not how it falls, and
 * that one year is one draw. Runs anywhere; no DOM.
 */
import { formatNumber, formatShortPercent } from '../../report/format.ts';
import { traceHistory } from '../../simulation/runner.ts';
import type { HistoryTrace } from '../../simulation/types.ts';
import type { Lesson, LessonView } from '../types.ts';
import { analyzeLessonDesign, formatTexNumber, toLessonDesign } from '../lessonDesign.ts';
import { getValue } from '../values.ts';
import { createRedundantDesign } from './redundancy.ts';

/** Hours in a year (365.25 days), the simulated span. */
export const YEAR_HOURS = 8766;
/** Seed of the simulated years: year y is history y − 1 of this run. */
export const YEAR_SEED = 2026;

/** What one simulated year held. */
export interface YearStory {
  /** Outages: system failures in the year (one that lasts past its end counts). */
  readonly outages: number;
  /** System downtime in the year, hours. */
  readonly downtime: number;
  /** The longest outage, hours (0 when none). */
  readonly longest: number;
  /** Unit failures in the year. */
  readonly unitFailures: number;
  /** Timeline: at each change, days and the units and system up after it. */
  readonly points: readonly {
    readonly x: number;
    readonly units: number;
    readonly system: number;
  }[];
}

/** Reads a traced year into its story (outages from the system lane, failures from events). */
export function readYear(trace: HistoryTrace, units: number): YearStory {
  let outages = 0;
  let longest = 0;
  let downSince: number | null = null;
  for (const change of trace.system) {
    if (!change.up && downSince === null) {
      downSince = change.t;
      outages++;
    } else if (change.up && downSince !== null) {
      longest = Math.max(longest, change.t - downSince);
      downSince = null;
    }
  }
  if (downSince !== null) longest = Math.max(longest, YEAR_HOURS - downSince);
  // The timeline: every unit event and system change, as steps.
  const changes: { t: number; units: number; system: boolean }[] = [];
  let up = units;
  let system = true;
  let s = 0;
  const systemAt = (t: number) => {
    while (s < trace.system.length && trace.system[s]!.t <= t) system = trace.system[s++]!.up;
    return system;
  };
  let unitFailures = 0;
  for (const event of trace.events) {
    if (event.kind === 'failed') {
      up--;
      unitFailures++;
    } else if (event.kind === 'repaired') up++;
    else continue;
    changes.push({ t: event.t, units: up, system: systemAt(event.t) });
  }
  const points: { x: number; units: number; system: number }[] = [
    { x: 0, units, system: systemAt(0) ? 1 : 0 },
  ];
  for (const c of changes) {
    const last = points[points.length - 1]!;
    const x = c.t / 24;
    points.push({ x, units: last.units, system: last.system });
    points.push({ x, units: c.units, system: c.system ? 1 : 0 });
  }
  const last = points[points.length - 1]!;
  points.push({ x: YEAR_HOURS / 24, units: last.units, system: last.system });
  return { outages, downtime: trace.downtime, longest, unitFailures, points };
}

/** Year y (1 …) of n servers: its trace, from history y − 1 of the seeded run. */
export function simulateYear(n: number, mtbf: number, mttr: number, year: number): YearStory {
  const design = toLessonDesign(createRedundantDesign(n, mtbf, mttr));
  const traced = traceHistory(
    design,
    { trials: 1, horizon: YEAR_HOURS, seed: YEAR_SEED },
    year - 1,
  );
  if (!traced.ok) throw new Error(traced.error.map((i) => i.message).join('; '));
  return readYear(traced.value.trace, n);
}

function hours(h: number): string {
  return h < 1 ? `${formatNumber(h * 60, 3)} min` : `${formatNumber(h, 3)} h`;
}

function compute(values: Readonly<Record<string, number>>): LessonView {
  const n = getValue(values, 'n');
  const mtbf = getValue(values, 'mtbf');
  const mttr = getValue(values, 'mttr');
  const year = getValue(values, 'year');
  const file = createRedundantDesign(n, mtbf, mttr);
  const exact = analyzeLessonDesign(file, { skipMttf: true }).steadyState;
  const availability = exact.availability ?? NaN;
  const downtimeHours = (exact.unavailability ?? NaN) * YEAR_HOURS;
  const outagesPerYear = (exact.failureFrequency ?? NaN) * YEAR_HOURS;
  const story = simulateYear(n, mtbf, mttr, year);
  const servers = n === 1 ? 'one server' : `${n} servers (one needed)`;
  return {
    id: 'year',
    number: 11,
    title: 'A year in the life',
    text: [
      `Year ${year} of ${servers}, each failing on average every ${formatNumber(mtbf)} h and repaired in ${formatNumber(mttr)} h: ${story.unitFailures} server failure${story.unitFailures === 1 ? '' : 's'}, ${story.outages} outage${story.outages === 1 ? '' : 's'} of the service, ${hours(story.downtime)} down${story.outages > 0 ? `, the longest outage ${hours(story.longest)}` : ''}.`,
      `Every year averages to the exact figures: availability ${formatShortPercent(availability)}, ${formatNumber(outagesPerYear, 3)} outages and ${hours(downtimeHours)} of downtime a year. One year is one draw: move to another year and it changes, the averages do not.`,
      'This year is history ' +
        `${year - 1} of a Monte Carlo run with seed ${YEAR_SEED}: open the design, run Monte Carlo with that seed and a one-year horizon, and the replay player shows it event by event.`,
    ],
    formulas: [
      {
        tex: `\\text{downtime per year} = (1 - A)\\cdot 8766\\ \\text{h} = ${formatTexNumber(1 - availability, 4)} \\cdot 8766 = ${formatTexNumber(downtimeHours, 4)}\\ \\text{h}`,
        label: `downtime per year = 1 minus A times 8766 hours = ${formatNumber(downtimeHours, 4)} hours`,
      },
      {
        tex: `\\text{outages per year} = \\frac{8766\\ \\text{h}}{\\text{MUT} + \\text{MDT}} = \\frac{8766}{${formatTexNumber(exact.mut, 5)} + ${formatTexNumber(exact.mdt, 4)}} = ${formatTexNumber(outagesPerYear, 4)}`,
        label: `outages per year = 8766 hours over mean up time plus mean down time = ${formatNumber(outagesPerYear, 4)}`,
      },
    ],
    figures: [
      {
        key: 'availability',
        label: 'Exact availability',
        value: availability,
        text: formatShortPercent(availability),
      },
      {
        key: 'outagesPerYear',
        label: 'Outages per year, on average (exact)',
        value: outagesPerYear,
        text: formatNumber(outagesPerYear, 4),
      },
      {
        key: 'downtimePerYear',
        label: 'Downtime per year, on average (exact)',
        value: downtimeHours,
        text: hours(downtimeHours),
      },
      {
        key: 'outages',
        label: `Outages in year ${year} (simulated)`,
        value: story.outages,
        text: String(story.outages),
      },
      {
        key: 'downtime',
        label: `Downtime in year ${year} (simulated)`,
        value: story.downtime,
        text: hours(story.downtime),
      },
    ],
    chart: {
      kind: 'line',
      title: `Year ${year}: servers up and the service (1 up, 0 down)`,
      xLabel: 'day of the year',
      yLabel: 'count',
      series: [
        { key: 'units', label: 'servers up' },
        { key: 'system', label: 'service up (1) or down (0)' },
      ],
      points: story.points,
    },
    questions: [
      {
        id: 'threeNines',
        prompt:
          'A service is available 99.9 % of the time, about 8.8 hours of downtime a year. What does its year look like?',
        choices: [
          {
            id: 'oneLong',
            text: 'One outage of about 8.8 hours',
            correct: false,
            misconception: 'an availability says how the downtime falls (one outage a year)',
          },
          {
            id: 'never',
            text: 'It is never down: 99.9 % is as good as always up',
            correct: false,
            misconception: 'high availability means no outages',
          },
          {
            id: 'right',
            text: 'About 8.8 hours in all, in as many outages as failures: MTBF and MTTR decide',
            correct: true,
            misconception: null,
          },
        ],
        explanation:
          'Availability fixes the share of time down, not the number of outages: 8.8 h can be one outage of 8.8 h, or 53 of 10 min. The outages per year are 8766 h / (MUT + MDT).',
      },
      {
        id: 'oneYear',
        prompt:
          'Two servers, one needed (MTBF 1000 h, MTTR 10 h each): the exact downtime is about 52 minutes a year. Your simulated year shows none. Is the exact figure wrong?',
        choices: [
          {
            id: 'wrong',
            text: 'Yes: a whole year is long enough to show the true downtime',
            correct: false,
            misconception: 'one simulated year is the long-run average',
          },
          {
            id: 'right',
            text: 'No: one year is one draw; most years of this pair have no outage, a few have one',
            correct: true,
            misconception: null,
          },
          {
            id: 'broken',
            text: 'No, the simulation is broken: it must show 52 minutes every year',
            correct: false,
            misconception: 'every year shows the average',
          },
        ],
        explanation:
          'Both servers are down together about once in six years (0.172 outages a year) for 5 h on average (MDT = 1/(2μ)): most years have none, a few have one. Only the average over many years equals the exact figure.',
      },
    ],
    design: file,
  };
}

export const YEAR_LESSON: Lesson = {
  id: 'year',
  number: 11,
  title: 'A year in the life',
  summary: 'One simulated year beside the averages: availability says how much, not how.',
  params: [
    { key: 'n', label: 'Servers n', unit: '', min: 1, max: 4, step: 1, initial: 2, integer: true },
    {
      key: 'mtbf',
      label: 'MTBF of each',
      unit: 'h',
      min: 10,
      max: 1e5,
      step: 0.01,
      initial: 1000,
      scale: 'log',
    },
    {
      key: 'mttr',
      label: 'MTTR of each',
      unit: 'h',
      min: 0.1,
      max: 1000,
      step: 0.01,
      initial: 10,
      scale: 'log',
    },
    { key: 'year', label: 'Year', unit: '', min: 1, max: 100, step: 1, initial: 1, integer: true },
  ],
  compute,
};
