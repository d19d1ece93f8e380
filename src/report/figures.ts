/**
 * The figures of a design as a report states them: each with its label, unit, exact value,
 * formatted text and whether it is exact (or why it cannot be computed; later, simulated with
 * its interval). Every renderer shows these and formats nothing itself.
 * Pure; runs anywhere; no DOM.
 */
import type { AnalysisPoint, AnalysisResult } from '../analysis/result.ts';
import { HOURS_PER_YEAR } from '../model/types.ts';
import {
  formatCost,
  formatDowntimePerYear,
  formatFailuresPerYear,
  formatInUnit,
  formatNines,
  formatNumber,
  formatPercent,
  formatProbability,
  formatTime,
} from './format.ts';

/** What a figure's `value` measures. */
export type FigureUnit =
  /** A probability, 0–1. */
  | 'probability'
  | 'nines'
  /** A time in the design's time unit. */
  | 'time'
  /** Hours of downtime per year of 8766 h. */
  | 'hoursPerYear'
  /** Events per design time unit. */
  | 'perTime'
  /** The design's price units. */
  | 'cost';

/** How far a figure can be trusted. */
export type Exactness =
  /** Computed exactly (to the engine's stated tolerances); `value: null` is then a fact. */
  | { readonly kind: 'exact' }
  /** Not exactly computable for these laws, or not computed; `reason` says which. */
  | { readonly kind: 'notComputable'; readonly reason: string }
  /** Estimated by Monte Carlo: the value and its confidence interval (for later reports). */
  | {
      readonly kind: 'simulated';
      readonly low: number;
      readonly high: number;
      /** Confidence level of [low, high], e.g. 0.95. */
      readonly confidence: number;
    };

/** One figure of a report. */
export interface ReportFigure {
  /** Stable id within the report (`availability`, `meanAvailability`, `bLife.b10`). */
  readonly id: string;
  readonly label: string;
  /** The exact number in `unit` (`null`: undefined or not computable, see `exactness`). */
  readonly value: number | null;
  readonly unit: FigureUnit;
  /** The value for people, with its unit (`99.9997%`, `4 y 363 d`, `1 min 29 s / year`). */
  readonly text: string;
  /** The same value written another way, e.g. in the design's time unit (`43,795 hours`). */
  readonly altText?: string;
  /** What it means, in a few words. */
  readonly detail?: string;
  /** A related figure shown with this one (nines beside availability). */
  readonly companion?: ReportFigure;
  readonly exactness: Exactness;
}

const EXACT: Exactness = { kind: 'exact' };

/** The exactness of a figure that is `null`: the engine's reason when it gave one. */
function getExactness(
  result: AnalysisResult,
  value: number | null,
  codes: readonly string[],
): Exactness {
  if (value !== null) return EXACT;
  const warning = result.warnings.find((w) => codes.includes(w.code));
  return warning === undefined
    ? { kind: 'notComputable', reason: 'not computed in this analysis' }
    : { kind: 'notComputable', reason: warning.message };
}

/**
 * The long-run figures with repair: availability (with its nines), unavailability, downtime
 * per year, system MTBF (with the failure frequency), mean up and down time.
 * @param result the analysis
 * @returns the figures in reading order
 */
export function getLongRunFigures(result: AnalysisResult): ReportFigure[] {
  const s = result.steadyState;
  const unit = result.timeUnit;
  const exactness = getExactness(result, s.availability, ['steady-state-not-exact']);
  // A figure of the failure process is null when the system never fails or is down for good.
  const noFailures =
    s.availability === null ? undefined : s.availability === 0 ? 'down for good' : 'never fails';
  const time = (id: string, label: string, value: number | null, detail: string): ReportFigure => ({
    id,
    label,
    value,
    unit: 'time',
    text: formatTime(value, unit),
    altText: formatInUnit(value, unit),
    detail: value === null && noFailures !== undefined ? noFailures : detail,
    exactness,
  });
  const nines: ReportFigure = {
    id: 'nines',
    label: 'Nines',
    value: s.nines,
    unit: 'nines',
    text: formatNines(s.nines),
    detail: '−log10 of the unavailability',
    exactness,
  };
  const frequency: ReportFigure = {
    id: 'failureFrequency',
    label: 'Failure frequency',
    value: s.failureFrequency,
    unit: 'perTime',
    text: formatFailuresPerYear(s.failureFrequency, unit),
    altText: `${formatNumber(s.failureFrequency)} per ${unit}`,
    detail: 'system failures, long run',
    exactness,
  };
  return [
    {
      id: 'availability',
      label: 'Availability',
      value: s.availability,
      unit: 'probability',
      text: formatPercent(s.availability, s.unavailability),
      detail: 'long run, with repair',
      companion: nines,
      exactness,
    },
    {
      id: 'unavailability',
      label: 'Unavailability',
      value: s.unavailability,
      unit: 'probability',
      text: formatProbability(s.unavailability),
      detail: 'chance it is down at a random moment',
      exactness,
    },
    {
      id: 'downtime',
      label: 'Downtime',
      value: s.downtimePerYear,
      unit: 'hoursPerYear',
      text: formatDowntimePerYear(s.downtimePerYear),
      detail: `expected, over a year of ${HOURS_PER_YEAR} h`,
      exactness,
    },
    { ...time('mtbf', 'System MTBF', s.mtbf, 'between system failures'), companion: frequency },
    time('mut', 'Mean up time', s.mut, 'per system failure'),
    time('mdt', 'Mean down time', s.mdt, 'per system failure'),
  ];
}

