import PDFDocument from 'pdfkit';
import type { PrinterKind } from '../../../../shared/contract/schemas/printers';
import type { ShippingLabel } from '../../../../shared/labels/shipping-label';
import { renderZpl } from '../../../../shared/labels/zpl-label';

/** What a test print says about where it came from. */
export interface TestPrintFacts {
  printerName: string;
  stationName: string;
  /** UTC ISO time of the test. */
  at: string;
}

/** A 4×6 label drawn by the real label renderer, so a test print shows what parcels will get. */
export function testLabelZpl(facts: TestPrintFacts): string {
  const address = {
    name: facts.stationName,
    lines: ['Printer test'],
    postcode: '',
    city: 'Wharf',
    country: 'GB',
  };
  const label: ShippingLabel = {
    shipFrom: address,
    shipTo: { ...address, name: facts.printerName, lines: ['Test label', facts.at.slice(0, 19)] },
    carrier: { name: 'TEST', service: 'Printer test' },
    trackingNumber: 'TEST-PRINT',
    trackingBarcode: { symbology: 'code128', data: 'TEST-PRINT' },
    parcel: { index: 1, count: 1 },
    weightGrams: 1000,
    reference: 'Printer test',
    date: facts.at.slice(0, 10),
  };
  return renderZpl(label, { dpi: 203 });
}

const ESC = 0x1b;
const GS = 0x1d;

/**
 * A few lines of ESC/POS: initialise, plain ASCII text, feed, partial cut. Every ESC/POS receipt
 * printer understands these, so a test proves the link without the full slip renderer.
 */
export function testReceiptBytes(facts: TestPrintFacts): Uint8Array {
  const ascii = (text: string) => text.replace(/[^\x20-\x7E]/g, '?');
  const text = [
    'WHARF PRINTER TEST',
    '------------------',
    `Printer: ${ascii(facts.printerName)}`,
    `Station: ${ascii(facts.stationName)}`,
    `Time:    ${facts.at.slice(0, 19).replace('T', ' ')} UTC`,
    '',
    'If you can read this, receipts',
    'and packing slips will print here.',
  ].join('\n');
  return Uint8Array.from([
    ESC,
    0x40,
    ...Buffer.from(`${text}\n\n\n\n`, 'latin1'),
    GS,
    0x56,
    0x42,
    0x00,
  ]);
}

/** One A4 page saying which printer and station it came from. */
export function testPagePdf(facts: TestPrintFacts): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Wharf printer test' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(24).text('Wharf printer test');
  doc.moveDown();
  doc.fontSize(12).text(`Printer: ${facts.printerName}`);
  doc.text(`Station: ${facts.stationName}`);
  doc.text(`Time: ${facts.at} (UTC)`);
  doc.moveDown();
  doc.text('If you can read this, A4 documents such as manifests will print here.');
  doc.end();
  return finished;
}

/** The test document for a kind of printer, as the bytes its driver sends. */
export async function testDocumentFor(
  kind: PrinterKind,
  facts: TestPrintFacts,
): Promise<Uint8Array> {
  switch (kind) {
    case 'label':
      return Buffer.from(testLabelZpl(facts), 'utf8');
    case 'receipt':
      return testReceiptBytes(facts);
    case 'a4':
      return testPagePdf(facts);
  }
}
