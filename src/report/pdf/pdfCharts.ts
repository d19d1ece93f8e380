/**
 * Vector charts for the PDF report, drawn with jsPDF's own line, rectangle and text primitives
 * (no raster image, no SVG step, so the same code runs in Node and in a worker): a line chart of
 * R(t) or A(t) with the mission time marked, and the histogram of simulated downtime. Axis
 * labels and the legend are real text in the report font (anchors.md §2.2 rules 1 and 3).
 * Runs anywhere; no DOM.
 */
import { formatNumber } from '../format.ts';
import type { PdfWriter } from './pdfPage.ts';
import { FONT, INK } from './pdfPage.ts';

type Rgb = readonly [number, number, number];

/** One line of a chart. */
export interface ChartLine {
  readonly label: string;
  readonly color: Rgb;
  /** y at each x of the chart (`null`: not known there; the line breaks). */
  readonly values: readonly (number | null)[];
  /** Dash pattern, mm on and off (none: solid): with the colour, each line has a second cue. */
  readonly dash?: readonly number[];
}

/** Where and what to draw. */
export interface LineChartSpec {
  /** Box of the whole chart (axes and labels inside), mm. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly xs: readonly number[];
  readonly lines: readonly ChartLine[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** A vertical marker (the mission time). */
  readonly marker?: { readonly x: number; readonly label: string };
}

/**
 * Writes a label turned a quarter (reading upwards) centred on y. jsPDF's `align: 'center'`
 * with an angle shifts the text sideways by half its width instead: a long label left the page.
 */
export function drawVerticalLabel(doc: PdfWriter['doc'], text: string, x: number, y: number): void {
  doc.text(text, x, y + doc.getTextWidth(text) / 2, { angle: 90 });
}

/** Round tick steps 1, 2, 5 × 10^k spanning [min, max] with about `count` ticks. */
export function getTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}

