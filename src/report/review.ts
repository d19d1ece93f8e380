/**
 * The design review as data: what the PDF report (`rbd report` and the app's "Export PDF
 * report") and its text rendering say, in order: a title page, the answer first (targets met or
 * not, downtime in minutes a year, nines), the results table with each figure marked exact or
 * simulated, R(t) and A(t), the "improve first" ranking, the cut sets with single points of
 * failure first, shared fate, the assumptions, the components with their sources, and the
 * command line that reproduces the numbers. Built from the engine's results (analyzeDesign,
 * evaluateTargets, a Monte Carlo run when there is one) and from the figures of `createReport`,
 * so the PDF, the text and the app's results panel cannot disagree.
 * Pure; runs anywhere; no DOM.
 */
import type { AnalysisPoint, AnalysisResult } from '../analysis/result.ts';
import type { TargetMetric, TargetOutcome } from '../analysis/targets.ts';
import { evaluateTargets, getTargetsMet } from '../analysis/targets.ts';
import type { Design, DesignIssue, TimeUnit } from '../model/types.ts';
import { HOURS_PER_UNIT } from '../model/types.ts';
import type { SimulationResult } from '../simulation/types.ts';
import type { ReportFigure } from './figures.ts';
import {
  formatDowntimePerYear,
  formatInUnit,
  formatNines,
  formatNumber,
  formatPercent,
  formatTime,
} from './format.ts';
import type { CutSetEntry, RankingEntry, Report } from './report.ts';
import { createReport, getSection } from './report.ts';
import type { ComponentRow, SharedFateRow } from './reviewParts.ts';
import {
  getAssumptions,
  getComponentRows,
  getComponentSources,
  getSharedFateRows,
} from './reviewParts.ts';
import type { DiagramFigure } from './reviewDiagram.ts';
import { getDiagramFigure, MAX_DRAWN_NODES } from './reviewDiagram.ts';
import type { Sensitivity, SensitivityRow } from './sensitivity.ts';
import type { ReportWarning } from './warnings.ts';

/** How a figure of the results table was obtained. */
export type ReviewMethod = 'exact' | 'simulated' | 'not computable';

/** One row of the results table. */
export interface ResultRow {
  readonly id: string;
  readonly label: string;
  /** The engine's number unchanged (`null`: undefined or not computable). */
  readonly value: number | null;
  /** The value for people, 3–4 significant figures, with its unit. */
  readonly text: string;
  /** The same value another way, or `''`. */
  readonly altText: string;
  readonly method: ReviewMethod;
  /** `exact`, `simulated, 95% interval a … b`, or the engine's reason. */
  readonly methodText: string;
}

/** One target of the design and how the design fares. */
export interface TargetRow {
  readonly outcome: TargetOutcome;
  readonly label: string;
  readonly targetText: string;
  readonly actualText: string;
  /** `met`, `missed by …`, `not known`. */
  readonly verdictText: string;
}

/** R(t) and A(t) at a set of times, for the charts. */
export interface CurveSeries {
  /** Times, design time units, increasing. */
  readonly t: readonly number[];
  readonly reliability: readonly (number | null)[];
  readonly availability: readonly (number | null)[];
  readonly missionTime: number;
  readonly timeUnit: TimeUnit;
}

/** The downtime per simulated history, binned, for the histogram. */
export interface DowntimeHistogram {
  /** Bin edges, hours, logarithmically spaced; bin i is [edges[i], edges[i+1]). */
  readonly edgesHours: readonly number[];
  readonly counts: readonly number[];
  /** Histories with no downtime at all (not in any bin). */
  readonly zeroCount: number;
  readonly trials: number;
}

