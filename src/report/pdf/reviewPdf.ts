/**
 * The design review as a PDF (jsPDF + jspdf-autotable): a title page with the design's name,
 * date, the answer in one line and the contents with page numbers; then each section of
 * `createDesignReview` in order, with real text in one embedded font that has Greek letters,
 * vector charts, page numbers and a PDF outline. Built step by step (one section per step) with
 * progress, yielding between steps, so a caller on a UI thread stays responsive; the app runs it
 * in a worker. The same code writes `rbd report`'s file in Node.
 * Runs in Node, the browser and workers; no DOM.
 */
import type { CellHookData } from 'jspdf-autotable';
import { assertNever } from '../../util/assert.ts';
import type { DesignReview, ReviewSection } from '../review.ts';
import { formatWarning } from '../warnings.ts';
import { drawHistogram, drawLineChart, drawTornado } from './pdfCharts.ts';
import { drawDiagram } from './pdfDiagram.ts';
import type { PdfWriter } from './pdfPage.ts';
import type { Badge } from './pdfFront.ts';
import { writeContents, writeOutline, writeTitlePage } from './pdfFront.ts';
import {
  INK,
  newPage,
  PAGE,
  setText,
  TEXT_WIDTH,
  writeBullets,
  writeHeading,
  writePageNumbers,
  writeParagraph,
  writeTable,
  ensureSpace,
  startPdf,
  createStepper,
  writeComponentTable,
  writeCommands,
} from './pdfPage.ts';

/** Options of {@link createReviewPdf}. */
export interface ReviewPdfOptions {
  /** Called after each step with the share done, 0–1. */
  readonly onProgress?: (done: number) => void;
  /** Awaited between steps (e.g. a macrotask on a UI thread); default: none. */
  readonly yieldStep?: () => Promise<void>;
}

/** The verdict badges of the answer. */
export const VERDICT: Readonly<Record<'met' | 'missed' | 'unknown' | 'none', Badge>> = {
  met: { text: '✓ Meets its targets', color: INK.good },
  missed: { text: '✗ Misses a target', color: INK.bad },
  unknown: { text: '? Target not known', color: INK.muted },
  none: { text: 'No target set', color: INK.muted },
};

function writeAnswer(w: PdfWriter, s: Extract<ReviewSection, { kind: 'answer' }>): void {
  if (s.verdict !== 'none') {
    const verdict = VERDICT[s.verdict];
    setText(w, 12, 'bold', verdict.color);
    w.doc.text(verdict.text, PAGE.margin, w.y + 4.5);
    w.y += 8;
  }
  writeParagraph(w, s.headline, { size: 11, style: 'bold', after: 3 });
  if (s.targets.length > 0) {
    writeTable(
      w,
      ['Target', 'Required', 'This design', 'Verdict'],
      s.targets.map((t) => [t.label, t.targetText, t.actualText, t.verdictText]),
      {
        didParseCell: (data: CellHookData) => {
          if (data.section !== 'body' || data.column.index !== 3) return;
          const met = s.targets[data.row.index]?.outcome.met;
          data.cell.styles.fontStyle = 'bold';
          data.cell.styles.textColor = [
            ...(met === true ? INK.good : met === false ? INK.bad : INK.muted),
          ];
        },
      },
    );
  }
  writeBullets(w, s.lines, 10);
}

function writeCurves(w: PdfWriter, s: Extract<ReviewSection, { kind: 'curves' }>): void {
  const series = s.series;
  const unitName = `${series.timeUnit}s`;
  const height = 62;
  const marker = { x: series.missionTime, label: 'mission time' };
  ensureSpace(w, height);
  drawLineChart(w, {
    x: PAGE.margin,
    y: w.y,
    width: TEXT_WIDTH,
    height,
    xs: series.t,
    lines: [
      { label: 'R(t), reliability (no repair)', color: INK.accent, values: series.reliability },
    ],
    xLabel: `t (${unitName})`,
    yLabel: 'R(t)',
    marker,
  });
  w.y += height + 2;
  ensureSpace(w, height);
  drawLineChart(w, {
    x: PAGE.margin,
    y: w.y,
    width: TEXT_WIDTH,
    height,
    xs: series.t,
    lines: [
      {
        label: 'A(t), availability (with repair)',
        color: INK.accent2,
        values: series.availability,
      },
    ],
    xLabel: `t (${unitName})`,
    yLabel: 'A(t)',
    marker,
  });
  w.y += height + 2;
  writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
  const h = s.histogram;
  if (h !== null && h.counts.length > 0) {
    const minutes = (h.edgesHours.at(-1) ?? 0) < 2;
    const scale = minutes ? 60 : 1;
    ensureSpace(w, height + 8);
    drawHistogram(w, {
      x: PAGE.margin,
      y: w.y,
      width: TEXT_WIDTH,
      height,
      edges: h.edgesHours.map((e) => e * scale),
      counts: h.counts,
      xLabel: `downtime per history (${minutes ? 'minutes' : 'hours'}, logarithmic)`,
      yLabel: 'histories',
      legend: `simulated downtime per history (${h.trials} histories)`,
    });
    w.y += height + 2;
    writeParagraph(
      w,
      `${h.zeroCount} of ${h.trials} histories had no downtime at all and are not drawn.`,
      { size: 8.5, color: INK.muted },
    );
  }
}

