/**
 * A report as plain text: what the command line's `analyze` prints and what "Copy results"
 * copies (ready to paste into a chat or a design review). Layout only: every figure, label and
 * cell comes formatted from the report model.
 * Pure; runs anywhere; no DOM.
 */
import type { ReportFigure } from './figures.ts';
import type { Report, ReportSection } from './report.ts';
import { formatWarning } from './warnings.ts';
import { assertNever } from '../util/assert.ts';

/** Options of {@link renderReportText}. */
export interface TextOptions {
  /** Ranking rows and cut sets listed at most (default 10). */
  readonly rows?: number;
}

/** `Label: text (alt; companion)`, the line of one figure. */
function renderFigure(figure: ReportFigure): string {
  const aside = [
    figure.companion?.text,
    figure.altText !== undefined && figure.altText !== figure.text ? figure.altText : undefined,
  ].filter((part) => part !== undefined && part !== '—');
  const exactness = figure.exactness;
  const status =
    exactness.kind === 'notComputable'
      ? ` [${exactness.reason}]`
      : exactness.kind === 'simulated'
        ? ` [simulated, ${Math.round(exactness.confidence * 100)}% interval ${exactness.low} … ${exactness.high}]`
        : '';
  const parts = aside.length === 0 ? '' : ` (${aside.join('; ')})`;
  return `${figure.label}: ${figure.text}${parts}${status}`;
}

function renderSection(section: ReportSection, rows: number): string[] {
  switch (section.kind) {
    case 'figures':
      return [`${section.title}:`, ...section.figures.map(renderFigure)];
    case 'ranking': {
      const steady = section.basis === 'steady-state';
      const lines = [`${section.title}:`];
      if (section.basis === 'none') lines.push(`  ${section.caption}`);
      else if (section.entries.length === 0) {
        lines.push('  no block contributes to system failure');
      }
      section.entries.slice(0, rows).forEach(({ row, text }, i) => {
        const share = steady
          ? `${text.share} of downtime, ${text.downtime}`
          : `${text.share} of mission unreliability`;
        const whatIf = steady
          ? `; if perfect −${text.savedIfPerfect}, if down for good ${text.ifDown}`
          : `; RAW ${text.raw}, RRW ${text.rrw}`;
        const spof = row.singlePointOfFailure ? ' (single point of failure)' : '';
        lines.push(`  ${i + 1}. ${row.id}: ${share}${whatIf}${spof}`);
      });
      const shown = Math.min(rows, section.entries.length);
      if (section.total > shown) lines.push(`  … and ${section.total - shown} more`);
      return lines;
    }
    case 'cutSets': {
      const lines = [
        section.total === null
          ? `${section.title}: too many to find within the engine's budget`
          : `${section.title} (${section.total} in all):`,
      ];
      for (const { row, probabilityText } of section.entries.slice(0, rows)) {
        lines.push(`  ${row.blocks.join(' + ')}  p = ${probabilityText}`);
      }
      const shown = Math.min(rows, section.entries.length);
      if (section.total !== null && section.total > shown) {
        lines.push(`  … and ${section.total - shown} more`);
      }
      return lines;
    }
    case 'warnings':
      return [
        `${section.title}:`,
        // An engine warning names its block in its message; a design warning gets its path.
        ...section.warnings.map((w) => `  - ${formatWarning(w)}`),
      ];
    default:
      return assertNever(section);
  }
}

/**
 * Renders a report as plain text: a title line, the notice, then each section under its title.
 * @param report from `createReport`
 * @param options how many ranking rows and cut sets to list
 * @returns the text, lines separated by `\n`, ending with one
 * @example
 * io.stdout(renderReportText(createReport(result)));
 */
export function renderReportText(report: Report, options: TextOptions = {}): string {
  const rows = options.rows ?? 10;
  const lines = [`${report.title}: ${report.subtitle}`];
  if (report.notice !== null) lines.push(`(${report.notice})`);
  for (const section of report.sections) lines.push('', ...renderSection(section, rows));
  return lines.join('\n') + '\n';
}
