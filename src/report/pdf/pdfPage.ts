/**
 * Page layout for the PDF report on jsPDF: A4 portrait in millimetres, one embedded font
 * (DejaVu Sans, regular and bold, registered once each: anchors.md §2.2 rule 2), a y-cursor that
 * starts a new page when the next piece does not fit, headings that record their page for the
 * contents list, wrapped paragraphs, bullets and tables (jspdf-autotable, in the same font so
 * λ and μ survive), and the page numbers written at the end.
 * Runs in Node (the `report` command) and in the browser or a worker (the app); no DOM.
 */
import { jsPDF } from 'jspdf';
import type { CellHookData, RowInput, UserOptions } from 'jspdf-autotable';
import { autoTable } from 'jspdf-autotable';
import { DEJAVU_SANS_BASE64 } from './dejaVuSans.ts';
import { DEJAVU_SANS_BOLD_BASE64 } from './dejaVuSansBold.ts';
import type { ComponentRow } from '../reviewParts.ts';

/**
 * The registered font family (used by text, tables and charts alike). jsPDF writes it as the
 * PDF's BaseFont and embeds only the glyphs used, so it carries a subset tag, as PDF subsets do.
 */
export const FONT = 'RBDSUB+DejaVuSans';
/** Page size and margins, mm. */
export const PAGE = { width: 210, height: 297, margin: 18, top: 20, bottom: 18 } as const;
/** Width of the text column, mm. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Body text size, pt. */
export const BODY_SIZE = 9.5;
const MM_PER_PT = 25.4 / 72;
/** Ink colours (grey levels and one accent), RGB. */
export const INK = {
  text: [20, 24, 31],
  muted: [85, 92, 104],
  rule: [200, 205, 212],
  accent: [31, 95, 168],
  accent2: [176, 74, 18],
  good: [22, 120, 60],
  bad: [170, 30, 30],
  shade: [242, 244, 247],
} as const satisfies Record<string, readonly [number, number, number]>;

/** A heading placed in the document, for the contents list and the outline. */
export interface PlacedHeading {
  readonly id: string;
  readonly title: string;
  readonly page: number;
}

/** The document being written and its cursor. */
export interface PdfWriter {
  readonly doc: jsPDF;
  /** Cursor, mm from the top of the current page. */
  y: number;
  readonly headings: PlacedHeading[];
}

/**
 * Registers the report font on a document (regular and bold, one file each).
 * @param doc a new jsPDF document
 */
export function registerFonts(doc: jsPDF): void {
  doc.addFileToVFS('DejaVuSans.ttf', DEJAVU_SANS_BASE64);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', DEJAVU_SANS_BOLD_BASE64);
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

/** Line height of text at a size, mm. */
export function getLineHeight(sizePt: number): number {
  return sizePt * MM_PER_PT * 1.35;
}

/** Sets font, size and colour in one call. */
export function setText(
  w: PdfWriter,
  sizePt: number,
  style: 'normal' | 'bold' = 'normal',
  color: readonly [number, number, number] = INK.text,
): void {
  w.doc.setFont(FONT, style);
  w.doc.setFontSize(sizePt);
  w.doc.setTextColor(color[0], color[1], color[2]);
}

/** Starts a new page and puts the cursor at its top. */
export function newPage(w: PdfWriter): void {
  w.doc.addPage();
  w.y = PAGE.top;
}

/** Makes room for `height` mm, starting a new page when the rest of this one is too short. */
export function ensureSpace(w: PdfWriter, height: number): void {
  if (w.y + height > PAGE.height - PAGE.bottom) newPage(w);
}

/**
 * Writes wrapped text at the cursor and moves it down.
 * @param text the text (may hold `\n`)
 * @param options size (pt), style, colour, left indent (mm) and width (mm)
 */
export function writeParagraph(
  w: PdfWriter,
  text: string,
  options: {
    size?: number;
    style?: 'normal' | 'bold';
    color?: readonly [number, number, number];
    indent?: number;
    width?: number;
    after?: number;
  } = {},
): void {
  const size = options.size ?? BODY_SIZE;
  setText(w, size, options.style ?? 'normal', options.color ?? INK.text);
  const indent = options.indent ?? 0;
  const lines = w.doc.splitTextToSize(text, options.width ?? TEXT_WIDTH - indent) as string[];
  const lh = getLineHeight(size);
  for (const line of lines) {
    ensureSpace(w, lh);
    w.doc.text(line, PAGE.margin + indent, w.y + lh * 0.75);
    w.y += lh;
  }
  w.y += options.after ?? 1.5;
}

/** Writes bullet items. */
export function writeBullets(w: PdfWriter, items: readonly string[], size = BODY_SIZE): void {
  const lh = getLineHeight(size);
  for (const item of items) {
    ensureSpace(w, lh);
    setText(w, size);
    w.doc.text('•', PAGE.margin + 1, w.y + lh * 0.75);
    writeParagraph(w, item, { size, indent: 5, after: 0.8 });
  }
  w.y += 1;
}

/**
 * Writes a section heading (keeping at least `keep` mm of the section with it) and records it.
 * @param id the section id
 * @param title the heading text
 * @param keep room the start of the section needs on the same page, mm
 */
export function writeHeading(w: PdfWriter, id: string, title: string, keep = 30): void {
  w.y += 3;
  ensureSpace(w, 10 + keep);
  setText(w, 14, 'bold', INK.accent);
  w.doc.text(title, PAGE.margin, w.y + 5);
  w.doc.setDrawColor(...INK.rule);
  w.doc.setLineWidth(0.3);
  w.doc.line(PAGE.margin, w.y + 7.2, PAGE.margin + TEXT_WIDTH, w.y + 7.2);
  w.headings.push({ id, title, page: w.doc.getCurrentPageInfo().pageNumber });
  w.y += 11;
}

/** The table options every report table shares: the report font, small type, grey head. */
function getTableStyles(): Partial<UserOptions> {
  return {
    theme: 'grid',
    // A row stays on one page: a component's λ on one page and its μ on the next reads badly.
    rowPageBreak: 'avoid',
    margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: 8,
      cellPadding: 1.4,
      textColor: [...INK.text],
      lineColor: [...INK.rule],
      lineWidth: 0.2,
      overflow: 'linebreak',
    },
    headStyles: {
      font: FONT,
      fontStyle: 'bold',
      fillColor: [...INK.shade],
      textColor: [...INK.text],
    },
  };
}

