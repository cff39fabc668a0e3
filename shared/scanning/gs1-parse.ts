import { isValidGtin, toGtin14 } from '../domain/gtin';
import { readAimPrefix, type AimReading } from './aim-symbology';
import { matchApplicationIdentifier } from './gs1-application-identifiers';
import type { Gs1Element } from './gs1-element';
import { readGs1Field } from './gs1-field';
import { gs1ScanError, type Gs1ScanError } from './gs1-scan-error';

/** ASCII 29, what scanners send for FNC1 between GS1 fields. */
export const GROUP_SEPARATOR = '\u001d';

export type Gs1ParseResult =
  | {
      readonly ok: true;
      /** The symbology named by the AIM prefix, or null when the scanner sent none. */
      readonly symbology: string | null;
      /** 'plain-gtin' for a bare EAN/UPC/ITF-14 scan, read as one AI 01 element. */
      readonly source: 'element-string' | 'plain-gtin';
      readonly elements: readonly Gs1Element[];
    }
  | { readonly ok: false; readonly symbology: string | null; readonly error: Gs1ScanError };

export interface Gs1ParseOptions {
  /** Anchors the GS1 century rule for two-digit years; defaults to now. */
  readonly today?: Date;
}

type Elements = { ok: true; elements: Gs1Element[] } | { ok: false; error: Gs1ScanError };

const PLAIN_GTIN = /^(\d{8}|\d{12,14})$/;
const HUMAN_READABLE = /^(\(\d{2,4}\)[^()]*)+$/;

function unknownAi(data: string, ai?: string): Gs1ScanError {
  const start = ai ?? data.slice(0, 4);
  return gs1ScanError(
    'UNKNOWN_AI',
    `This barcode holds a field Wharf does not read (it starts '${start}'): scan another barcode on the label.`,
    ai,
  );
}

const notGs1 = (what: string): Gs1ScanError =>
  gs1ScanError(
    'NOT_GS1',
    `This is not a product or pallet barcode (${what}): scan the product's barcode or the pallet label.`,
  );

/** Fields run back to back; a variable-length one ends at a group separator or the end of data. */
function readElementString(data: string, today: Date): Elements {
  const elements: Gs1Element[] = [];
  let position = 0;
  while (position < data.length) {
    // A separator after a fixed-length field, or a leading FNC1, is redundant but harmless.
    if (data.charAt(position) === GROUP_SEPARATOR) {
      position++;
      continue;
    }
    const rest = data.slice(position);
    const match = matchApplicationIdentifier(rest);
    if (!match) return { ok: false, error: unknownAi(rest) };
    position += match.ai.length;
    let end: number;
    if (match.definition.length.kind === 'fixed') {
      const separator = data.indexOf(GROUP_SEPARATOR, position);
      const fixedEnd = position + match.definition.length.length;
      end = separator !== -1 && separator < fixedEnd ? separator : Math.min(fixedEnd, data.length);
    } else {
      const separator = data.indexOf(GROUP_SEPARATOR, position);
      end = separator === -1 ? data.length : separator;
    }
    const field = readGs1Field(match, data.slice(position, end), today);
    if (!field.ok) return field;
    elements.push(field.element);
    position = end;
  }
  return { ok: true, elements };
}

/** "(01)09506000134352(17)260630(10)ABC", as printed under the bars or typed by a person. */
function readHumanReadable(data: string, today: Date): Elements {
  const elements: Gs1Element[] = [];
  for (const [, ai = '', value = ''] of data.matchAll(/\((\d{2,4})\)([^()]*)/g)) {
    const match = matchApplicationIdentifier(ai);
    if (!match || match.ai !== ai) return { ok: false, error: unknownAi(ai, ai) };
    const field = readGs1Field(match, value, today);
    if (!field.ok) return field;
    elements.push(field.element);
  }
  return { ok: true, elements };
}

function readPlainGtin(digits: string): Elements {
  if (!isValidGtin(digits)) {
    return {
      ok: false,
      error: gs1ScanError(
        'BAD_CHECK_DIGIT',
        'The GTIN check digit is wrong: scan the label again, and if it fails again enter the GTIN by hand.',
        '01',
      ),
    };
  }
  return {
    ok: true,
    elements: [{ ai: '01', title: 'GTIN', raw: digits, kind: 'text', value: toGtin14(digits) }],
  };
}

/** A bare GTIN: an EAN/UPC symbol, or all digits of a GTIN length from a scanner without AIM. */
const isPlainGtinScan = (aim: AimReading | null, data: string): boolean =>
  PLAIN_GTIN.test(data) && (aim === null ? true : aim.isEanUpc || !aim.isGs1);

/**
 * Reads a scan as GS1 data: an element string (with or without AIM prefix, fields separated by
 * ASCII 29), the human-readable form with parentheses, or a plain EAN-13/UPC-A/EAN-8/ITF-14 GTIN.
 * Never throws: a scan is input from the floor, so every refusal is a result the screen shows.
 */
export function parseGs1Scan(scan: string, options: Gs1ParseOptions = {}): Gs1ParseResult {
  const today = options.today ?? new Date();
  const aim = readAimPrefix(scan);
  const symbology = aim?.symbology ?? null;
  // Scanners end a scan with CR/LF when set to; that terminator is not barcode data.
  const data = (aim?.data ?? scan).replace(/[\r\n]+$/, '');
  const fail = (error: Gs1ScanError): Gs1ParseResult => ({ ok: false, symbology, error });

  if (data.replaceAll(GROUP_SEPARATOR, '') === '') {
    return fail(gs1ScanError('EMPTY_SCAN', 'The scan was empty: scan the barcode again.'));
  }

  let source: 'element-string' | 'plain-gtin' = 'element-string';
  let read: Elements;
  if (isPlainGtinScan(aim, data)) {
    source = 'plain-gtin';
    read = readPlainGtin(data);
  } else if (aim !== null && !aim.isGs1) {
    return fail(notGs1(aim.symbology));
  } else if (HUMAN_READABLE.test(data)) {
    read = readHumanReadable(data, today);
  } else {
    // Without an AIM prefix a bin label or free text is told apart by not starting with a known AI.
    let first = 0;
    while (data.charAt(first) === GROUP_SEPARATOR) first++;
    if (aim === null && matchApplicationIdentifier(data.slice(first)) === null) {
      return fail(notGs1('a barcode without GS1 data'));
    }
    read = readElementString(data, today);
  }
  return read.ok ? { ok: true, symbology, source, elements: read.elements } : fail(read.error);
}
