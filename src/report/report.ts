/**
 * The report of a design as data: its figures with labels, units, formatted text and exactness,
 * the "improve this first" ranking with the downtime each block explains and what-ifs, the
 * minimal cut sets with single points of failure first, and the warnings, in titled sections.
 * One builder, several renderers: the command line's `analyze` and `check` text, "Copy results"
 * (text.ts), the app's results panel, and later the PDF report and the compare view. Renderers
 * only lay it out: every string a reader sees is made here or in format.ts.
 * Pure; runs anywhere; no DOM.
 */
import type { AnalysisResult } from '../analysis/result.ts';
import type { DesignIssue, TimeUnit } from '../model/types.ts';
import type { CutSetRow } from './cutSets.ts';
import { getCutSetRows } from './cutSets.ts';
import type { ReportFigure } from './figures.ts';
import {
  getCostFigure,
  getLongRunFigures,
  getNoRepairFigures,
  getPointFigures,
} from './figures.ts';
import {
  formatDowntimePerYear,
  formatInUnit,
  formatNumber,
  formatPercent,
  formatProbability,
  formatRatio,
  formatShare,
  formatTime,
} from './format.ts';
import type { ImportanceRow } from './ranking.ts';
import { DEFAULT_RANKING_SIZE, getImportanceRanking } from './ranking.ts';
import type { ReportWarning } from './warnings.ts';
import { createReportWarnings } from './warnings.ts';

/** A block of the ranking with its cells formatted. */
export interface RankingEntry {
  readonly row: ImportanceRow;
  readonly text: {
    /** Criticality as a share (`99.6%`). */
    readonly share: string;
    /** Downtime per year it explains (`1 min 28 s / year`), or `—` on the mission basis. */
    readonly downtime: string;
    /** Downtime per year saved if the block were perfect. */
    readonly savedIfPerfect: string;
    /** Downtime per year with the block down for good. */
    readonly ifDown: string;
    readonly fussellVesely: string;
    readonly raw: string;
    readonly rrw: string;
    readonly birnbaum: string;
    /** The block's own long-run availability. */
    readonly availability: string;
  };
}

/** A minimal cut set with its probability formatted. */
export interface CutSetEntry {
  readonly row: CutSetRow;
  readonly probabilityText: string;
}

/** A titled section of a report, by what it holds. */
export type ReportSection =
  | {
      readonly kind: 'figures';
      readonly id: string;
      readonly title: string;
      readonly figures: readonly ReportFigure[];
    }
  | {
      readonly kind: 'ranking';
      readonly id: 'ranking';
      readonly title: string;
      /** What the shares are shares of, for a caption. */
      readonly basis: 'steady-state' | 'mission' | 'none';
      readonly caption: string;
      readonly entries: readonly RankingEntry[];
      /** Blocks that contribute at all (the entries may be the first of them). */
      readonly total: number;
    }
  | {
      readonly kind: 'cutSets';
      readonly id: 'cutSets';
      readonly title: string;
      readonly caption: string;
      readonly entries: readonly CutSetEntry[];
      /** Minimal cut sets in all (the entries are the most probable of them); `null`: too many to find. */
      readonly total: number | null;
      readonly singlePoints: number;
    }
  | {
      readonly kind: 'warnings';
      readonly id: 'warnings';
      readonly title: string;
      readonly warnings: readonly ReportWarning[];
    };

/** The report of one design. */
export interface Report {
  /** The design's name. */
  readonly title: string;
  /** What the figures are (`exact analysis`). */
  readonly subtitle: string;
  /** Something the reader must know first (e.g. the figures are out of date), or `null`. */
  readonly notice: string | null;
  readonly timeUnit: TimeUnit;
  /** The figures a dashboard shows first, in order (the same objects as in the sections). */
  readonly headline: readonly ReportFigure[];
  readonly sections: readonly ReportSection[];
}

/** Options of {@link createReport}. */
export interface ReportOptions {
  /** The validator's warnings about the design file. */
  readonly designWarnings?: readonly DesignIssue[];
  /** A line the reader must see first (`null`: none). */
  readonly notice?: string | null;
  /** How many blocks the ranking lists at most (default 10). */
  readonly rankingSize?: number;
}

function getRankingEntry(row: ImportanceRow): RankingEntry {
  const hours = formatDowntimePerYear;
  return {
    row,
    text: {
      share: formatShare(row.criticality),
      downtime: hours(row.downtimeHoursPerYear),
      savedIfPerfect: hours(row.downtimeSavedIfPerfect),
      ifDown: hours(row.downtimeIfDown),
      fussellVesely: formatShare(row.fussellVesely),
      raw: formatRatio(row.raw),
      rrw: row.rrw === null && row.raw !== null ? '∞' : formatRatio(row.rrw),
      birnbaum: formatNumber(row.birnbaum, 3),
      availability: formatPercent(row.availability, row.unavailability),
    },
  };
}