/** A section of the review, by what it holds; `id` and `title` make the contents list. */
export type ReviewSection =
  | {
      readonly kind: 'answer';
      readonly id: 'answer';
      readonly title: string;
      /** `none`: the design sets no target. */
      readonly verdict: 'met' | 'missed' | 'unknown' | 'none';
      /** The answer in one sentence. */
      readonly headline: string;
      readonly targets: readonly TargetRow[];
      /** Minutes of downtime a year (`null`: not computable). */
      readonly downtimeMinutesPerYear: number | null;
      /** Further lines: nines, drivers, the bad and the calamity year when simulated. */
      readonly lines: readonly string[];
    }
  | {
      readonly kind: 'diagram';
      readonly id: 'diagram';
      readonly title: string;
      /** `null`: too many nodes to draw legibly (`caption` says so). */
      readonly figure: DiagramFigure | null;
      readonly caption: string;
    }
  | {
      readonly kind: 'results';
      readonly id: 'results';
      readonly title: string;
      readonly caption: string;
      readonly rows: readonly ResultRow[];
    }
  | {
      readonly kind: 'curves';
      readonly id: 'curves';
      readonly title: string;
      readonly caption: string;
      readonly series: CurveSeries;
      /** With a Monte Carlo run: the downtime per history. */
      readonly histogram: DowntimeHistogram | null;
    }
  | {
      readonly kind: 'ranking';
      readonly id: 'ranking';
      readonly title: string;
      readonly caption: string;
      readonly basis: 'steady-state' | 'mission' | 'none';
      readonly entries: readonly RankingEntry[];
      readonly total: number;
    }
  | {
      readonly kind: 'cutSets';
      readonly id: 'cutSets';
      readonly title: string;
      readonly caption: string;
      readonly entries: readonly CutSetEntry[];
      readonly total: number | null;
      readonly singlePoints: number;
    }
  | {
      readonly kind: 'sharedFate';
      readonly id: 'sharedFate';
      readonly title: string;
      readonly rows: readonly SharedFateRow[];
    }
  | {
      readonly kind: 'sensitivity';
      readonly id: 'sensitivity';
      readonly title: string;
      readonly caption: string;
      /** Downtime per year of the design as it is, hours. */
      readonly baseline: number;
      readonly rows: readonly (SensitivityRow & {
        readonly lowText: string;
        readonly highText: string;
      })[];
    }
  | {
      readonly kind: 'assumptions';
      readonly id: 'assumptions';
      readonly title: string;
      readonly items: readonly string[];
    }
  | {
      readonly kind: 'components';
      readonly id: 'components';
      readonly title: string;
      readonly rows: readonly ComponentRow[];
    }
  | {
      readonly kind: 'warnings';
      readonly id: 'warnings';
      readonly title: string;
      readonly warnings: readonly ReportWarning[];
    }
  | {
      readonly kind: 'reproduce';
      readonly id: 'reproduce';
      readonly title: string;
      /** Commands that print every number of the report again. */
      readonly commands: readonly string[];
    };

/** A design review. */
export interface DesignReview {
  readonly title: string;
  readonly description: string;
  /** The day it was made, `YYYY-MM-DD` (UTC). */
  readonly date: string;
  /** Lines of the title page under the name (method, seed and histories when simulated). */
  readonly titleLines: readonly string[];
  readonly timeUnit: TimeUnit;
  readonly sections: readonly ReviewSection[];
}

/** What a review is built from. */
export interface ReviewInput {
  readonly design: Design;
  /** The design file's JSON, for each component's `source` (optional). */
  readonly file?: unknown;
  /** `analyzeDesign(design)` (with its times: the first is the mission time). */
  readonly result: AnalysisResult;
  /** The validator's warnings. */
  readonly designWarnings?: readonly DesignIssue[];
  /** R(t) and A(t) at increasing times, e.g. from {@link getReviewCurveTimes}; none: no charts. */
  readonly curves?: readonly AnalysisPoint[];
  /** A Monte Carlo run of this design, if one was made. */
  readonly simulation?: SimulationResult | null;
  /** From `computeSensitivity(design)`; none: no sensitivity section. */
  readonly sensitivity?: Sensitivity;
  readonly date: Date;
  /** The design file's name as the reader should type it (`three-tier.json`). */
  readonly fileName: string;
  /** Extra flags of the reproducing `report` command (`--t 8760`), as typed. */
  readonly flags?: readonly string[];
}

const TARGET_LABELS: Readonly<Record<TargetMetric, string>> = {
  availability: 'Availability (long run)',
  downtimePerYear: 'Downtime per year',
  reliability: 'Reliability at the mission time',
};

/** How many points the review's curves have by default. */
export const REVIEW_CURVE_POINTS = 61;

/**
 * The times at which the review draws R(t) and A(t): 0 to 3 × the mission time, evenly.
 * @param missionTime design time units (> 0)
 * @param count number of times (≥ 2)
 * @example getReviewCurveTimes(100, 3); // [0, 150, 300]
 */
export function getReviewCurveTimes(missionTime: number, count = REVIEW_CURVE_POINTS): number[] {
  const end = 3 * missionTime;
  return Array.from({ length: count }, (_, i) => (end * i) / (count - 1));
}

function formatTargetValue(metric: TargetMetric, value: number | null): string {
  if (value === null) return '—';
  return metric === 'downtimePerYear'
    ? formatDowntimePerYear(value)
    : formatPercent(value, 1 - value);
}