/**
 * Writes a table at the cursor (it breaks across pages by itself) and moves the cursor below it.
 * @param head the column titles
 * @param body the rows
 * @param options column styles and a cell hook, passed to autotable
 */
export function writeTable(
  w: PdfWriter,
  head: readonly string[],
  body: readonly RowInput[],
  options: {
    columnStyles?: UserOptions['columnStyles'];
    didParseCell?: (data: CellHookData) => void;
  } = {},
): void {
  ensureSpace(w, 16);
  autoTable(w.doc, {
    ...getTableStyles(),
    startY: w.y,
    head: [[...head]],
    body: [...body],
    ...(options.columnStyles === undefined ? {} : { columnStyles: options.columnStyles }),
    ...(options.didParseCell === undefined ? {} : { didParseCell: options.didParseCell }),
  });
  const last = (w.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
  w.y = (last?.finalY ?? w.y) + 3;
}

/**
 * Writes "page i of n" and the report's name at the foot of every page but the first.
 * @param title the report's title, for the running foot
 */
export function writePageNumbers(w: PdfWriter, title: string): void {
  const count = w.doc.getNumberOfPages();
  for (let page = 1; page <= count; page++) {
    w.doc.setPage(page);
    setText(w, 7.5, 'normal', INK.muted);
    const y = PAGE.height - 9;
    w.doc.text(`Page ${page} of ${count}`, PAGE.width - PAGE.margin, y, { align: 'right' });
    if (page > 1) w.doc.text(title, PAGE.margin, y, { maxWidth: TEXT_WIDTH - 30 });
  }
}

/**
 * A new A4 document in millimetres with the report font registered and its properties set,
 * and its cursor at the top of the first page.
 * @param properties the PDF's title, subject and keywords
 */
export function startPdf(properties: {
  readonly title: string;
  readonly subject: string;
  readonly keywords?: string;
}): PdfWriter {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc);
  doc.setProperties({ ...properties, creator: 'RBD Studio' });
  return { doc, y: PAGE.top, headings: [] };
}

/**
 * The step of a PDF built in `steps` steps: each call reports the share done and awaits the
 * caller's yield (a macrotask on a UI thread), so the page stays responsive.
 * @param options the progress callback and the yield, both optional
 */
export function createStepper(
  steps: number,
  options: {
    readonly onProgress?: (done: number) => void;
    readonly yieldStep?: () => Promise<void>;
  },
): () => Promise<void> {
  let done = 0;
  return async () => {
    done += 1;
    options.onProgress?.(done / steps);
    if (options.yieldStep !== undefined) await options.yieldStep();
  };
}

/** The components with their laws, cost and source, as one table. */
export function writeComponentTable(w: PdfWriter, rows: readonly ComponentRow[]): void {
  writeTable(
    w,
    ['Component', 'Failure', 'Repair', 'Cost', 'Source'],
    rows.map((c) => [`${c.name} (${c.id})`, c.failure, c.repair, c.cost, c.source]),
    { columnStyles: { 0: { cellWidth: 28 }, 3: { cellWidth: 15 } } },
  );
}

/** The commands that print the report's figures again, each in a shaded block. */
export function writeCommands(w: PdfWriter, intro: string, commands: readonly string[]): void {
  writeParagraph(w, intro, { size: 8.5, color: INK.muted });
  for (const command of commands) {
    const lines = w.doc.splitTextToSize(command, TEXT_WIDTH - 6) as string[];
    const height = lines.length * getLineHeight(8.5) + 3;
    ensureSpace(w, height);
    w.doc.setFillColor(...INK.shade);
    w.doc.rect(PAGE.margin, w.y, TEXT_WIDTH, height, 'F');
    w.y += 1.5;
    writeParagraph(w, command, { size: 8.5, indent: 3, width: TEXT_WIDTH - 6, after: 2.5 });
  }
}
