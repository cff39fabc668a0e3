import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { toPrinterText, wrapText } from './printer-text';

/** Font A on an 80 mm Epson head: 576 dots, 12 dots a character. */
export const LINE_WIDTH = 48;
const PAPER_DOTS = 576;

const ESC_INIT = Buffer.from([0x1b, 0x40]);
/** GS k m = 73: Code 128 with a length byte; the driver adds the "{B" code set B prefix. */
const CODE128 = 73;

/**
 * Code 128 data the printer can take in code set B: printable ASCII. '{' starts a code set
 * switch in ESC/POS (GS k 73), so it is written '{{'.
 */
function code128Data(data: string): string | null {
  return /^[\x20-\x7e]+$/.test(data) ? data.replace(/\{/g, '{{') : null;
}

/** Modules of a code-set-B Code 128 symbol: start, one per character, check, stop (13). */
function code128Modules(data: string): number {
  return 11 + data.length * 11 + 11 + 13;
}

/**
 * An ESC/POS document built with node-thermal-printer's command builder. The printer object is
 * made with no interface, so it has no way to open a connection: this module only ever reads
 * its buffer, and the bytes travel through the print spool like every other job.
 */
export class EscPosDocument {
  private readonly printer: ThermalPrinter;

  constructor() {
    // An empty interface leaves node-thermal-printer without one (its constructor skips it), so
    // execute() would throw rather than reach a network or a device.
    this.printer = new ThermalPrinter({
      type: PrinterTypes.EPSON,
      interface: '',
      width: LINE_WIDTH,
      removeSpecialCharacters: false,
    });
    // ESC @ first: it resets the code page, so the code page must come after it.
    this.printer.add(ESC_INIT);
    this.printer.setCharacterSet(CharacterSet.WPC1252);
  }

  /** A heading: centred, bold, double height and width; long headings wrap at 24 columns. */
  heading(text: string): this {
    this.printer.alignCenter();
    this.printer.bold(true);
    this.printer.setTextQuadArea();
    for (const line of wrapText(toPrinterText(text), LINE_WIDTH / 2)) this.printer.println(line);
    this.printer.setTextNormal();
    this.printer.bold(false);
    this.printer.alignLeft();
    return this;
  }

  /** Customer or catalogue text, cleaned for the code page and wrapped to the line. */
  text(value: string, options: { bold?: boolean; indent?: number } = {}): this {
    const indent = ' '.repeat(options.indent ?? 0);
    if (options.bold) this.printer.bold(true);
    for (const line of wrapText(toPrinterText(value), LINE_WIDTH - indent.length)) {
      this.printer.println(`${indent}${line}`);
    }
    if (options.bold) this.printer.bold(false);
    return this;
  }

  /** A label on the left and a value on the right of one line; the value wraps below if long. */
  pair(label: string, value: string, options: { bold?: boolean } = {}): this {
    if (options.bold) this.printer.bold(true);
    const left = toPrinterText(label);
    const right = toPrinterText(value);
    if (left.length + 1 + right.length <= LINE_WIDTH) {
      this.printer.println(`${left}${' '.repeat(LINE_WIDTH - left.length - right.length)}${right}`);
    } else {
      this.printer.println(left);
      for (const line of wrapText(right, LINE_WIDTH - 2)) this.printer.println(`  ${line}`);
    }
    if (options.bold) this.printer.bold(false);
    return this;
  }

  /** Pre-formatted lines (already cleaned and no wider than the paper), e.g. a table. */
  lines(lines: readonly string[]): this {
    for (const line of lines) this.printer.println(line);
    return this;
  }

  rule(): this {
    this.printer.drawLine();
    return this;
  }

  /**
   * A centred Code 128 barcode (GS k 73) of `data`, 2 or 3 dots a module so it stays on the
   * paper. Returns false, printing nothing, for data no 80 mm slip can carry as Code 128 (not
   * ASCII, or too long): the caller prints the text instead of a barcode that will not scan.
   */
  barcode128(data: string): boolean {
    const encoded = code128Data(data);
    if (encoded === null) return false;
    const moduleWidth = [3, 2].find((width) => code128Modules(encoded) * width <= PAPER_DOTS);
    if (moduleWidth === undefined || encoded.length > 250) return false;
    this.printer.alignCenter();
    // printBarcode, not code128(): the typings give code128 a width of 'SMALL' | 'MEDIUM' |
    // 'LARGE', but the Epson driver writes that value straight into GS w as a number.
    this.printer.printBarcode(encoded, CODE128, {
      hriPos: 0,
      hriFont: 0,
      width: moduleWidth,
      height: 80,
    });
    this.printer.newLine();
    this.printer.alignLeft();
    return true;
  }

  /** Feeds past the tear bar and cuts; the bytes end here. */
  cut(): Buffer {
    this.printer.cut();
    return Buffer.from(this.printer.getBuffer());
  }
}