function getTargetRow(outcome: TargetOutcome): TargetRow {
  const m = outcome.metric;
  const verdictText =
    outcome.met === null
      ? 'not known'
      : outcome.met
        ? 'met'
        : `missed by ${m === 'downtimePerYear' ? formatDowntimePerYear(outcome.shortfall).replace(' / year', '') : formatNumber(outcome.shortfall, 3)}`;
  return {
    outcome,
    label: TARGET_LABELS[m],
    targetText: `${m === 'downtimePerYear' ? 'at most' : 'at least'} ${formatTargetValue(m, outcome.target)}`,
    actualText: formatTargetValue(m, outcome.actual),
    verdictText,
  };
}

/** The exactness of a report figure as a review method and its words. */
function getMethod(figure: ReportFigure): { method: ReviewMethod; methodText: string } {
  const e = figure.exactness;
  if (e.kind === 'exact') return { method: 'exact', methodText: 'exact' };
  if (e.kind === 'notComputable') return { method: 'not computable', methodText: e.reason };
  return {
    method: 'simulated',
    methodText: `simulated, ${Math.round(e.confidence * 100)}% interval ${formatNumber(e.low)} … ${formatNumber(e.high)}`,
  };
}

function getFigureRow(figure: ReportFigure): ResultRow {
  const alt = [figure.companion?.text, figure.altText]
    .filter((x): x is string => x !== undefined && x !== '—' && x !== figure.text)
    .join('; ');
  return {
    id: figure.id,
    label: figure.label,
    value: figure.value,
    text: figure.text,
    altText: alt,
    ...getMethod(figure),
  };
}

function getSimulatedRows(sim: SimulationResult, unit: TimeUnit): ResultRow[] {
  const span = formatTime(sim.horizon, unit);
  const interval = (lo: number, hi: number, f: (x: number) => string): string =>
    `simulated, 95% interval ${f(lo)} … ${f(hi)}`;
  const pct = (x: number): string => formatPercent(x, 1 - x);
  const rows: ResultRow[] = [];
  if (!sim.reliabilityOnly) {
    const a = sim.availability;
    const u = sim.unavailability;
    rows.push({
      id: 'sim.availability',
      label: `Mean availability over ${span}`,
      value: a.mean,
      text: formatPercent(a.mean, u.mean),
      altText: `${sim.trials} histories, seed ${sim.seed}`,
      method: 'simulated',
      methodText: interval(a.ci95[0], a.ci95[1], pct),
    });
    const d = sim.downtime;
    const hours = HOURS_PER_UNIT[unit];
    for (const [key, label] of [
      ['p50', 'typical (P50)'],
      ['p90', 'bad (P90)'],
      ['p99', 'calamity (P99)'],
    ] as const) {
      rows.push({
        id: `sim.downtime.${key}`,
        label: `Downtime over ${span}, ${label}`,
        value: d[key],
        text: formatTime(d[key], unit),
        altText: `${formatNumber(d[key] * hours * 60, 3)} min`,
        method: 'simulated',
        methodText: `simulated, ${key.toUpperCase()} of ${sim.trials} histories`,
      });
    }
  }
  const r = sim.reliability;
  rows.push({
    id: 'sim.reliability',
    label: `No system failure over ${span}, with repair`,
    value: r.mean,
    text: formatPercent(r.mean, 1 - r.mean),
    altText: `${r.survived} of ${sim.trials} histories without a system failure`,
    method: 'simulated',
    methodText: interval(r.ci95[0], r.ci95[1], pct),
  });
  return rows;
}

/** Simulation bins merged into one bar (the engine keeps 50 a decade; a chart shows 10). */
const BINS_PER_BAR = 5;

/**
 * The simulated downtime histogram for a chart: the engine's logarithmic bins from the first to
 * the last one holding a history, merged five at a time, in hours.
 */
function getHistogram(sim: SimulationResult, unit: TimeUnit): DowntimeHistogram {
  const { edges, counts } = sim.downtime.histogram;
  const first = counts.findIndex((c) => c > 0);
  let last = counts.length - 1;
  while (last >= 0 && counts[last] === 0) last--;
  const outEdges: number[] = [];
  const outCounts: number[] = [];
  if (first >= 0) {
    for (let i = first; i <= last; i += BINS_PER_BAR) {
      const end = Math.min(i + BINS_PER_BAR, last + 1);
      outEdges.push(edges[i]! * HOURS_PER_UNIT[unit]);
      outCounts.push(counts.slice(i, end).reduce((a, b) => a + b, 0));
      if (end === last + 1) outEdges.push(edges[end]! * HOURS_PER_UNIT[unit]);
    }
  }
  return {
    edgesHours: outEdges,
    counts: outCounts,
    zeroCount: sim.downtime.zeroCount,
    trials: sim.trials,
  };
}

