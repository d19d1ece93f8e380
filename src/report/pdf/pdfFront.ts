/**
 * The front of a PDF report, shared by the design review and the comparison: the title page
 * (a kicker, the title, its lines, the description, the answer in a shaded box) with room for
 * the contents, and the contents list written at the end, when each section's page is known,
 * each line a link to its page.
 * Runs anywhere; no DOM.
 */
import type { PdfWriter } from './pdfPage.ts';
import { getLineHeight, INK, PAGE, setText, TEXT_WIDTH, writeParagraph } from './pdfPage.ts';

/** A verdict's words and colour (the words carry it; the colour only adds to them). */
export interface Badge {
  readonly text: string;
  readonly color: readonly [number, number, number];
}

/** What the title page shows. */
export interface TitlePage {
  /** Small capitals above the title (`RBD STUDIO · DESIGN REVIEW`). */
  readonly kicker: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly description: string;
  /** The answer in one sentence, with its verdict badge (`null`: no badge). */
  readonly answer: { readonly badge: Badge | null; readonly text: string } | null;
}

/**
 * Writes the title page.
 * @returns the y (mm) where the contents list goes, under its heading
 */
export function writeTitlePage(w: PdfWriter, page: TitlePage): number {
  w.y = 42;
  setText(w, 9, 'bold', INK.accent);
  w.doc.text(page.kicker, PAGE.margin, w.y);
  w.y += 6;
  writeParagraph(w, page.title, { size: 24, style: 'bold', after: 3 });
  for (const line of page.lines) writeParagraph(w, line, { color: INK.muted, after: 0.5 });
  w.y += 4;
  if (page.description !== '') writeParagraph(w, page.description, { size: 9.5, after: 5 });
  if (page.answer !== null) {
    setText(w, 10.5);
    const text = w.doc.splitTextToSize(page.answer.text, TEXT_WIDTH - 8) as string[];
    const badge = page.answer.badge === null ? 0 : 6;
    const height = 3 + badge + text.length * getLineHeight(10.5) + 3;
    w.doc.setFillColor(...INK.shade);
    w.doc.rect(PAGE.margin, w.y, TEXT_WIDTH, height, 'F');
    if (page.answer.badge !== null) {
      setText(w, 11, 'bold', page.answer.badge.color);
      w.doc.text(page.answer.badge.text, PAGE.margin + 4, w.y + 6.5);
    }
    w.y += 3 + badge;
    writeParagraph(w, page.answer.text, {
      size: 10.5,
      indent: 4,
      width: TEXT_WIDTH - 8,
      after: 6,
    });
  }
  setText(w, 13, 'bold', INK.accent);
  w.doc.text('Contents', PAGE.margin, w.y + 5);
  return w.y + 11;
}

/**
 * Writes the contents list on page 1 at `y`: each heading placed so far with its page number.
 * @param y from {@link writeTitlePage}
 */
export function writeContents(w: PdfWriter, y: number): void {
  w.doc.setPage(1);
  const lh = getLineHeight(10) + 0.6;
  w.headings.forEach((h, i) => {
    setText(w, 10);
    const top = y + i * lh;
    const label = `${i + 1}. ${h.title}`;
    w.doc.text(label, PAGE.margin, top);
    w.doc.text(`${h.page}`, PAGE.margin + TEXT_WIDTH, top, { align: 'right' });
    w.doc.setDrawColor(...INK.rule);
    w.doc.setLineDashPattern([0.4, 1], 0);
    w.doc.line(PAGE.margin + w.doc.getTextWidth(label) + 2, top, PAGE.margin + TEXT_WIDTH - 8, top);
    w.doc.setLineDashPattern([], 0);
    w.doc.link(PAGE.margin, top - lh + 1, TEXT_WIDTH, lh, { pageNumber: h.page });
  });
}

/**
 * Adds the headings to the PDF outline (the viewer's bookmarks).
 */
export function writeOutline(w: PdfWriter): void {
  const outline = (w.doc as unknown as { outline?: { add: (...args: unknown[]) => unknown } })
    .outline;
  for (const h of w.headings) outline?.add(null, h.title, { pageNumber: h.page });
}
