import PDFDocument from 'pdfkit';
import { EscPosDocument } from '../../devices/printers/escpos/escpos-document';
import { loadSlipFonts } from '../pack/packing-slip/slip-fonts';

export interface ManifestFacts {
  number: string;
  carrierName: string;
  warehouseName: string;
  closedAt: string;
  parcels: readonly {
    trackingNumber: string;
    orderNumber: string;
    parcelNumber: string;
    serviceName: string;
  }[];
}

/** The manifest the driver signs at collection, for an A4 printer. */
export async function manifestPdf(facts: ManifestFacts, fontsDir?: string): Promise<Buffer> {
  const fonts = await loadSlipFonts(fontsDir);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: `Manifest ${facts.number}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular.file);
  doc.registerFont('bold', fonts.bold.file);
  doc.font('bold').fontSize(18).text(`Manifest ${facts.number}`);
  doc
    .font('regular')
    .fontSize(11)
    .text(
      `${facts.carrierName} · ${facts.warehouseName} · closed ${facts.closedAt.slice(0, 16).replace('T', ' ')} UTC`,
    )
    .text(`${facts.parcels.length} parcel(s)`)
    .moveDown();
  facts.parcels.forEach((p, i) => {
    doc.text(
      `${String(i + 1).padStart(3)}  ${p.trackingNumber}   ${p.parcelNumber}   ${p.orderNumber}   ${p.serviceName}`,
    );
  });
  doc.moveDown(2).text('Collected by (name and signature): ______________________________');
  doc.end();
  return finished;
}

/** The same manifest on an 80 mm receipt printer. */
export function manifestEscPos(facts: ManifestFacts): Buffer {
  const doc = new EscPosDocument()
    .heading(`Manifest ${facts.number}`)
    .text(`${facts.carrierName} - ${facts.warehouseName}`)
    .text(`Closed ${facts.closedAt.slice(0, 16).replace('T', ' ')} UTC`)
    .pair('Parcels', String(facts.parcels.length), { bold: true })
    .rule();
  for (const p of facts.parcels) doc.pair(p.trackingNumber, p.orderNumber);
  doc.rule();
  doc.barcode128(facts.number);
  doc.text('Collected by:').text(' ').text('______________________________');
  return doc.cut();
}
