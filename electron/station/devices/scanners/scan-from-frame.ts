import { readAimPrefix } from '../../../../shared/scanning/aim-symbology';
import { ScanEventSchema } from '../../../../shared/scanning/scan-event';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';

export type FrameReading =
  | { readonly kind: 'scan'; readonly scan: ScanEvent }
  | { readonly kind: 'rejected'; readonly reason: string }
  /** Nothing between two terminators, e.g. the LF of a CRLF scanner set to CR. */
  | { readonly kind: 'blank' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Control characters a barcode never carries. GS (FNC1 in GS1 element strings), RS and EOT (the
 * ISO/IEC 15434 envelope of `[)>` DataMatrix codes) are data and stay.
 */
const KEPT_CONTROLS = new Set([0x04, 0x1d, 0x1e]);

function holdsForeignControls(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 && !KEPT_CONTROLS.has(code)) return true;
    // DEL, and the replacement character a mis-set baud rate turns bytes into.
    if (code === 0x7f || code === 0xfffd) return true;
  }
  return false;
}

const CHECK_SETTINGS = "check the scanner's baud rate and terminator match its settings here";

/** Turns one framed scan into a ScanEvent, or says why it is not one. */
export function scanFromFrame(frame: Buffer, device: string, at: string): FrameReading {
  let text: string;
  try {
    text = utf8.decode(frame);
  } catch {
    return {
      kind: 'rejected',
      reason: `The scanner sent bytes that are not text; ${CHECK_SETTINGS}`,
    };
  }
  // A CR or LF left at either end means the scanner ends scans with CRLF but is set to CR or LF.
  text = text.replace(/^[\r\n]+|[\r\n]+$/g, '');
  if (text.length === 0) return { kind: 'blank' };
  if (holdsForeignControls(text)) {
    return {
      kind: 'rejected',
      reason: `The scanner sent control characters no barcode holds; ${CHECK_SETTINGS}`,
    };
  }
  const aim = readAimPrefix(text);
  const parsed = ScanEventSchema.safeParse({
    content: aim ? aim.data : text,
    aim: aim ? aim.prefix : null,
    source: 'serial',
    device,
    at,
  });
  if (!parsed.success) {
    return { kind: 'rejected', reason: parsed.error.issues[0]?.message ?? 'Not a valid scan' };
  }
  return { kind: 'scan', scan: parsed.data };
}
