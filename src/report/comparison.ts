/**
 * The comparison report of 2–4 designs as data (`rbd report A B …`): the answer first (which
 * designs meet their targets, the best availability, the cheapest that meets them), the figures
 * side by side, the change of each against the first with the cost per nine (computeCompareDeltas),
 * R(t) and A(t) of every design on one time axis in hours, what to improve first in each, the
 * assumptions, the components of each with their sources, and the commands that reproduce it.
 * Each design's figures are the same objects its own review states (createReport), so the
 * comparison and the single-design reports cannot disagree.
 * Pure; runs anywhere; no DOM.
 */
import type { AnalysisPoint, AnalysisResult } from '../analysis/result.ts';
import { analyzeDesign } from '../analysis/analyze.ts';
import { computeCompareDeltas } from '../analysis/compare.ts';
import { evaluateTargets, getTargetsMet } from '../analysis/targets.ts';
import type { Design, DesignIssue } from '../model/types.ts';
import { HOURS_PER_UNIT } from '../model/types.ts';
import type { ReportFigure } from './figures.ts';
import {
  formatCost,
  formatDowntimePerYear,
  formatNines,
  formatNumber,
  formatPercent,
} from './format.ts';
import { createReport, getSection } from './report.ts';
import { getReviewCurveTimes } from './review.ts';
import type { ComponentRow } from './reviewParts.ts';
import {
  getAssumptions,
  getComponentRows,
  getComponentSources,
  getSharedFateRows,
} from './reviewParts.ts';

/** Most designs one comparison holds. */
export const MAX_COMPARED_DESIGNS = 4;

/** One design of a comparison and its analyses. */
export interface ComparedDesign {
  readonly design: Design;
  readonly file?: unknown;
  /** `analyzeDesign(design)` */
  readonly result: AnalysisResult;
  readonly designWarnings?: readonly DesignIssue[];
  /** R(t) and A(t) at the comparison's `curveHours`, converted to this design's time unit. */
  readonly curves?: readonly AnalysisPoint[];
  readonly fileName: string;
}

/** What a comparison is built from. */
export interface ComparisonInput {
  /** 2–4 designs; the first is the baseline the changes are taken against. */
  readonly designs: readonly ComparedDesign[];
  /** The times of every design's `curves`, hours (one axis for designs of any time unit). */
  readonly curveHours?: readonly number[];
  readonly date: Date;
}

/** A row of the side-by-side table: one figure, one cell per design. */
export interface ComparisonRow {
  readonly id: string;
  readonly label: string;
  /** The engine's numbers, per design (`null`: undefined or not computable). */
  readonly values: readonly (number | null)[];
  readonly texts: readonly string[];
}

/** A section of the comparison; `id` and `title` make the contents list. */
export type ComparisonSection =
  | {
      readonly kind: 'answer';
      readonly id: 'answer';
      readonly title: string;
      readonly headline: string;
      /** One line per design. */
      readonly lines: readonly string[];
    }
  | {
      readonly kind: 'table';
      readonly id: 'table';
      readonly title: string;
      readonly caption: string;
      /** Column heads: the designs' names. */
      readonly names: readonly string[];
      readonly rows: readonly ComparisonRow[];
    }
  | {
      readonly kind: 'deltas';
      readonly id: 'deltas';
      readonly title: string;
      readonly caption: string;
      /** Design name, Δ downtime, Δ nines, Δ unavailability, Δ cost, cost per nine. */
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'curves';
      readonly id: 'curves';
      readonly title: string;
      readonly caption: string;
      readonly hours: readonly number[];
      readonly names: readonly string[];
      /** Per design, at `hours`. */
      readonly reliability: readonly (readonly (number | null)[])[];
      readonly availability: readonly (readonly (number | null)[])[];
    }
  | {
      readonly kind: 'drivers';
      readonly id: 'drivers';
      readonly title: string;
      /** Design, improve first, single points of failure, minimal cut sets. */
      readonly rows: readonly (readonly string[])[];
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
      readonly groups: readonly { readonly name: string; readonly rows: readonly ComponentRow[] }[];
    }
  | {
      readonly kind: 'reproduce';
      readonly id: 'reproduce';
      readonly title: string;
      readonly commands: readonly string[];
    };

/** A comparison report. */
export interface ComparisonReview {
  readonly title: string;
  /** `YYYY-MM-DD` (UTC). */
  readonly date: string;
  readonly titleLines: readonly string[];
  readonly sections: readonly ComparisonSection[];
}

/** The figures the table compares, by their report ids, in order. */
const ROW_IDS = [
  'availability',
  'nines',
  'downtime',
  'unavailability',
  'mtbf',
  'mdt',
  'reliability',
  'mttf',
  'cost',
] as const;

