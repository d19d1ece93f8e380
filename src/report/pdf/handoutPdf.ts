/**
 * A teacher's handout of one lesson of the Learn view as a PDF, on the report's page layout and
 * font: the lesson's idea, its formulas with the numbers put in (as text, from TeX), the numbers
 * the engine gave, its diagram as vectors, its chart (a line chart as vectors; a bar chart as the
 * table of its values), and the questions with lettered answers; the answers, with why each
 * wrong answer is tempting, on a page of their own so the handout can be printed without them.
 * The lesson is taken as plain data (the shape of `LessonView` in src/learn), so this module
 * needs nothing from the Learn view. Runs in Node, the browser and workers; no DOM.
 */
import { analyzeDesign } from '../../analysis/analyze.ts';
import { parseDesign } from '../../model/parse.ts';
import { formatNumber } from '../format.ts';
import { getDiagramFigure } from '../reviewDiagram.ts';
import { texToText } from '../texText.ts';
import type { ChartLine } from './pdfCharts.ts';
import { drawLineChart, drawVerticalLabel, getTicks } from './pdfCharts.ts';
import { drawDiagram } from './pdfDiagram.ts';
import type { PdfWriter } from './pdfPage.ts';
import {
  ensureSpace,
  FONT as FONT_NAME,
  INK,
  newPage,
  PAGE,
  setText,
  TEXT_WIDTH,
  writeHeading,
  writePageNumbers,
  writeParagraph,
  writeTable,
  startPdf,
  createStepper,
} from './pdfPage.ts';
import type { ReviewPdfOptions } from './reviewPdf.ts';
import { writeOutline } from './pdfFront.ts';

/** A lesson's chart (the shape of `LessonChart`). */
export interface HandoutChart {
  readonly kind: 'line' | 'bar';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly yLog?: boolean;
  readonly xLog?: boolean;
  readonly series: readonly { readonly key: string; readonly label: string }[];
  readonly points: readonly Readonly<Record<string, number>>[];
  readonly markX?: { readonly x: number; readonly label: string };
}

/** A lesson worked out for some values (the shape of `LessonView` in src/learn). */
export interface HandoutLesson {
  readonly number: number;
  readonly title: string;
  readonly text: readonly string[];
  readonly formulas: readonly { readonly tex: string; readonly label: string }[];
  readonly figures: readonly { readonly label: string; readonly text: string }[];
  readonly chart: HandoutChart | null;
  readonly questions: readonly {
    readonly prompt: string;
    readonly choices: readonly {
      readonly text: string;
      readonly correct: boolean;
      readonly misconception: string | null;
    }[];
    readonly explanation: string;
  }[];
  /** The lesson's diagram as a design file, or null. */
  readonly design: unknown;
}

/** Options of {@link createHandoutPdf}. */
export interface HandoutPdfOptions extends ReviewPdfOptions {
  /** The date on the handout (default: today, ISO). */
  readonly date?: string;
  /** The settings the lesson was worked out with, in words (`MTBF 1000 h, t 500 h`). */
  readonly settings?: string;
}

/** One colour and one dash pattern per series: the dash is the cue that is not a colour. */
const STYLES: readonly Pick<ChartLine, 'color' | 'dash'>[] = [
  { color: INK.accent },
  { color: INK.accent2, dash: [2.2, 1] },
  { color: INK.good, dash: [0.6, 0.8] },
  { color: [110, 60, 150], dash: [3, 1, 0.6, 1] },
];

const LETTERS = 'ABCDEFGH';

/** Most bars written with their values (more would overlap). */
const MAX_LABELLED_BARS = 24;

/** The letter of a choice (A, B, …). */
export function getChoiceLetter(index: number): string {
  return LETTERS[index] ?? String(index + 1);
}

function writeFormulas(w: PdfWriter, lesson: HandoutLesson): void {
  for (const formula of lesson.formulas) {
    const text = texToText(formula.tex);
    ensureSpace(w, 14);
    // A shaded band holds each formula, in a larger size than the text.
    for (const line of text.split('\n')) {
      writeParagraph(w, line, { size: 11, indent: 4, after: 0.4 });
    }
    writeParagraph(w, formula.label, { size: 8, color: INK.muted, indent: 4, after: 3 });
  }
}

function writeDiagram(w: PdfWriter, design: unknown): void {
  const parsed = parseDesign(design);
  if (!parsed.ok) return;
  const figure = getDiagramFigure(parsed.value, design, analyzeDesign(parsed.value));
  if (figure === null) return;
  writeHeading(w, 'diagram', 'The diagram', 50);
  drawDiagram(w, figure);
}

/**
 * A bar chart: one group of bars per category (the points' x), one bar per series in the order
 * of the legend, each with its value written above it (the numbers, not only the heights and
 * colours, carry the chart); a log y axis is drawn as log₁₀ from the decade below the least bar.
 */