function getAnswer(input: ReviewInput, report: Report): Extract<ReviewSection, { kind: 'answer' }> {
  const { result, design } = input;
  const s = result.steadyState;
  const outcomes = evaluateTargets(design.targets, result);
  const met = getTargetsMet(outcomes);
  const verdict =
    outcomes.length === 0 ? 'none' : met === null ? 'unknown' : met ? 'met' : 'missed';
  const minutes = s.downtimePerYear === null ? null : s.downtimePerYear * 60;
  const figures =
    s.availability === null
      ? 'the long-run availability is not exactly computable for this design'
      : `availability ${formatPercent(s.availability, s.unavailability)} (${formatNines(s.nines)}), ${formatNumber(minutes, 3)} minutes of downtime a year`;
  const missed = outcomes.filter((o) => o.met === false).map((o) => TARGET_LABELS[o.metric]);
  const headline =
    verdict === 'none'
      ? `The design sets no target: ${figures}.`
      : verdict === 'met'
        ? `Meets every target: ${figures}.`
        : verdict === 'missed'
          ? `Misses ${missed.length === 1 ? 'a target' : `${missed.length} targets`} (${missed.join(', ').toLowerCase()}): ${figures}.`
          : `Target not known (a figure is not exactly computable): ${figures}.`;
  const lines: string[] = [];
  if (s.downtimePerYear !== null) {
    lines.push(`Expected downtime: ${formatDowntimePerYear(s.downtimePerYear)} (exact).`);
  }
  const ranking = getSection(report, 'ranking');
  const top = ranking?.entries[0];
  if (top !== undefined && ranking?.basis === 'steady-state') {
    lines.push(
      `Improve first: ${top.row.id}, which explains ${top.text.share} of the downtime (${top.text.downtime}).`,
    );
  } else if (top !== undefined) {
    lines.push(`Improve first: ${top.row.id} (${top.text.share} of mission unreliability).`);
  }
  const cuts = getSection(report, 'cutSets');
  if (cuts !== undefined && cuts.singlePoints > 0) {
    lines.push(`Single points of failure: ${cuts.singlePoints}.`);
  }
  const sim = input.simulation;
  if (sim !== undefined && sim !== null && !sim.reliabilityOnly) {
    const span = formatTime(sim.horizon, result.timeUnit);
    lines.push(
      `Simulated (${sim.trials} histories of ${span}, seed ${sim.seed}): downtime ${formatTime(sim.downtime.p90, result.timeUnit)} in a bad one (P90), ${formatTime(sim.downtime.p99, result.timeUnit)} in a calamity (P99).`,
    );
  }
  return {
    kind: 'answer',
    id: 'answer',
    title: 'The answer',
    verdict,
    headline,
    targets: outcomes.map(getTargetRow),
    downtimeMinutesPerYear: minutes,
    lines,
  };
}