/** The y range of the lines: [0, 1] for curves that fall far, a zoom when they stay near 1. */
export function getYDomain(lines: readonly ChartLine[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const line of lines) {
    for (const v of line.values) {
      if (v === null || !Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo < 0.5) return [0, Math.max(1, hi)];
  if (hi - lo < 1e-12) return [lo - Math.max(1e-9, (1 - lo) * 2 || 1e-6), Math.min(1, hi) + 1e-12];
  const ticks = getTicks(lo, hi, 4);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : hi - lo;
  const top = Math.max(hi, Math.ceil(hi / step) * step);
  // Probabilities: the axis ends at 1, never at 1 plus a rounding error.
  return [Math.floor(lo / step) * step, hi <= 1 ? Math.min(1, top) : top];
}

function decimalsOf(ticks: readonly number[]): number {
  if (ticks.length < 2) return 2;
  const step = ticks[1]! - ticks[0]!;
  return Math.max(0, Math.min(12, -Math.floor(Math.log10(step) + 1e-9)));
}

function drawLegend(w: PdfWriter, x: number, y: number, lines: readonly ChartLine[]): void {
  const doc = w.doc;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  let at = x;
  for (const line of lines) {
    doc.setDrawColor(...line.color);
    doc.setLineWidth(0.6);
    if (line.dash !== undefined) doc.setLineDashPattern([...line.dash], 0);
    doc.line(at, y - 1, at + 6, y - 1);
    doc.setLineDashPattern([], 0);
    doc.setTextColor(...INK.text);
    doc.text(line.label, at + 7.5, y);
    at += 10 + doc.getTextWidth(line.label) + 4;
  }
}

/**
 * Draws a line chart with axes, ticks, grid, legend and an optional marker.
 * @param w the writer (the chart is drawn at the spec's box; the cursor does not move)
 * @param spec the box, the x values, the lines and the labels
 */
export function drawLineChart(w: PdfWriter, spec: LineChartSpec): void {
  const doc = w.doc;
  const left = spec.x + 16;
  const right = spec.x + spec.width - 3;
  const top = spec.y + 7;
  const bottom = spec.y + spec.height - 11;
  const xMin = spec.xs[0] ?? 0;
  const xMax = spec.xs.at(-1) ?? 1;
  const [yMin, yMax] = getYDomain(spec.lines);
  const px = (v: number): number => left + ((v - xMin) / (xMax - xMin || 1)) * (right - left);
  const py = (v: number): number => bottom - ((v - yMin) / (yMax - yMin || 1)) * (bottom - top);
  drawLegend(w, left, spec.y + 3.5, spec.lines);
  // Grid and ticks.
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7);
  doc.setTextColor(...INK.muted);
  doc.setLineWidth(0.15);
  const yTicks = getTicks(yMin, yMax, 4).filter((v) => v >= yMin - 1e-15 && v <= yMax + 1e-15);
  const decimals = decimalsOf(yTicks);
  for (const v of yTicks) {
    doc.setDrawColor(...INK.rule);
    doc.line(left, py(v), right, py(v));
    doc.text(v.toFixed(decimals), left - 1.5, py(v) + 1, { align: 'right' });
  }
  for (const v of getTicks(xMin, xMax, 6)) {
    doc.setDrawColor(...INK.rule);
    doc.line(px(v), top, px(v), bottom);
    doc.text(formatNumber(v, 3), px(v), bottom + 3.5, { align: 'center' });
  }
  doc.setDrawColor(...INK.muted);
  doc.setLineWidth(0.3);
  doc.line(left, bottom, right, bottom);
  doc.line(left, top, left, bottom);
  doc.setFontSize(7.5);
  doc.setTextColor(...INK.text);
  doc.text(spec.xLabel, (left + right) / 2, bottom + 8, { align: 'center' });
  drawVerticalLabel(doc, spec.yLabel, spec.x + 2.5, (top + bottom) / 2);
  if (spec.marker !== undefined && spec.marker.x >= xMin && spec.marker.x <= xMax) {
    const mx = px(spec.marker.x);
    doc.setDrawColor(...INK.muted);
    doc.setLineDashPattern([0.8, 0.8], 0);
    doc.line(mx, top, mx, bottom);
    doc.setLineDashPattern([], 0);
    doc.setFontSize(7);
    doc.setTextColor(...INK.muted);
    doc.text(spec.marker.label, mx + 1, top + 3);
  }
  // The lines: one polyline per run of known values.
  for (const line of spec.lines) {
    doc.setDrawColor(...line.color);
    doc.setLineWidth(0.5);
    if (line.dash !== undefined) doc.setLineDashPattern([...line.dash], 0);
    let run: [number, number][] = [];
    const flush = (): void => {
      if (run.length > 1) {
        const [x0, y0] = run[0]!;
        const steps = run.slice(1).map(([x, y], i) => [x - run[i]![0], y - run[i]![1]]);
        doc.lines(steps, x0, y0, [1, 1], 'S', false);
      }
      run = [];
    };
    spec.xs.forEach((x, i) => {
      const v = line.values[i] ?? null;
      if (v === null || !Number.isFinite(v)) flush();
      else run.push([px(x), py(Math.max(yMin, Math.min(yMax, v)))]);
    });
    flush();
    doc.setLineDashPattern([], 0);
  }
}

/** A histogram's box and bins. */
export interface HistogramSpec {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Bin edges in the display unit. */
  readonly edges: readonly number[];
  readonly counts: readonly number[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly legend: string;
}

/**
 * Draws a histogram on a logarithmic x axis (the bins are logarithmic) as filled rectangles
 * with axes and decade ticks.
 * @param w the writer (the cursor does not move)
 * @param spec the box, the bins (edges > 0) and the labels
 */
export function drawHistogram(w: PdfWriter, spec: HistogramSpec): void {
  const doc = w.doc;
  const left = spec.x + 16;
  const right = spec.x + spec.width - 3;
  const top = spec.y + 7;
  const bottom = spec.y + spec.height - 11;
  const lo = Math.floor(Math.log10(spec.edges[0] ?? 1) + 1e-9);
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(spec.edges.at(-1) ?? 10) - 1e-9));
  const yMax = Math.max(1, ...spec.counts);
  const px = (v: number): number => left + ((Math.log10(v) - lo) / (hi - lo)) * (right - left);
  const py = (v: number): number => bottom - (v / yMax) * (bottom - top);
  doc.setFillColor(...INK.accent2);
  doc.rect(left, spec.y + 1, 4, 2.5, 'F');
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  doc.setTextColor(...INK.text);
  doc.text(spec.legend, left + 5.5, spec.y + 3.5);
  doc.setFontSize(7);
  doc.setTextColor(...INK.muted);
  doc.setLineWidth(0.15);
  for (const v of getTicks(0, yMax, 4)) {
    doc.setDrawColor(...INK.rule);
    doc.line(left, py(v), right, py(v));
    doc.text(formatNumber(v, 3), left - 1.5, py(v) + 1, { align: 'right' });
  }
  for (let k = lo; k <= hi; k++) {
    const v = 10 ** k;
    doc.setDrawColor(...INK.rule);
    doc.line(px(v), top, px(v), bottom);
    doc.text(formatNumber(v, 3), px(v), bottom + 3.5, { align: 'center' });
  }
  doc.setFillColor(...INK.accent2);
  spec.counts.forEach((count, i) => {
    if (count <= 0) return;
    const x0 = px(spec.edges[i]!);
    const x1 = px(spec.edges[i + 1] ?? spec.edges[i]! * 10);
    doc.rect(x0, py(count), Math.max(0.2, x1 - x0 - 0.3), bottom - py(count), 'F');
  });
  doc.setDrawColor(...INK.muted);
  doc.setLineWidth(0.3);
  doc.line(left, bottom, right, bottom);
  doc.line(left, top, left, bottom);
  doc.setFontSize(7.5);
  doc.setTextColor(...INK.text);
  doc.text(spec.xLabel, (left + right) / 2, bottom + 8, { align: 'center' });
  drawVerticalLabel(doc, spec.yLabel, spec.x + 2.5, (top + bottom) / 2);
}