function getRankingSection(result: AnalysisResult, size: number): ReportSection {
  const steady = result.importanceBasis === 'steady-state';
  const all = getImportanceRanking(result, Infinity);
  return {
    kind: 'ranking',
    id: 'ranking',
    title: 'Improve first',
    basis: result.importanceBasis,
    caption:
      result.importanceBasis === 'none'
        ? 'Not computable: neither the long-run nor the mission figures are exact for this design (see the warnings).'
        : steady
          ? 'Downtime per year each block explains: its criticality (the share of system downtime during which it is down and its failure matters) × the system downtime; what the system downtime would be with the block perfect or down for good.'
          : 'Nothing is repairable: the share of mission unreliability each block explains (criticality).',
    entries:
      result.importanceBasis === 'none' ? [] : all.slice(0, Math.max(0, size)).map(getRankingEntry),
    total: result.importanceBasis === 'none' ? 0 : all.length,
  };
}

function getCutSetSection(result: AnalysisResult): ReportSection {
  const rows = getCutSetRows(result);
  const basis =
    result.importanceBasis === 'steady-state'
      ? 'long-run'
      : result.importanceBasis === 'mission'
        ? 'at the mission time'
        : 'not computable for this design';
  return {
    kind: 'cutSets',
    id: 'cutSets',
    title: 'Minimal cut sets',
    caption: `Probability: all its blocks down at once (${basis}).`,
    entries: rows.map((row) => ({ row, probabilityText: formatProbability(row.probability) })),
    total: result.minimalCutSetCount,
    singlePoints:
      result.minimalCutSetCount === null
        ? result.blocks.filter((b) => b.singlePointOfFailure).length
        : rows.filter((r) => r.singlePoint).length,
  };
}

/**
 * Builds the report of an analysis.
 * @param result the exact analysis
 * @param options the design's warnings, a notice, the ranking size
 * @returns the report: headline figures and titled sections
 * @example
 * const report = createReport(analyzeDesign(design), { designWarnings: parsed.warnings });
 * renderReportText(report);
 */
export function createReport(result: AnalysisResult, options: ReportOptions = {}): Report {
  const unit = result.timeUnit;
  const longRun = getLongRunFigures(result);
  const points = result.points.map((p, k) => getPointFigures(result, p, k === 0 ? '' : `.${k}`));
  const noRepair = getNoRepairFigures(result);
  const cost = getCostFigure(result);
  const byId = (figures: readonly ReportFigure[], id: string): ReportFigure =>
    figures.find((f) => f.id === id)!;
  const first = points[0] ?? [];
  const headline = [
    byId(longRun, 'availability'),
    ...first.filter((f) => f.id === 'reliability' || f.id === 'meanAvailability'),
    byId(longRun, 'downtime'),
    byId(longRun, 'unavailability'),
    byId(longRun, 'mtbf'),
    byId(longRun, 'mdt'),
    byId(noRepair, 'mttf'),
    byId(noRepair, 'bLife.b10'),
    cost,
  ];
  // A reason that explains several figures is said once.
  const said = new Set<string>();
  const warnings = createReportWarnings(result.warnings, options.designWarnings ?? []).filter(
    (w) => {
      const key = `${w.path ?? ''}\n${w.message}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    },
  );
  const sections: ReportSection[] = [
    { kind: 'figures', id: 'longRun', title: 'Long run, with repair', figures: longRun },
    ...points.map((figures, k): ReportSection => ({
      kind: 'figures',
      id: k === 0 ? 'point' : `point.${k}`,
      title: `Starting new, over ${formatTime(result.points[k]!.t, unit)} (${formatInUnit(result.points[k]!.t, unit)})`,
      figures,
    })),
    { kind: 'figures', id: 'noRepair', title: 'Without repair', figures: noRepair },
    ...(result.cost === null
      ? []
      : [{ kind: 'figures', id: 'design', title: 'Design', figures: [cost] } as const]),
    getRankingSection(result, options.rankingSize ?? DEFAULT_RANKING_SIZE),
    getCutSetSection(result),
    ...(warnings.length === 0
      ? []
      : [{ kind: 'warnings', id: 'warnings', title: 'Warnings', warnings } as const]),
  ];
  return {
    title: result.name,
    subtitle: 'exact analysis',
    notice: options.notice ?? null,
    timeUnit: unit,
    headline,
    sections,
  };
}

/**
 * The section of a kind, for renderers that place sections themselves.
 * @example getSection(report, 'ranking')?.entries[0]?.row.id;
 */
export function getSection<K extends ReportSection['kind']>(
  report: Report,
  kind: K,
): Extract<ReportSection, { kind: K }> | undefined {
  return report.sections.find((s): s is Extract<ReportSection, { kind: K }> => s.kind === kind);
}