function drawBars(w: PdfWriter, chart: HandoutChart): void {
  const doc = w.doc;
  const height = 62;
  ensureSpace(w, height + 4);
  const left = PAGE.margin + 16;
  const right = PAGE.margin + TEXT_WIDTH - 3;
  const top = w.y + 9;
  const bottom = w.y + height - 10;
  const yLog = chart.yLog === true;
  const values = chart.points.flatMap((p) =>
    chart.series.map((s) => axisValue(p[s.key], yLog)).filter((v): v is number => v !== null),
  );
  const floor = yLog ? Math.floor(Math.min(...values)) : 0;
  const ceiling = Math.max(floor + 1e-9, ...values);
  const ticks = getTicks(floor, ceiling, 4).filter((v) => v >= floor && v <= ceiling * 1.0001);
  const py = (v: number): number => bottom - ((v - floor) / (ceiling - floor)) * (bottom - top);
  doc.setFont(FONT_NAME, 'normal');
  doc.setFontSize(7);
  doc.setLineWidth(0.15);
  for (const t of ticks) {
    doc.setDrawColor(...INK.rule);
    doc.line(left, py(t), right, py(t));
    doc.setTextColor(...INK.muted);
    doc.text(formatNumber(t, 3), left - 1.5, py(t) + 1, { align: 'right' });
  }
  const groups = Math.max(1, chart.points.length);
  const slot = (right - left) / groups;
  const bar = Math.min(12, (slot * 0.8) / Math.max(1, chart.series.length));
  chart.points.forEach((p, g) => {
    const start = left + g * slot + (slot - bar * chart.series.length) / 2;
    chart.series.forEach((s, k) => {
      const v = axisValue(p[s.key], yLog);
      if (v === null) return;
      const style = STYLES[k % STYLES.length]!;
      doc.setFillColor(...style.color);
      doc.rect(start + k * bar, py(v), bar * 0.9, bottom - py(v), 'F');
      if (chart.points.length * chart.series.length <= MAX_LABELLED_BARS) {
        doc.setTextColor(...INK.text);
        doc.setFontSize(6);
        doc.text(formatNumber(p[s.key] ?? null, 3), start + k * bar + bar * 0.45, py(v) - 1, {
          align: 'center',
        });
      }
    });
    doc.setFontSize(7);
    doc.setTextColor(...INK.muted);
    doc.text(formatNumber(p['x'] ?? null, 3), left + g * slot + slot / 2, bottom + 3.5, {
      align: 'center',
    });
  });
  doc.setDrawColor(...INK.muted);
  doc.setLineWidth(0.3);
  doc.line(left, bottom, right, bottom);
  doc.line(left, top, left, bottom);
  doc.setFontSize(7.5);
  doc.setTextColor(...INK.text);
  doc.text(chart.xLabel, (left + right) / 2, bottom + 8, { align: 'center' });
  drawVerticalLabel(doc, withLogNote(chart.yLabel, yLog), PAGE.margin + 2.5, (top + bottom) / 2);
  // The legend: a swatch and the series' name, in the bars' order.
  let at = left;
  chart.series.forEach((s, k) => {
    doc.setFillColor(...STYLES[k % STYLES.length]!.color);
    doc.rect(at, w.y + 2, 4, 2.5, 'F');
    doc.setTextColor(...INK.text);
    doc.text(`${k + 1}. ${s.label}`, at + 5.5, w.y + 4.3);
    at += 12 + doc.getTextWidth(`${k + 1}. ${s.label}`);
  });
  w.y += height;
}

/** An axis label that says when the axis shows log₁₀ of the values (once). */
function withLogNote(label: string, log: boolean): string {
  return log && !/\blog/i.test(label)
    ? `${label} (log₁₀)`
    : log
      ? `${label.replace(/\(log\)/, '(log₁₀)')}`
      : label;
}

/** A log axis is drawn as the log₁₀ of the values (the labels say so). */
function axisValue(v: number | undefined, log: boolean): number | null {
  if (v === undefined || !Number.isFinite(v)) return null;
  if (!log) return v;
  return v > 0 ? Math.log10(v) : null;
}