/** The tornado's bars: each a label and its two ends. */
export interface TornadoSpec {
  /** Left edge and width of the chart, mm; it starts at the cursor. */
  readonly x: number;
  readonly width: number;
  readonly baseline: number;
  readonly rows: readonly {
    readonly label: string;
    readonly low: number | null;
    readonly high: number | null;
    readonly lowText: string;
    readonly highText: string;
  }[];
  /** Axis title (`downtime per year, minutes`) and the factor from the values to its unit. */
  readonly unitLabel: string;
  readonly scale: number;
}

/**
 * Draws a tornado chart at the cursor (one bar per row, −20 % end dashed-outlined and +20 % end
 * filled, so the two differ without colour) and moves the cursor below it.
 * @param w the writer
 * @param spec the bars and the baseline
 */
export function drawTornado(w: PdfWriter, spec: TornadoSpec): void {
  const doc = w.doc;
  const labelWidth = 52;
  // Room for the end labels on both sides of the bars.
  const left = spec.x + labelWidth + 14;
  const right = spec.x + spec.width - 16;
  const rowHeight = 7;
  const values = spec.rows.flatMap((r) => [r.low, r.high]).filter((v): v is number => v !== null);
  const lo = Math.min(spec.baseline, ...values) * spec.scale;
  const hi = Math.max(spec.baseline, ...values) * spec.scale;
  const ticks = getTicks(lo, hi, 5);
  const min = Math.min(lo, ticks[0] ?? lo);
  const max = Math.max(hi, ticks.at(-1) ?? hi);
  const px = (v: number): number =>
    left + ((v * spec.scale - min) / (max - min || 1)) * (right - left);
  const top = w.y + 5;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  doc.setTextColor(...INK.text);
  doc.setFillColor(...INK.accent);
  doc.rect(left, w.y, 4, 2.5, 'F');
  doc.text('figure +20%', left + 5.5, w.y + 2.3);
  doc.setDrawColor(...INK.accent2);
  doc.setLineDashPattern([0.8, 0.5], 0);
  doc.rect(left + 30, w.y, 4, 2.5, 'S');
  doc.setLineDashPattern([], 0);
  doc.text('figure −20%', left + 35.5, w.y + 2.3);
  spec.rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    doc.setFontSize(7.5);
    doc.setTextColor(...INK.text);
    const label = doc.splitTextToSize(r.label, labelWidth - 3) as string[];
    doc.text(label[0]!, spec.x, y + 3.8);
    const base = px(spec.baseline);
    for (const [value, text, high] of [
      [r.low, r.lowText, false],
      [r.high, r.highText, true],
    ] as const) {
      if (value === null) continue;
      const end = px(value);
      const x0 = Math.min(base, end);
      const width = Math.max(0.3, Math.abs(end - base));
      if (high) {
        doc.setFillColor(...INK.accent);
        doc.rect(x0, y + 0.8, width, 4.4, 'F');
      } else {
        doc.setDrawColor(...INK.accent2);
        doc.setLineWidth(0.35);
        doc.setLineDashPattern([0.8, 0.5], 0);
        doc.rect(x0, y + 0.8, width, 4.4, 'S');
        doc.setLineDashPattern([], 0);
      }
      doc.setFontSize(6.5);
      doc.setTextColor(...INK.muted);
      const after = end >= base;
      doc.text(text.replace(' / year', ''), after ? end + 1 : end - 1, y + 3.8, {
        align: after ? 'left' : 'right',
      });
    }
  });
  const bottom = top + spec.rows.length * rowHeight + 1;
  doc.setDrawColor(...INK.text);
  doc.setLineWidth(0.4);
  doc.line(px(spec.baseline), top - 1, px(spec.baseline), bottom);
  doc.setDrawColor(...INK.muted);
  doc.setLineWidth(0.25);
  doc.line(left, bottom, right, bottom);
  doc.setFontSize(7);
  doc.setTextColor(...INK.muted);
  for (const v of ticks) {
    const x = left + ((v - min) / (max - min || 1)) * (right - left);
    doc.line(x, bottom, x, bottom + 1);
    doc.text(formatNumber(v, 3), x, bottom + 4, { align: 'center' });
  }
  doc.setFontSize(7.5);
  doc.setTextColor(...INK.text);
  doc.text(spec.unitLabel, (left + right) / 2, bottom + 8, { align: 'center' });
  w.y = bottom + 11;
}
