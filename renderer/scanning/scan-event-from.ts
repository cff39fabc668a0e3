import { BarcodeFormat } from '@zxing/library';
import { ScanEventSchema, type ScanEvent } from '../../shared/scanning/scan-event';
import { splitBurst, type WedgeScan } from './scan-read';
import { DEFAULT_SCANNER_PROFILE, GROUP_SEPARATOR } from './scanner-profile';

/**
 * Checks a scan against the shared schema. A read that is no barcode (an AIM identifier alone,
 * more than 512 characters of something) gives null and is dropped rather than acted on.
 */
function checked(input: unknown): ScanEvent | null {
  const result = ScanEventSchema.safeParse(input);
  return result.success ? result.data : null;
}

/** `wallClockAt` turns the scan's key time stamp (performance clock) into epoch milliseconds. */
export function scanEventFromWedge(
  scan: WedgeScan,
  wallClockAt: (timeStamp: number) => number,
): ScanEvent | null {
  return checked({
    content: scan.content,
    aim: scan.aim,
    source: 'wedge',
    device: '',
    at: new Date(wallClockAt(scan.at)).toISOString(),
  });
}

/**
 * zxing reports GS1-128 as "]C1…" already, but a GS1 DataMatrix only as a leading GS (its FNC1 in
 * first position), so that one is given its AIM identifier here; other AIM prefixes are read the
 * way a wedge scan's are.
 */
export function scanEventFromCamera(
  text: string,
  format: BarcodeFormat,
  at: Date,
  device = 'camera',
): ScanEvent | null {
  let content: string;
  let aim: string | null;
  if (format === BarcodeFormat.DATA_MATRIX && text.startsWith(GROUP_SEPARATOR)) {
    aim = ']d2';
    content = text.slice(GROUP_SEPARATOR.length);
  } else {
    ({ aim, content } = splitBurst([...text], DEFAULT_SCANNER_PROFILE).scan);
  }
  return checked({ content, aim, source: 'camera', device, at: at.toISOString() });
}