function quote(x: string): string {
  return /^[\w./:@%+=,-]+$/.test(x) ? x : `'${x.replace(/'/g, `'\\''`)}'`;
}

function getVerdict(d: ComparedDesign): 'met' | 'missed' | 'unknown' | 'none' {
  const outcomes = evaluateTargets(d.design.targets, d.result);
  if (outcomes.length === 0) return 'none';
  const met = getTargetsMet(outcomes);
  return met === null ? 'unknown' : met ? 'met' : 'missed';
}

const VERDICT_TEXT = {
  met: 'meets its targets',
  missed: 'misses a target',
  unknown: 'target not known',
  none: 'sets no target',
} as const;

/**
 * Builds the comparison report of 2–4 designs.
 * @param input the designs with their analyses (the first is the baseline), curves and date
 * @returns the report's title page lines and sections in reading order
 * @example
 * createComparisonReview({ designs: [a, b], date: new Date() });
 */
export function createComparisonReview(input: ComparisonInput): ComparisonReview {
  const designs = input.designs;
  const names = designs.map((d, i) => `${String.fromCharCode(65 + i)}. ${d.design.name}`);
  const reports = designs.map((d) =>
    createReport(d.result, { designWarnings: d.designWarnings ?? [] }),
  );
  const figureOf = (k: number, id: string): ReportFigure | undefined => {
    for (const s of reports[k]!.sections) {
      if (s.kind !== 'figures') continue;
      for (const f of s.figures) {
        if (f.id === id) return f;
        if (f.companion?.id === id) return f.companion;
      }
    }
    return undefined;
  };
  const rows: ComparisonRow[] = ROW_IDS.map((id) => {
    const figures = designs.map((_, k) => figureOf(k, id));
    const label = figures.find((f) => f !== undefined)?.label ?? id;
    return {
      id,
      label: id === 'reliability' ? 'Reliability at the mission time' : label,
      values: figures.map((f) => f?.value ?? null),
      texts: figures.map((f) =>
        id === 'reliability' && f !== undefined
          ? `${f.text} (${f.label.replace('Reliability at ', 'at ')})`
          : (f?.text ?? '—'),
      ),
    };
  });
  const verdicts = designs.map(getVerdict);
  rows.push({
    id: 'targets',
    label: 'Targets',
    values: verdicts.map(() => null),
    texts: verdicts.map((v) => VERDICT_TEXT[v]),
  });

  const lines = designs.map((d, k) => {
    const s = d.result.steadyState;
    return `${names[k]}: ${VERDICT_TEXT[verdicts[k]!]}; availability ${formatPercent(s.availability, s.unavailability)} (${formatNines(s.nines)}), ${formatNumber(s.downtimePerYear === null ? null : s.downtimePerYear * 60, 3)} minutes of downtime a year, cost ${formatCost(d.result.cost)}.`;
  });
  const ranked = designs
    .map((d, k) => ({ k, u: d.result.steadyState.unavailability }))
    .filter((x): x is { k: number; u: number } => x.u !== null)
    .sort((a, b) => a.u - b.u);
  const best = ranked[0];
  const meeting = designs
    .map((d, k) => ({ k, cost: d.result.cost }))
    .filter((x) => verdicts[x.k] === 'met' && x.cost !== null)
    .sort((a, b) => a.cost! - b.cost!);
  const headline = [
    best === undefined
      ? 'No design has an exact long-run availability.'
      : `Most available: ${names[best.k]} (${formatDowntimePerYear(designs[best.k]!.result.steadyState.downtimePerYear)}).`,
    meeting[0] !== undefined
      ? `Cheapest that meets its targets: ${names[meeting[0].k]} (cost ${formatCost(meeting[0].cost)}).`
      : verdicts.every((v) => v === 'none')
        ? 'No design sets targets of its own.'
        : verdicts.includes('met')
          ? ''
          : 'No design meets its targets.',
  ]
    .filter((x) => x !== '')
    .join(' ');

  const deltas = computeCompareDeltas(designs.map((d) => d.result));
  const sign = (x: number | null, f: (v: number) => string): string =>
    x === null ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${f(Math.abs(x))}`;
  const deltaRows = deltas.map((d) => [
    names[d.design]!,
    sign(d.downtimePerYear, (v) => formatDowntimePerYear(v).replace(' / year', '')),
    sign(d.nines, (v) => v.toFixed(2)),
    sign(d.unavailability, (v) => formatNumber(v, 3)),
    sign(d.cost, formatCost),
    sign(d.costPerNine, formatCost).replace(/^\+/, ''),
  ]);

  const sections: ComparisonSection[] = [
    { kind: 'answer', id: 'answer', title: 'The answer', headline, lines },
    {
      kind: 'table',
      id: 'table',
      title: 'Side by side',
      caption:
        'Every figure exact (binary decision diagrams and Markov chains), as each design\'s own review states it; "—": not exactly computable for that design (see its review).',
      names,
      rows,
    },
    {
      kind: 'deltas',
      id: 'deltas',
      title: `Against ${names[0]}`,
      caption:
        'Each design minus the first. Cost per nine: the extra cost of each extra nine of availability ("—" when the nines do not change or a cost is missing).',
      rows: deltaRows,
    },
  ];
  const hours = input.curveHours;
  if (hours !== undefined && hours.length > 1 && designs.every((d) => d.curves !== undefined)) {
    sections.push({
      kind: 'curves',
      id: 'curves',
      title: 'Reliability and availability over time',
      caption:
        'R(t): no system failure in [0, t] without repair; A(t): up at t with repair; both exact, starting with every unit new, on one time axis in hours.',
      hours,
      names,
      reliability: designs.map((d) => d.curves!.map((p) => p.reliability)),
      availability: designs.map((d) => d.curves!.map((p) => p.availability)),
    });
  }
  sections.push({
    kind: 'drivers',
    id: 'drivers',
    title: 'What to improve first in each',
    rows: designs.map((_, k) => {
      const ranking = getSection(reports[k]!, 'ranking');
      const cuts = getSection(reports[k]!, 'cutSets');
      const top = ranking?.entries
        .slice(0, 3)
        .map((e) => `${e.row.id} (${e.text.share})`)
        .join(', ');
      return [
        names[k]!,
        top === undefined || top === '' ? '—' : top,
        `${cuts?.singlePoints ?? 0}`,
        cuts?.total === null || cuts === undefined ? 'too many to count' : `${cuts.total}`,
      ];
    }),
  });
  const sharedFate = designs.flatMap((d) => getSharedFateRows(d.design));
  sections.push({
    kind: 'assumptions',
    id: 'assumptions',
    title: 'Assumptions',
    items: [
      ...getAssumptions(designs[0]!.design, sharedFate, []).slice(1),
      ...designs.map((d, k) => {
        const zones = getSharedFateRows(d.design).length;
        return `${names[k]}: ${zones === 0 ? 'units fail independently (no shared-fate zone or common-cause group)' : `${zones} zone(s) or common-cause group(s) tie units together`}.`;
      }),
    ],
  });
  sections.push({
    kind: 'components',
    id: 'components',
    title: 'Components and data sources',
    groups: designs.map((d, k) => ({
      name: names[k]!,
      rows: getComponentRows(d.design, getComponentSources(d.file)),
    })),
  });
  const files = designs.map((d) => quote(d.fileName));
  sections.push({
    kind: 'reproduce',
    id: 'reproduce',
    title: 'Reproduce these figures',
    commands: [
      `rbd report ${files.join(' ')} --out report.pdf`,
      ...files.map((f) => `rbd analyze ${f} --json`),
    ],
  });
  const date = input.date.toISOString().slice(0, 10);
  return {
    title: `Comparison of ${designs.length} designs`,
    date,
    titleLines: [
      `Comparison report, ${date}`,
      ...designs.map((d, k) => `${names[k]} (${d.fileName}, time unit ${d.design.timeUnit})`),
      'Method: exact analysis of each design',
    ],
    sections,
  };
}