function writeSection(w: PdfWriter, s: ReviewSection): void {
  switch (s.kind) {
    case 'answer':
      return writeAnswer(w, s);
    case 'diagram':
      if (s.figure !== null) drawDiagram(w, s.figure);
      return writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
    case 'results':
      writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
      return writeTable(
        w,
        ['Figure', 'Value', 'Also', 'Method'],
        s.rows.map((r) => [r.label, r.text, r.altText, r.methodText]),
        {
          columnStyles: { 0: { cellWidth: 50 }, 1: { cellWidth: 34 }, 3: { cellWidth: 46 } },
          didParseCell: (data) => {
            if (data.section === 'body' && data.column.index === 3) {
              const method = s.rows[data.row.index]?.method;
              if (method !== 'exact') data.cell.styles.textColor = [...INK.accent2];
            }
          },
        },
      );
    case 'curves':
      return writeCurves(w, s);
    case 'ranking':
      writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
      if (s.entries.length === 0) return;
      if (s.basis === 'steady-state') {
        return writeTable(
          w,
          [
            '#',
            'Block',
            'Share of downtime',
            'Downtime it explains',
            'Saved if perfect',
            'If down for good',
          ],
          s.entries.map(({ row, text }, i) => [
            `${i + 1}`,
            row.singlePointOfFailure ? `${row.id} (single point of failure)` : row.id,
            text.share,
            text.downtime,
            text.savedIfPerfect,
            text.ifDown,
          ]),
        );
      }
      return writeTable(
        w,
        ['#', 'Block', 'Share of mission unreliability', 'RAW', 'RRW'],
        s.entries.map(({ row, text }, i) => [
          `${i + 1}`,
          row.singlePointOfFailure ? `${row.id} (single point of failure)` : row.id,
          text.share,
          text.raw,
          text.rrw,
        ]),
      );
    case 'cutSets': {
      const total = s.total === null ? 'too many to count' : `${s.total} in all`;
      writeParagraph(
        w,
        `${total}; ${s.singlePoints} single point(s) of failure, listed first. ${s.caption}`,
        { size: 8.5, color: INK.muted },
      );
      if (s.entries.length === 0) return;
      const shown = s.entries.slice(0, 40);
      writeTable(
        w,
        ['#', 'Blocks failing together', 'Size', 'Probability'],
        shown.map((e, i) => [
          `${i + 1}`,
          e.row.singlePoint
            ? `${e.row.blocks.join(' + ')} (single point of failure)`
            : e.row.blocks.join(' + '),
          `${e.row.blocks.length}`,
          e.probabilityText,
        ]),
      );
      if (s.entries.length > shown.length) {
        writeParagraph(w, `… and ${s.entries.length - shown.length} more listed by rbd analyze.`, {
          size: 8.5,
          color: INK.muted,
        });
      }
      return;
    }
    case 'sharedFate':
      return writeTable(
        w,
        ['Name', 'Kind', 'Members', 'What it does'],
        s.rows.map((r) => [
          `${r.name} (${r.id})`,
          r.kind === 'zone' ? 'zone' : 'common cause',
          r.members.join(', '),
          r.detail,
        ]),
      );
    case 'sensitivity': {
      writeParagraph(w, s.caption, { size: 8.5, color: INK.muted });
      ensureSpace(w, 20 + s.rows.length * 7);
      const minutes = Math.max(s.baseline, ...s.rows.map((r) => r.high ?? 0)) < 2;
      return drawTornado(w, {
        x: PAGE.margin,
        width: TEXT_WIDTH,
        baseline: s.baseline,
        rows: s.rows,
        unitLabel: minutes ? 'downtime per year, minutes' : 'downtime per year, hours',
        scale: minutes ? 60 : 1,
      });
    }
    case 'assumptions':
      return writeBullets(w, s.items);
    case 'components':
      return writeComponentTable(w, s.rows);
    case 'warnings':
      return writeBullets(
        w,
        s.warnings.map((x) => formatWarning(x)),
        8.5,
      );
    case 'reproduce':
      return writeCommands(
        w,
        'Every figure of this report is printed again, from the same design file, by:',
        s.commands,
      );
    default:
      return assertNever(s);
  }
}

/**
 * Writes a design review as a PDF.
 * @param review from `createDesignReview`
 * @param options progress callback and a yield between steps
 * @returns the PDF file's bytes
 * @example
 * const bytes = await createReviewPdf(createDesignReview(input));
 * writeFileSync('report.pdf', bytes);
 */
export async function createReviewPdf(
  review: DesignReview,
  options: ReviewPdfOptions = {},
): Promise<Uint8Array> {
  const w = startPdf({
    title: `${review.title}: design review`,
    subject: 'Reliability and availability design review',
    keywords: 'reliability, availability, RBD',
  });
  const step = createStepper(review.sections.length + 3, options);
  const answer = review.sections.find((x) => x.kind === 'answer');
  const contentsY = writeTitlePage(w, {
    kicker: 'RBD STUDIO · DESIGN REVIEW',
    title: review.title,
    lines: review.titleLines,
    description: review.description,
    answer:
      answer === undefined
        ? null
        : {
            badge: answer.verdict === 'none' ? null : VERDICT[answer.verdict],
            text: answer.headline,
          },
  });
  await step();
  newPage(w);
  for (const section of review.sections) {
    writeHeading(
      w,
      section.id,
      section.title,
      section.kind === 'curves' ? 64 : section.kind === 'diagram' ? 50 : 30,
    );
    writeSection(w, section);
    await step();
  }
  writeContents(w, contentsY);
  writePageNumbers(w, review.title);
  writeOutline(w);
  await step();
  const bytes = new Uint8Array(w.doc.output('arraybuffer'));
  await step();
  return bytes;
}