function writeChart(w: PdfWriter, chart: HandoutChart): void {
  writeHeading(w, 'chart', chart.title, chart.kind === 'line' ? 70 : 30);
  if (chart.kind === 'bar') {
    drawBars(w, chart);
    // Bars too many to label: their values as a table, for the board.
    if (chart.points.length * chart.series.length > MAX_LABELLED_BARS) {
      writeTable(
        w,
        [chart.xLabel, ...chart.series.map((s) => s.label)],
        chart.points.map((p) => [
          formatNumber(p['x'] ?? null),
          ...chart.series.map((s) => formatNumber(p[s.key] ?? null)),
        ]),
      );
    }
    return;
  }
  const xLog = chart.xLog === true;
  const yLog = chart.yLog === true;
  const rows = chart.points
    .map((p) => ({ x: axisValue(p['x'], xLog), p }))
    .filter((r): r is { x: number; p: Readonly<Record<string, number>> } => r.x !== null);
  const lines: ChartLine[] = chart.series.map((s, k) => ({
    label: s.label,
    values: rows.map((r) => axisValue(r.p[s.key], yLog)),
    ...STYLES[k % STYLES.length]!,
  }));
  const height = 70;
  ensureSpace(w, height);
  const marker = chart.markX === undefined ? null : axisValue(chart.markX.x, xLog);
  drawLineChart(w, {
    x: PAGE.margin,
    y: w.y,
    width: TEXT_WIDTH,
    height,
    xs: rows.map((r) => r.x),
    lines,
    xLabel: xLog ? `${chart.xLabel} (log₁₀)` : chart.xLabel,
    yLabel: withLogNote(chart.yLabel, yLog),
    ...(marker === null || chart.markX === undefined
      ? {}
      : { marker: { x: marker, label: chart.markX.label } }),
  });
  w.y += height + 2;
}

function writeQuestions(w: PdfWriter, lesson: HandoutLesson): void {
  writeHeading(w, 'questions', 'Predict, then check', 40);
  lesson.questions.forEach((q, i) => {
    ensureSpace(w, 20);
    writeParagraph(w, `${i + 1}. ${q.prompt}`, { style: 'bold', after: 1.2 });
    q.choices.forEach((c, k) => {
      writeParagraph(w, `${getChoiceLetter(k)}.  ${c.text}`, { indent: 5, after: 0.6 });
    });
    w.y += 3;
  });
}

function writeAnswers(w: PdfWriter, lesson: HandoutLesson): void {
  newPage(w);
  writeHeading(w, 'answers', 'Answers (for the teacher)', 30);
  lesson.questions.forEach((q, i) => {
    const right = q.choices.findIndex((c) => c.correct);
    ensureSpace(w, 24);
    writeParagraph(w, `${i + 1}. ${q.prompt}`, { style: 'bold', after: 1 });
    writeParagraph(
      w,
      right < 0
        ? 'No answer is marked right.'
        : `Answer ${getChoiceLetter(right)}: ${q.choices[right]!.text}`,
      { indent: 5, color: INK.good, style: 'bold', after: 1 },
    );
    writeParagraph(w, q.explanation, { indent: 5, after: 1.2 });
    q.choices.forEach((c, k) => {
      if (c.correct || c.misconception === null) return;
      writeParagraph(w, `${getChoiceLetter(k)} is the misconception: ${c.misconception}`, {
        indent: 5,
        size: 8.5,
        color: INK.muted,
        after: 0.6,
      });
    });
    w.y += 3;
  });
}

/**
 * The handout of a lesson as a PDF.
 * @param lesson the lesson worked out for the values to print (a `LessonView`)
 * @returns the PDF's bytes
 * @example
 * const lesson = getLesson('series')!;
 * writeFileSync('series.pdf', await createHandoutPdf(lesson.compute(getInitialValues(lesson))));
 */
export async function createHandoutPdf(
  lesson: HandoutLesson,
  options: HandoutPdfOptions = {},
): Promise<Uint8Array> {
  const title = `Lesson ${lesson.number}: ${lesson.title}`;
  const w = startPdf({
    title: `${title}: handout`,
    subject: 'A lesson on reliability and availability, with its questions and answers',
    keywords: 'reliability, availability, MTBF, lesson',
  });
  const doc = w.doc;
  const step = createStepper(5, options);
  setText(w, 9, 'bold', INK.accent);
  doc.text("RBD STUDIO · TEACHER'S HANDOUT", PAGE.margin, w.y + 2);
  w.y += 6;
  writeParagraph(w, title, { size: 18, style: 'bold', after: 1 });
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  writeParagraph(
    w,
    [date, options.settings, 'answers on the last page'].filter(Boolean).join(' · '),
    { size: 8.5, color: INK.muted, after: 3 },
  );
  for (const paragraph of lesson.text) writeParagraph(w, paragraph, { after: 2 });
  await step();
  if (lesson.formulas.length > 0) {
    writeHeading(w, 'formulas', 'The formulas, with these numbers', 30);
    writeFormulas(w, lesson);
  }
  if (lesson.figures.length > 0) {
    writeHeading(w, 'figures', 'What the engine computes', 24);
    writeTable(
      w,
      ['Figure', 'Value'],
      lesson.figures.map((f) => [f.label, f.text]),
    );
  }
  await step();
  if (lesson.design !== null && lesson.design !== undefined) writeDiagram(w, lesson.design);
  if (lesson.chart !== null) writeChart(w, lesson.chart);
  await step();
  if (lesson.questions.length > 0) {
    writeQuestions(w, lesson);
    writeAnswers(w, lesson);
  }
  writePageNumbers(w, title);
  writeOutline(w);
  await step();
  const bytes = new Uint8Array(w.doc.output('arraybuffer'));
  await step();
  return bytes;
}
