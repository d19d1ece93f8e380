/**
 * A comparison report as plain text: what `rbd report A B …` prints besides writing the PDF,
 * with the same sections and figures.
 * Pure; runs anywhere; no DOM.
 */
import { assertNever } from '../util/assert.ts';
import { formatNumber } from './format.ts';
import type { ComparisonReview, ComparisonSection } from './comparison.ts';

function renderSection(section: ComparisonSection): string[] {
  switch (section.kind) {
    case 'answer':
      return [section.headline, ...section.lines.map((l) => `  ${l}`)];
    case 'table':
      return section.rows.map(
        (r) => `  ${r.label}: ${r.texts.map((t, k) => `${section.names[k]} ${t}`).join(' | ')}`,
      );
    case 'deltas':
      return section.rows.map(
        ([name, downtime, nines, u, cost, perNine]) =>
          `  ${name}: downtime ${downtime} a year, nines ${nines}, unavailability ${u}, cost ${cost}, cost per nine ${perNine}`,
      );
    case 'curves': {
      const last = section.hours.length - 1;
      return section.names.map(
        (name, k) =>
          `  ${name}: at ${formatNumber(section.hours[last]!)} h R = ${formatNumber(section.reliability[k]![last] ?? null, 6)}, A = ${formatNumber(section.availability[k]![last] ?? null, 6)}`,
      );
    }
    case 'drivers':
      return section.rows.map(
        ([name, top, spof, cuts]) =>
          `  ${name}: improve first ${top}; ${spof} single point(s) of failure; ${cuts} minimal cut sets`,
      );
    case 'assumptions':
      return section.items.map((item) => `  - ${item}`);
    case 'components':
      return section.groups.flatMap((g) => [
        `  ${g.name}:`,
        ...g.rows.map(
          (c) =>
            `    ${c.name} (${c.id}): failure ${c.failure}; repair ${c.repair}; cost ${c.cost}; source: ${c.source}`,
        ),
      ]);
    case 'reproduce':
      return section.commands.map((c) => `  ${c}`);
    default:
      return assertNever(section);
  }
}

/**
 * Renders a comparison report as plain text.
 * @param review from `createComparisonReview`
 * @returns the text, ending with a newline
 */
export function renderComparisonText(review: ComparisonReview): string {
  const lines = [review.title, ...review.titleLines];
  for (const section of review.sections)
    lines.push('', `${section.title}:`, ...renderSection(section));
  return lines.join('\n') + '\n';
}
