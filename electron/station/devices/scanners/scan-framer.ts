import type { ScannerTerminator } from '../../../../shared/contract';

const TERMINATOR_BYTES: Readonly<Record<ScannerTerminator, Buffer>> = {
  CR: Buffer.from('\r'),
  LF: Buffer.from('\n'),
  CRLF: Buffer.from('\r\n'),
};

export interface ScanFramer {
  /** Feeds bytes as the port delivers them; a scan may arrive split over several chunks. */
  push(chunk: Buffer): void;
  /** Forgets a half-received scan, e.g. after the port was reopened. */
  reset(): void;
}

/**
 * Cuts the byte stream into scans at the scanner's terminator. Written here rather than taken
 * from @serialport/parser-readline because that parser buffers without limit: a scanner set to a
 * different terminator (or line noise) would grow it for ever. Past `maxFrameBytes` without a
 * terminator the bytes are reported and thrown away up to the next terminator.
 */
export function createScanFramer(options: {
  terminator: ScannerTerminator;
  maxFrameBytes: number;
  onFrame: (frame: Buffer) => void;
  onOverflow: (bytes: number) => void;
}): ScanFramer {
  const terminator = TERMINATOR_BYTES[options.terminator];
  let pending = Buffer.alloc(0);
  let discarding = false;

  return {
    push(chunk) {
      let data = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let at: number;
      while ((at = data.indexOf(terminator)) !== -1) {
        const frame = data.subarray(0, at);
        data = data.subarray(at + terminator.length);
        if (discarding) {
          discarding = false;
          continue;
        }
        if (frame.length > options.maxFrameBytes) {
          options.onOverflow(frame.length);
          continue;
        }
        options.onFrame(Buffer.from(frame));
      }
      if (data.length > options.maxFrameBytes) {
        if (!discarding) options.onOverflow(data.length);
        discarding = true;
        // Keep the last bytes in case they are the first half of a CRLF.
        data = data.subarray(data.length - (terminator.length - 1));
      }
      pending = Buffer.from(data);
    },
    reset() {
      pending = Buffer.alloc(0);
      discarding = false;
    },
  };
}