/**
 * The times of a comparison's curves in each design's unit: `hours` converted.
 * @param hours the common axis, hours
 * @param design the design whose unit to convert to
 */
export function getDesignTimes(hours: readonly number[], design: Design): number[] {
  return hours.map((h) => h / HOURS_PER_UNIT[design.timeUnit]);
}

/** A design to compare, as read (its parsed design, its file and its validation warnings). */
export interface ComparedDesignInput {
  readonly design: Design;
  readonly file: unknown;
  readonly warnings: readonly DesignIssue[];
  readonly fileName: string;
}

/**
 * The comparison of designs, analysed exactly on one time axis in hours (the longest mission
 * time), as `rbd report A B …` and the compare view's export make it.
 * @param designs 2–4 designs, the first the baseline
 * @param date the report's date
 */
export function createComparisonFromDesigns(
  designs: readonly ComparedDesignInput[],
  date: Date,
): ComparisonReview {
  const longest = Math.max(
    ...designs.map((d) => d.design.missionTime * HOURS_PER_UNIT[d.design.timeUnit]),
  );
  const hours = getReviewCurveTimes(longest);
  return createComparisonReview({
    designs: designs.map((d) => ({
      design: d.design,
      file: d.file,
      result: analyzeDesign(d.design),
      designWarnings: d.warnings,
      curves: analyzeDesign(d.design, {
        times: getDesignTimes(hours, d.design),
        skipMttf: true,
        skipMeanAvailability: true,
      }).points,
      fileName: d.fileName,
    })),
    curveHours: hours,
    date,
  });
}