/**
 * The figures at one time t, starting with every unit new: reliability (no repair), mean
 * availability over [0, t] and point availability at t (with repair).
 * @param result the analysis
 * @param point one of `result.points`
 * @param suffix appended to the ids (`''` for the first time, `.1`, `.2` … for the others)
 * @returns the figures in reading order
 */
export function getPointFigures(
  result: AnalysisResult,
  point: AnalysisPoint,
  suffix = '',
): ReportFigure[] {
  const at = formatTime(point.t, result.timeUnit);
  return [
    {
      id: `reliability${suffix}`,
      label: `Reliability at ${at}`,
      value: point.reliability,
      unit: 'probability',
      text: formatPercent(point.reliability, point.unreliability),
      altText: `unreliability ${formatProbability(point.unreliability)}`,
      detail: 'no system failure in [0, t], no repair',
      exactness: getExactness(result, point.reliability, ['reliability-not-exact']),
    },
    {
      id: `meanAvailability${suffix}`,
      label: `Mean availability over ${at}`,
      value: point.meanAvailability,
      unit: 'probability',
      text: formatPercent(point.meanAvailability, point.meanUnavailability),
      ...(point.meanUnavailability === null
        ? {}
        : {
            altText: `${formatTime(point.meanUnavailability * point.t, result.timeUnit)} down in all`,
          }),
      detail: 'share of [0, t] up, with repair, starting new',
      exactness: getExactness(result, point.meanAvailability, ['mean-availability-not-exact']),
    },
    {
      id: `pointAvailability${suffix}`,
      label: `Availability at ${at}`,
      value: point.availability,
      unit: 'probability',
      text: formatPercent(point.availability, point.unavailability),
      detail: 'up at the moment t, with repair, starting new',
      exactness: getExactness(result, point.availability, ['availability-not-exact']),
    },
  ];
}

/**
 * The figures without repair: MTTF and the B1, B10 and B50 lives.
 * @param result the analysis
 * @returns the figures in reading order
 */
export function getNoRepairFigures(result: AnalysisResult): ReportFigure[] {
  const unit = result.timeUnit;
  const unbounded = result.warnings.some((w) => w.code === 'mttf-unbounded');
  const mttf: ReportFigure = {
    id: 'mttf',
    label: 'MTTF',
    value: result.mttf,
    unit: 'time',
    text: unbounded ? 'unbounded' : formatTime(result.mttf, unit),
    altText: formatInUnit(result.mttf, unit),
    detail: unbounded ? 'it can work for ever without repair' : 'to the first failure, no repair',
    exactness: unbounded ? EXACT : getExactness(result, result.mttf, ['mttf-not-exact']),
  };
  const lives = (['b1', 'b10', 'b50'] as const).map((key, i): ReportFigure => {
    const share = [1, 10, 50][i]!;
    const value = result.bLife?.[key] ?? null;
    const never = result.bLife !== null && value === null;
    return {
      id: `bLife.${key}`,
      label: `B${share} life`,
      value,
      unit: 'time',
      text: never ? 'never' : formatTime(value, unit),
      altText: formatInUnit(value, unit),
      detail: never
        ? `fewer than ${share}% of systems ever fail`
        : `${share}% of systems have failed by then, no repair`,
      exactness: result.bLife === null ? getExactness(result, null, ['b-life-not-exact']) : EXACT,
    };
  });
  return [mttf, ...lives];
}

/**
 * The design's price.
 * @param result the analysis
 */
export function getCostFigure(result: AnalysisResult): ReportFigure {
  return {
    id: 'cost',
    label: 'Cost',
    value: result.cost,
    unit: 'cost',
    text: formatCost(result.cost),
    detail: result.cost === null ? 'no component has a cost' : 'sum of unit prices',
    exactness: EXACT,
  };
}
