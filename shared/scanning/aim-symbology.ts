/**
 * AIM symbology identifiers (ISO/IEC 15424): a scanner configured to send them prefixes every
 * scan with `]`, a code character naming the symbology and a modifier character. The modifier is
 * what tells a GS1 symbol (FNC1 in first position) from the same symbology carrying free text.
 */
export interface AimReading {
  /** The three characters as sent, e.g. `]C1`. */
  readonly prefix: string;
  /** A name a person recognises, e.g. "GS1-128". */
  readonly symbology: string;
  /** True when the symbol carries a GS1 element string (AIs), not free text. */
  readonly isGs1: boolean;
  /** True for EAN/UPC symbols, whose data is a bare GTIN rather than AI-prefixed fields. */
  readonly isEanUpc: boolean;
  /** The scan without the prefix. */
  readonly data: string;
}

interface SymbologyRule {
  readonly name: (modifier: string) => string;
  readonly isGs1: (modifier: string) => boolean;
  readonly isEanUpc?: true;
}

const never = (): boolean => false;
const plain = (name: string) => (): string => name;

const SYMBOLOGIES: Readonly<Record<string, SymbologyRule>> = {
  A: { name: plain('Code 39'), isGs1: never },
  C: {
    name: (m) => (m === '1' ? 'GS1-128' : 'Code 128'),
    isGs1: (m) => m === '1',
  },
  d: {
    name: (m) => (m === '2' ? 'GS1 DataMatrix' : 'Data Matrix'),
    isGs1: (m) => m === '2',
  },
  Q: {
    name: (m) => (m === '3' ? 'GS1 QR Code' : 'QR Code'),
    isGs1: (m) => m === '3',
  },
  // ]e is the GS1 DataBar family (and its composite parts); it never carries free text.
  e: { name: plain('GS1 DataBar'), isGs1: () => true },
  E: {
    name: (m) => (m === '4' ? 'EAN-8' : 'EAN-13 / UPC-A'),
    isGs1: never,
    isEanUpc: true,
  },
  I: { name: plain('Interleaved 2 of 5 (ITF)'), isGs1: never },
  F: { name: plain('Codabar'), isGs1: never },
  G: { name: plain('Code 93'), isGs1: never },
  L: { name: plain('PDF417'), isGs1: never },
  z: { name: plain('Aztec'), isGs1: never },
  X: { name: plain('Other symbology'), isGs1: never },
};

const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

/**
 * Reads the AIM prefix at the start of a scan, or null when the scan has none (the scanner is not
 * configured to send it). An unknown code character is still stripped so its data is usable.
 */
export function readAimPrefix(scan: string): AimReading | null {
  if (!AIM_PREFIX.test(scan)) return null;
  const code = scan.charAt(1);
  const modifier = scan.charAt(2);
  const prefix = scan.slice(0, 3);
  const rule = SYMBOLOGIES[code];
  return {
    prefix,
    symbology: rule ? rule.name(modifier) : `Unknown symbology (${prefix})`,
    isGs1: rule ? rule.isGs1(modifier) : false,
    isEanUpc: rule?.isEanUpc ?? false,
    data: scan.slice(3),
  };
}
