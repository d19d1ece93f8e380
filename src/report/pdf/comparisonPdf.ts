/**
 * The comparison report as a PDF, on the same page layout, font and front matter as the design
 * review (pdfPage.ts, pdfFront.ts): the answer, the figures side by side, the changes against
 * the first design with the cost per nine, R(t) and A(t) of every design in one chart each (one
 * colour and one dash pattern per design, named in the legend), what to improve first, the
 * assumptions, the components and the reproducing commands. Built step by step with progress.
 * Runs in Node, the browser and workers; no DOM.
 */
import { assertNever } from '../../util/assert.ts';
import type { ComparisonReview, ComparisonSection } from '../comparison.ts';
import type { ChartLine } from './pdfCharts.ts';
import { drawLineChart } from './pdfCharts.ts';
import { writeContents, writeOutline, writeTitlePage } from './pdfFront.ts';
import type { PdfWriter } from './pdfPage.ts';
import {
  ensureSpace,
  INK,
  newPage,
  PAGE,
  TEXT_WIDTH,
  writeBullets,
  writeHeading,
  writePageNumbers,
  writeParagraph,
  writeTable,
  startPdf,
  createStepper,
  writeComponentTable,
  writeCommands,
} from './pdfPage.ts';
import type { ReviewPdfOptions } from './reviewPdf.ts';

/** One colour and one dash pattern per design (the dash is the cue that is not a colour). */
const STYLES: readonly Pick<ChartLine, 'color' | 'dash'>[] = [
  { color: INK.accent },
  { color: INK.accent2, dash: [2.2, 1] },
  { color: INK.good, dash: [0.6, 0.8] },
  { color: [110, 60, 150], dash: [3, 1, 0.6, 1] },
];

function writeCurves(w: PdfWriter, s: Extract<ComparisonSection, { kind: 'curves' }>): void {
  const height = 68;
  const lines = (values: readonly (readonly (number | null)[])[]): ChartLine[] =>
    values.map((v, k) => ({ label: s.names[k]!, values: v, ...STYLES[k % STYLES.length]! }));
  for (const [label, values] of [
    ['R(t)', s.reliability],
    ['A(t)', s.availability],
  ] as const) {
    ensureSpace(w, height);
    drawLineChart(w, {
      x: PAGE.margin,
      y: w.y,
      width: TEXT_WIDTH,
      height,
      xs: s.hours,
      lines: lines(values),
      xLabel: 't (hours)',
      yLabel: label,
    });
    w.y += height + 2;
  }
  writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
}

function writeSection(w: PdfWriter, s: ComparisonSection): void {
  switch (s.kind) {
    case 'answer':
      writeParagraph(w, s.headline, { size: 11, style: 'bold', after: 3 });
      return writeBullets(w, s.lines, 9.5);
    case 'table':
      writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
      return writeTable(
        w,
        ['Figure', ...s.names],
        s.rows.map((r) => [r.label, ...r.texts]),
        { columnStyles: { 0: { cellWidth: 38 } } },
      );
    case 'deltas':
      writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
      return writeTable(
        w,
        ['Design', 'Downtime a year', 'Nines', 'Unavailability', 'Cost', 'Cost per nine'],
        s.rows.map((r) => [...r]),
      );
    case 'curves':
      return writeCurves(w, s);
    case 'drivers':
      return writeTable(
        w,
        ['Design', 'Improve first (share of downtime)', 'Single points of failure', 'Cut sets'],
        s.rows.map((r) => [...r]),
      );
    case 'assumptions':
      return writeBullets(w, s.items);
    case 'components':
      for (const group of s.groups) {
        ensureSpace(w, 24);
        writeParagraph(w, group.name, { size: 10, style: 'bold', after: 1 });
        writeComponentTable(w, group.rows);
      }
      return;
    case 'reproduce':
      return writeCommands(w, 'Every figure of this report is printed again by:', s.commands);
    default:
      return assertNever(s);
  }
}

/**
 * Writes a comparison report as a PDF.
 * @param review from `createComparisonReview`
 * @param options progress callback and a yield between steps
 * @returns the PDF file's bytes
 * @example
 * writeFileSync('compare.pdf', await createComparisonPdf(createComparisonReview(input)));
 */
export async function createComparisonPdf(
  review: ComparisonReview,
  options: ReviewPdfOptions = {},
): Promise<Uint8Array> {
  const w = startPdf({
    title: review.title,
    subject: 'Reliability and availability comparison',
  });
  const step = createStepper(review.sections.length + 2, options);
  const answer = review.sections.find((s) => s.kind === 'answer');
  const contentsY = writeTitlePage(w, {
    kicker: 'RBD STUDIO · COMPARISON',
    title: review.title,
    lines: review.titleLines,
    description: '',
    answer: answer === undefined ? null : { badge: null, text: answer.headline },
  });
  await step();
  newPage(w);
  for (const section of review.sections) {
    writeHeading(w, section.id, section.title, section.kind === 'curves' ? 70 : 30);
    writeSection(w, section);
    await step();
  }
  writeContents(w, contentsY);
  writePageNumbers(w, review.title);
  writeOutline(w);
  const bytes = new Uint8Array(w.doc.output('arraybuffer'));
  await step();
  return bytes;
}
