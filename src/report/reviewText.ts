/**
 * A design review as plain text: what `rbd report` prints besides writing the PDF, with the
 * same sections, figures and words as the PDF (both render `createDesignReview`).
 * Pure; runs anywhere; no DOM.
 */
import { assertNever } from '../util/assert.ts';
import { formatNumber } from './format.ts';
import type { DesignReview, ReviewSection } from './review.ts';
import { formatWarning } from './warnings.ts';

function renderSection(section: ReviewSection): string[] {
  switch (section.kind) {
    case 'answer':
      return [
        section.headline,
        ...section.targets.map(
          (t) => `  ${t.label}: ${t.targetText}; this design ${t.actualText}: ${t.verdictText}`,
        ),
        ...section.lines,
      ];
    case 'diagram':
      return section.figure === null
        ? [`  ${section.caption}`]
        : section.figure.boxes.map(
            (b) =>
              `  ${b.title}${b.lines.length === 0 ? '' : ` (${b.lines.join('; ')})`}${b.singlePoint ? ': single point of failure' : ''}`,
          );
    case 'results':
      return section.rows.map(
        (r) =>
          `  ${r.label}: ${r.text}${r.altText === '' ? '' : ` (${r.altText})`} [${r.methodText}]`,
      );
    case 'curves': {
      const s = section.series;
      const at = [0, Math.floor((s.t.length - 1) / 3), s.t.length - 1].map((i) => {
        const r = s.reliability[i] ?? null;
        const a = s.availability[i] ?? null;
        return `  t = ${formatNumber(s.t[i]!)} ${s.timeUnit}s: R = ${formatNumber(r, 6)}, A = ${formatNumber(a, 6)}`;
      });
      return [
        `  ${s.t.length} points from 0 to ${formatNumber(s.t.at(-1)!)} ${s.timeUnit}s`,
        ...at,
      ];
    }
    case 'ranking':
      if (section.entries.length === 0) return [`  ${section.caption}`];
      return section.entries.map(
        ({ row, text }, i) =>
          `  ${i + 1}. ${row.id}: ${text.share}${section.basis === 'steady-state' ? ` of downtime, ${text.downtime}` : ' of mission unreliability'}${row.singlePointOfFailure ? ' (single point of failure)' : ''}`,
      );
    case 'cutSets':
      return [
        `  ${section.total === null ? 'too many to count' : `${section.total} in all`}, ${section.singlePoints} single point(s) of failure`,
        ...section.entries
          .slice(0, 10)
          .map((e) => `  ${e.row.blocks.join(' + ')}  p = ${e.probabilityText}`),
      ];
    case 'sharedFate':
      return section.rows.map((r) => `  ${r.name} (${r.id}): ${r.members.join(', ')}; ${r.detail}`);
    case 'sensitivity':
      return section.rows.map((r) => `  ${r.label} −20%: ${r.lowText}; +20%: ${r.highText}`);
    case 'assumptions':
      return section.items.map((item) => `  - ${item}`);
    case 'components':
      return section.rows.flatMap((c) => [
        `  ${c.name} (${c.id}): failure ${c.failure}; repair ${c.repair}; cost ${c.cost}`,
        `    source: ${c.source}`,
      ]);
    case 'warnings':
      return section.warnings.map((w) => `  - ${formatWarning(w)}`);
    case 'reproduce':
      return section.commands.map((c) => `  ${c}`);
    default:
      return assertNever(section);
  }
}

/**
 * Renders a design review as plain text: the title lines, then each section under its title.
 * @param review from `createDesignReview`
 * @returns the text, ending with a newline
 * @example io.stdout(renderReviewText(createDesignReview(input)));
 */
export function renderReviewText(review: DesignReview): string {
  const lines = [review.title, ...review.titleLines];
  for (const section of review.sections)
    lines.push('', `${section.title}:`, ...renderSection(section));
  return lines.join('\n') + '\n';
}
