/**
 * The design's diagram in the PDF, as vectors and real text: rounded boxes with their words, a
 * red border and the words "single point of failure" on the blocks that alone fail the system
 * (the words carry it, the colour adds to it), and elbow edges with arrowheads, scaled to fit the
 * text column.
 * Runs anywhere; no DOM.
 */
import type { DiagramFigure } from '../reviewDiagram.ts';
import type { PdfWriter } from './pdfPage.ts';
import { FONT, INK, PAGE, TEXT_WIDTH } from './pdfPage.ts';

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];

/** Box size in the figure's units (the editor's pixels). */
const BOX_W = 150;
const BOX_H = 84;
/** Most height the diagram takes on the page, mm. */
const MAX_HEIGHT = 110;

/**
 * Draws the diagram at the cursor and moves the cursor below it.
 * @param w the writer
 * @param figure from `getDiagramFigure`
 */
export function drawDiagram(w: PdfWriter, figure: DiagramFigure): void {
  const doc = w.doc;
  const scale = Math.min(
    TEXT_WIDTH / (figure.width + BOX_W),
    MAX_HEIGHT / (figure.height + BOX_H),
    0.3,
  );
  const height = (figure.height + BOX_H) * scale;
  if (w.y + height > PAGE.height - PAGE.bottom) {
    doc.addPage();
    w.y = PAGE.top;
  }
  const left = PAGE.margin + (TEXT_WIDTH - (figure.width + BOX_W) * scale) / 2;
  const top = w.y;
  const bw = BOX_W * scale;
  const bh = BOX_H * scale;
  const centre = (i: number): [number, number] => {
    const b = figure.boxes[i]!;
    return [left + (b.x + BOX_W / 2) * scale, top + (b.y + BOX_H / 2) * scale];
  };
  const widthOf = (i: number): number => {
    const kind = figure.boxes[i]!.kind;
    return kind === 'start' || kind === 'end' ? bw * 0.6 : bw;
  };
  // Edges first, under the boxes: out of the right side, into the left side, with an elbow.
  doc.setDrawColor(...INK.muted);
  doc.setFillColor(...INK.muted);
  doc.setLineWidth(0.25);
  for (const [from, to] of figure.edges) {
    const [fx, fy] = centre(from);
    const [tx, ty] = centre(to);
    const x0 = fx + widthOf(from) / 2;
    const x1 = tx - widthOf(to) / 2;
    const mid = (x0 + x1) / 2;
    doc.lines(
      [
        [mid - x0, 0],
        [0, ty - fy],
        [x1 - mid, 0],
      ],
      x0,
      fy,
      [1, 1],
      'S',
      false,
    );
    const a = Math.max(0.8, 1.6 * (scale / 0.2));
    doc.triangle(x1, ty, x1 - a, ty - a / 2, x1 - a, ty + a / 2, 'F');
  }
  const titleSize = Math.max(4.5, Math.min(7.5, bh * 0.55));
  const lineSize = titleSize * 0.85;
  figure.boxes.forEach((box, i) => {
    const [cx, cy] = centre(i);
    const bwi = widthOf(i);
    const terminal = box.kind === 'start' || box.kind === 'end';
    const h = terminal ? bh * 0.45 : bh;
    doc.setLineWidth(box.singlePoint ? 0.6 : 0.3);
    const border: Rgb = box.singlePoint ? INK.bad : INK.muted;
    doc.setDrawColor(...border);
    const fill: Rgb = terminal ? INK.text : INK.shade;
    doc.setFillColor(...fill);
    doc.roundedRect(cx - bwi / 2, cy - h / 2, bwi, h, 1.2, 1.2, 'FD');
    doc.setFont(FONT, 'bold');
    doc.setFontSize(titleSize);
    const ink: Rgb = terminal ? WHITE : INK.text;
    doc.setTextColor(...ink);
    const lines = box.singlePoint ? [...box.lines, 'single point of failure'] : box.lines;
    const lh = ((lineSize * 25.4) / 72) * 1.2;
    const textTop = cy - ((lines.length + 1) * lh) / 2 + lh * 0.8;
    /** Writes a line centred, shrinking it (to 70%) before cutting it to fit the box. */
    const write = (text: string, y: number, size: number): void => {
      const max = bwi - 2;
      doc.setFontSize(size);
      const width = doc.getTextWidth(text);
      if (width > max) doc.setFontSize(Math.max(size * 0.7, (size * max) / width));
      let t = text;
      while (t.length > 3 && doc.getTextWidth(t) > max) t = t.slice(0, -2);
      doc.text(t === text ? t : `${t}…`, cx, y, { align: 'center' });
    };
    write(box.title, terminal ? cy + lh * 0.3 : textTop, titleSize);
    doc.setFont(FONT, 'normal');
    lines.forEach((line, k) => {
      const bad = box.singlePoint && k === lines.length - 1;
      const color: Rgb = bad ? INK.bad : INK.muted;
      doc.setTextColor(...color);
      write(line, textTop + (k + 1) * lh, lineSize);
    });
  });
  w.y = top + height + 3;
}