function getCommands(input: ReviewInput): string[] {
  const quote = (x: string): string =>
    /^[\w./:@%+=,-]+$/.test(x) ? x : `'${x.replace(/'/g, `'\\''`)}'`;
  const file = quote(input.fileName);
  const flags = (input.flags ?? []).map(quote).join(' ');
  const t = input.result.points.map((p) => `--t ${formatNumber(p.t, 12).replace(/,/g, '')}`);
  const commands = [
    `rbd report ${file} --out report.pdf${flags === '' ? '' : ` ${flags}`}`,
    `rbd analyze ${file} ${t.join(' ')} --json`,
  ];
  const sim = input.simulation;
  if (sim !== undefined && sim !== null) {
    commands.push(
      `rbd simulate ${file} --trials ${sim.trials} --horizon ${sim.horizon} --seed ${sim.seed}${sim.repair ? '' : ' --no-repair'}${sim.crews === null ? '' : ` --crews ${sim.crews}`} --json`,
    );
  }
  return commands;
}

/**
 * Builds the design review of a design from its analysis (and a Monte Carlo run, if any).
 * @param input the design, its exact analysis, curves, simulation, date and file name
 * @returns the review: title page lines and the sections in reading order
 * @example
 * const result = analyzeDesign(design);
 * const curves = analyzeDesign(design, { times: getReviewCurveTimes(design.missionTime) }).points;
 * createDesignReview({ design, result, curves, date: new Date(), fileName: 'three-tier.json' });
 */
export function createDesignReview(input: ReviewInput): DesignReview {
  const { design, result } = input;
  const report = createReport(result, { designWarnings: input.designWarnings ?? [] });
  const unit = result.timeUnit;
  const figure = getDiagramFigure(design, input.file, result);
  const sections: ReviewSection[] = [
    getAnswer(input, report),
    {
      kind: 'diagram',
      id: 'diagram',
      title: 'The diagram',
      figure,
      caption:
        figure === null
          ? `The diagram has ${design.diagram.nodes.length} nodes, more than ${MAX_DRAWN_NODES} can be drawn legibly on a page: open the design in the app to see it.`
          : "The system works while a path of working blocks leads from Start to End (k of n: k of the units must work). A is each block's own long-run availability. Subsystems are drawn as one box.",
    },
  ];
  const figureRows = report.sections.flatMap((s) =>
    s.kind === 'figures' ? s.figures.map(getFigureRow) : [],
  );
  const sim = input.simulation ?? null;
  sections.push({
    kind: 'results',
    id: 'results',
    title: 'Results',
    caption: `Times in the design's unit (${unit}s) and in friendly units; downtime over a year of 8766 h. "Exact": binary decision diagram and Markov chains; "simulated": Monte Carlo with its 95% interval.`,
    rows: [...figureRows, ...(sim === null ? [] : getSimulatedRows(sim, unit))],
  });
  if (input.curves !== undefined && input.curves.length > 1) {
    const c = input.curves;
    sections.push({
      kind: 'curves',
      id: 'curves',
      title: 'Reliability and availability over time',
      caption: `R(t): no system failure in [0, t] without repair. A(t): up at t with repair. Both exact, starting with every unit new; the mission time (${formatTime(result.missionTime, unit)}) is marked.`,
      series: {
        t: c.map((p) => p.t),
        reliability: c.map((p) => p.reliability),
        availability: c.map((p) => p.availability),
        missionTime: result.missionTime,
        timeUnit: unit,
      },
      histogram: sim === null || sim.reliabilityOnly ? null : getHistogram(sim, unit),
    });
  }
  const ranking = getSection(report, 'ranking');
  if (ranking !== undefined) sections.push({ ...ranking });
  const cuts = getSection(report, 'cutSets');
  if (cuts !== undefined) sections.push({ ...cuts });
  const sharedFate = getSharedFateRows(design);
  if (sharedFate.length > 0) {
    sections.push({ kind: 'sharedFate', id: 'sharedFate', title: 'Shared fate', rows: sharedFate });
  }
  const sens = input.sensitivity;
  if (sens !== undefined && sens.baseline !== null && sens.rows.length > 0) {
    sections.push({
      kind: 'sensitivity',
      id: 'sensitivity',
      title: 'Sensitivity',
      caption: `Downtime per year with each figure 20% smaller and 20% larger, one at a time (each an exact analysis); the line is the design as it is (${formatDowntimePerYear(sens.baseline)}). Widest first: the figures whose accuracy matters most.${sens.skipped > 0 ? ` The last ${sens.skipped} component(s) were not varied.` : ''}`,
      baseline: sens.baseline,
      rows: sens.rows.map((r) => ({
        ...r,
        lowText: formatDowntimePerYear(r.low),
        highText: formatDowntimePerYear(r.high),
      })),
    });
  }
  const limits = [
    ...new Set(figureRows.filter((r) => r.method === 'not computable').map((r) => r.methodText)),
  ];
  sections.push({
    kind: 'assumptions',
    id: 'assumptions',
    title: 'Assumptions',
    items: getAssumptions(design, sharedFate, limits),
  });
  sections.push({
    kind: 'components',
    id: 'components',
    title: 'Components and data sources',
    rows: getComponentRows(design, getComponentSources(input.file)),
  });
  const warnings = getSection(report, 'warnings');
  if (warnings !== undefined) sections.push({ ...warnings });
  sections.push({
    kind: 'reproduce',
    id: 'reproduce',
    title: 'Reproduce these figures',
    commands: getCommands(input),
  });
  const titleLines = [
    `Design review, ${input.date.toISOString().slice(0, 10)}`,
    `File: ${input.fileName}`,
    `Time unit: ${unit}; mission time ${formatInUnit(result.missionTime, unit)} (${formatTime(result.missionTime, unit)})`,
    sim === null
      ? 'Method: exact analysis (no simulation in this report)'
      : `Method: exact analysis, and Monte Carlo: ${sim.trials} histories of ${formatTime(sim.horizon, unit)}, seed ${sim.seed}`,
  ];
  return {
    title: design.name,
    description: design.description,
    date: input.date.toISOString().slice(0, 10),
    titleLines,
    timeUnit: unit,
    sections,
  };
}
