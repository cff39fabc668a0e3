/**
 * Reads ESC/POS bytes back into commands and printed lines, for tests: what a printer would do
 * with the job. Knows the commands the slips use; anything else is reported as 'unknown' so a
 * stray ESC or GS (e.g. smuggled in through a customer's name) shows up in an assertion.
 */

export type EscPosCommand =
  | { kind: 'init' }
  | { kind: 'codePage'; page: number }
  | {
      kind: 'bold' | 'align' | 'mode' | 'hriPosition' | 'hriFont' | 'barWidth' | 'barHeight';
      value: number;
    }
  | { kind: 'feedLines'; lines: number }
  | { kind: 'barcode'; type: number; data: string }
  | { kind: 'cut'; mode: number }
  | { kind: 'unknown'; bytes: number[] };

export interface EscPosReading {
  commands: EscPosCommand[];
  /** The text printed, line by line, decoded from code page 1252. */
  lines: string[];
}

const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f
    ? (CP1252_80_9F[byte - 0x80] ?? '?')
    : String.fromCharCode(byte);
}

const ESC_ONE_ARGUMENT: Readonly<Record<number, EscPosCommand['kind']>> = {
  0x74: 'codePage',
  0x45: 'bold',
  0x61: 'align',
  0x21: 'mode',
  0x64: 'feedLines',
};
const GS_ONE_ARGUMENT: Readonly<Record<number, EscPosCommand['kind']>> = {
  0x48: 'hriPosition',
  0x66: 'hriFont',
  0x77: 'barWidth',
  0x68: 'barHeight',
  0x56: 'cut',
};

function oneArgument(kind: EscPosCommand['kind'], value: number): EscPosCommand {
  switch (kind) {
    case 'codePage':
      return { kind, page: value };
    case 'feedLines':
      return { kind, lines: value };
    case 'cut':
      return { kind, mode: value };
    case 'bold':
    case 'align':
    case 'mode':
    case 'hriPosition':
    case 'hriFont':
    case 'barWidth':
    case 'barHeight':
      return { kind, value };
    case 'init':
    case 'barcode':
    case 'unknown':
      return { kind: 'unknown', bytes: [value] };
  }
}

export function readEscPos(bytes: Buffer): EscPosReading {
  const commands: EscPosCommand[] = [];
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const next = bytes[i + 1] ?? -1;
    if (byte === 0x0a) {
      lines.push(line);
      line = '';
      i += 1;
    } else if (byte === 0x1b && next === 0x40) {
      commands.push({ kind: 'init' });
      i += 2;
    } else if (byte === 0x1b && ESC_ONE_ARGUMENT[next] !== undefined) {
      commands.push(oneArgument(ESC_ONE_ARGUMENT[next], bytes[i + 2] ?? -1));
      i += 3;
    } else if (byte === 0x1d && next === 0x6b && bytes[i + 2] === 73) {
      const length = bytes[i + 3] ?? 0;
      const data = bytes.subarray(i + 4, i + 4 + length).toString('latin1');
      commands.push({ kind: 'barcode', type: 73, data });
      i += 4 + length;
    } else if (byte === 0x1d && GS_ONE_ARGUMENT[next] !== undefined) {
      commands.push(oneArgument(GS_ONE_ARGUMENT[next], bytes[i + 2] ?? -1));
      i += 3;
    } else if (byte < 0x20 || byte === 0x7f) {
      commands.push({ kind: 'unknown', bytes: [...bytes.subarray(i, i + 3)] });
      i += 1;
    } else {
      line += cp1252(byte);
      i += 1;
    }
  }
  if (line !== '') lines.push(line);
  return { commands, lines };
}
