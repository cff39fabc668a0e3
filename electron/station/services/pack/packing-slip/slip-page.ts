import { printable, type SlipFontStyle, type SlipFonts } from './slip-fonts';

const RULE = '#bbbbbb';
const HEADER_FILL = '#eeeeee';
export const GREY = '#555555';
/** Kept clear at the foot of every page for the page footer. */
const FOOTER_SPACE = 36;

export interface Column {
  title: string;
  /** 0 takes what the other columns leave. */
  width: number;
  align: 'left' | 'right';
}

export interface TextStyle {
  font: SlipFontStyle;
  size: number;
  width: number;
  align?: 'left' | 'right' | 'center';
  color?: string;
  /** Cut to one line with an ellipsis, e.g. in the page footer where a wrap would start a page. */
  oneLine?: boolean;
}

/**
 * Drawing on the slip's pages in the few moves it needs: text boxes that report their height,
 * rules, tables that carry on over a page break, and numbered page footers. Every string goes
 * through `printable`, so nothing reaches the PDF that its font cannot draw.
 */
export class SlipPage {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  private readonly bottom: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: SlipFonts,
  ) {
    this.left = doc.page.margins.left;
    this.right = doc.page.width - doc.page.margins.right;
    this.width = this.right - this.left;
    this.top = doc.page.margins.top;
    this.bottom = doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;
  }

  /** Draws `text` in a box and returns its height. */
  put(text: string, x: number, y: number, style: TextStyle): number {
    const safe = printable(this.fonts, style.font, text);
    const options: PDFKit.Mixins.TextOptions = {
      width: style.width,
      align: style.align ?? 'left',
      lineGap: 1,
      ...(style.oneLine === true ? { height: style.size * 1.2, ellipsis: true } : {}),
    };
    this.doc
      .font(style.font)
      .fontSize(style.size)
      .fillColor(style.color ?? 'black');
    const height = this.doc.heightOfString(safe, options);
    this.doc.text(safe, x, y, options);
    return height;
  }

  measure(text: string, style: { font: SlipFontStyle; size: number; width: number }): number {
    this.doc.font(style.font).fontSize(style.size);
    return this.doc.heightOfString(printable(this.fonts, style.font, text), {
      width: style.width,
      lineGap: 1,
    });
  }

  rule(y: number, color = RULE): void {
    this.doc.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.75).strokeColor(color).stroke();
  }

  /** A table with a shaded header, repeated on each page it runs onto. */
  table(columns: Column[], rows: string[][], top: number): number {
    const fixed = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width === 0 ? this.width - fixed : c.width));
    const pad = 5;
    const size = 9.5;

    const drawHeader = (y: number): number => {
      const height = 18;
      this.doc.rect(this.left, y, this.width, height).fill(HEADER_FILL);
      let x = this.left;
      columns.forEach((column, i) => {
        const width = widths[i] ?? 0;
        this.put(column.title, x + pad, y + 5, {
          font: 'bold',
          size: 8.5,
          width: width - pad * 2,
          align: column.align,
        });
        x += width;
      });
      return y + height;
    };

    let y = drawHeader(this.ensureRoom(top, 40));
    for (const row of rows) {
      const height =
        Math.max(
          ...row.map((cell, i) =>
            this.measure(cell, { font: 'regular', size, width: (widths[i] ?? 0) - pad * 2 }),
          ),
        ) +
        pad * 2;
      if (y + height > this.bottom) {
        this.doc.addPage();
        y = drawHeader(this.top);
      }
      let x = this.left;
      row.forEach((cell, i) => {
        const width = widths[i] ?? 0;
        this.put(cell, x + pad, y + pad, {
          font: 'regular',
          size,
          width: width - pad * 2,
          align: columns[i]?.align ?? 'left',
        });
        x += width;
      });
      y += height;
      this.rule(y);
    }
    return y;
  }

  /** Starts a new page when `height` more does not fit; returns where to draw. */
  ensureRoom(y: number, height: number): number {
    if (y + height <= this.bottom) return y;
    this.doc.addPage();
    return this.top;
  }

  /** Numbers every page and repeats `note` at its foot; call once everything is drawn. */
  footers(note: string): void {
    const range = this.doc.bufferedPageRange();
    const y = this.doc.page.height - this.doc.page.margins.bottom - 12;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = `Page ${i - range.start + 1} of ${range.count}`;
      this.rule(y - 6);
      this.put(note, this.left, y, {
        font: 'regular',
        size: 8,
        width: this.width / 2,
        color: GREY,
        oneLine: true,
      });
      this.put(page, this.left + this.width / 2, y, {
        font: 'regular',
        size: 8,
        width: this.width / 2,
        align: 'right',
        color: GREY,
        oneLine: true,
      });
    }
  }
}
