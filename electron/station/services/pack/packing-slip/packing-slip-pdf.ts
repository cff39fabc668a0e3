import PDFDocument from 'pdfkit';
import { formatWeight } from '../../../../../shared/domain/packing/parcel-measures';
import { WharfError, issuesFromZod } from '../../../../../shared/contract/errors';
import {
  PackingSlipDataSchema,
  type PackingSlipData,
  type PackingSlipDataInput,
} from './packing-slip-data';
import { loadSlipFonts, type SlipFonts } from './slip-fonts';
import { GREY, SlipPage, type Column } from './slip-page';

export interface PackingSlipOptions {
  /** Where DejaVuSans*.ttf live; defaults to the repository's resources/fonts. */
  fontsDir?: string;
  /** Tests turn compression off to read the page content back. */
  compress?: boolean;
}

const MARGIN = 48;

/** An A4 packing slip for the box: who it is for, what is in it, what follows later. */
export async function renderPackingSlip(
  input: PackingSlipData | PackingSlipDataInput,
  options: PackingSlipOptions = {},
): Promise<Buffer> {
  const parsed = PackingSlipDataSchema.safeParse(input);
  if (!parsed.success) {
    throw new WharfError('BAD_REQUEST', 'The packing slip is missing something it must print', {
      issues: issuesFromZod(parsed.error),
    });
  }
  const slip = parsed.data;
  const fonts = await loadSlipFonts(options.fontsDir);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    info: {
      Title: `Packing slip ${slip.fulfilmentNumber}`,
      Subject: `Order ${slip.orderNumber}`,
      Creator: 'Wharf',
      CreationDate: new Date(slip.packedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular.file);
  doc.registerFont('bold', fonts.bold.file);

  new SlipLayout(doc, fonts, slip).draw();
  doc.end();
  return finished;
}

class SlipLayout {
  private readonly page: SlipPage;

  constructor(
    doc: PDFKit.PDFDocument,
    fonts: SlipFonts,
    private readonly slip: PackingSlipData,
  ) {
    this.page = new SlipPage(doc, fonts);
  }

  draw(): void {
    let y = this.header(this.page.top);
    y = this.addresses(y + 18);
    y = this.lines(y + 22);
    y = this.backorderNote(y);
    y = this.parcels(y + 20);
    this.thankYou(y + 24);
    this.page.footers(`${this.slip.fulfilmentNumber} · order ${this.slip.orderNumber}`);
  }

  private header(top: number): number {
    const titleWidth = 180;
    const nameWidth = this.page.width - titleWidth - 12;
    let y = top;
    y += this.page.put(this.slip.warehouse.name, this.page.left, y, {
      font: 'bold',
      size: 16,
      width: nameWidth,
    });
    for (const line of this.slip.warehouse.addressLines) {
      y += this.page.put(line, this.page.left, y, {
        font: 'regular',
        size: 9,
        width: nameWidth,
        color: GREY,
      });
    }
    const titleHeight = this.page.put('Packing slip', this.page.right - titleWidth, top, {
      font: 'bold',
      size: 20,
      width: titleWidth,
      align: 'right',
    });
    y = Math.max(y, top + titleHeight) + 10;
    this.page.rule(y, 'black');
    return y;
  }

  private addresses(top: number): number {
    const gap = 24;
    const shipWidth = (this.page.width - gap) * 0.55;
    const metaWidth = this.page.width - gap - shipWidth;
    const metaLeft = this.page.right - metaWidth;

    let left = top;
    left +=
      this.page.put('SHIP TO', this.page.left, left, {
        font: 'bold',
        size: 8,
        width: shipWidth,
        color: GREY,
      }) + 3;
    left +=
      this.page.put(this.slip.shipTo.name, this.page.left, left, {
        font: 'bold',
        size: 12,
        width: shipWidth,
      }) + 2;
    for (const line of this.slip.shipTo.lines) {
      left += this.page.put(line, this.page.left, left, {
        font: 'regular',
        size: 10,
        width: shipWidth,
      });
    }

    const labelWidth = 72;
    const valueWidth = metaWidth - labelWidth;
    const facts: [string, string][] = [
      ['Order', this.slip.orderNumber],
      ['Fulfilment', this.slip.fulfilmentNumber],
      ['Date', slipDate(this.slip.packedAt)],
      ['Service', this.slip.serviceLevel],
    ];
    let right = top;
    for (const [label, value] of facts) {
      this.page.put(label, metaLeft, right + 1, {
        font: 'regular',
        size: 9,
        width: labelWidth,
        color: GREY,
      });
      right +=
        this.page.put(value, metaLeft + labelWidth, right, {
          font: 'bold',
          size: 10,
          width: valueWidth,
        }) + 4;
    }
    return Math.max(left, right);
  }

  private readonly lineColumns: Column[] = [
    { title: 'SKU', width: 100, align: 'left' },
    { title: 'Item', width: 0, align: 'left' },
    { title: 'Ordered', width: 58, align: 'right' },
    { title: 'Packed', width: 58, align: 'right' },
    { title: 'Backordered', width: 78, align: 'right' },
  ];

  private lines(top: number): number {
    const rows = this.slip.lines.map((line) => [
      line.sku,
      line.name,
      String(line.ordered),
      String(line.packed),
      line.backordered > 0 ? String(line.backordered) : '–',
    ]);
    return this.page.table(this.lineColumns, rows, top);
  }

  private backorderNote(top: number): number {
    const backordered = this.slip.lines.reduce((sum, line) => sum + line.backordered, 0);
    if (backordered === 0) return top;
    const text =
      backordered === 1
        ? 'The backordered item will follow in a separate delivery.'
        : `The ${backordered} backordered items will follow in a separate delivery.`;
    const y = this.page.ensureRoom(top + 6, 14);
    return (
      y +
      this.page.put(text, this.page.left, y, {
        font: 'regular',
        size: 9,
        width: this.page.width,
        color: GREY,
      })
    );
  }

  private parcels(top: number): number {
    if (this.slip.parcels.length === 0) return top;
    let y = this.page.ensureRoom(top, 60);
    const count = this.slip.parcels.length;
    y += this.page.put(count === 1 ? 'Parcel' : `Parcels (${count})`, this.page.left, y, {
      font: 'bold',
      size: 11,
      width: this.page.width,
    });
    const columns: Column[] = [
      { title: 'Parcel', width: 0, align: 'left' },
      { title: 'Box', width: 120, align: 'left' },
      { title: 'Weight', width: 90, align: 'right' },
    ];
    const rows = this.slip.parcels.map((parcel, index) => [
      `${index + 1} of ${count} · ${parcel.number}`,
      parcel.boxCode,
      formatWeight(parcel.weightGrams),
    ]);
    return this.page.table(columns, rows, y + 6);
  }

  private thankYou(top: number): void {
    const y = this.page.ensureRoom(top, 20);
    this.page.put(this.slip.footer, this.page.left, y, {
      font: 'bold',
      size: 11,
      width: this.page.width,
      align: 'center',
    });
  }
}

const SLIP_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "26 November 2026": unambiguous for customers on both sides of the Atlantic. */
function slipDate(iso: string): string {
  return SLIP_DATE.format(new Date(iso));
}
