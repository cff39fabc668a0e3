import type { PrinterProblem } from './printer-probe';

/** ZPL's Host Status Return: the printer answers with three <STX>…<ETX><CR><LF> strings. */
export const HOST_STATUS_QUERY = '~HS';

const STX = '\x02';
const ETX = '\x03';

/** True once `text` holds the three strings of an answer (more may follow; they are ignored). */
export function hasWholeHostStatus(text: string): boolean {
  return text.split(ETX).length > 3;
}

/**
 * Reads the flags that stop a Zebra printing from a ~HS answer, or null when it is not one.
 * String 1 is "aaa,b,c,…" (b paper out, c pause) and string 2 "mmm,n,o,p,…" (o head up,
 * p ribbon out), per the ZPL II Programming Guide, ~HS.
 */
export function parseHostStatus(text: string): PrinterProblem[] | null {
  const strings = text
    .split(ETX)
    .map((part) => part.slice(part.indexOf(STX) + 1).trim())
    .filter((part) => part !== '');
  const first = strings[0]?.split(',');
  const second = strings[1]?.split(',');
  if (!first || !second || first.length < 12 || second.length < 11) return null;
  const flag = (fields: string[], index: number) => fields[index]?.trim() === '1';
  const problems: PrinterProblem[] = [];
  if (flag(first, 1)) problems.push('paper-out');
  if (flag(second, 2)) problems.push('head-open');
  if (flag(second, 3)) problems.push('ribbon-out');
  if (flag(first, 2)) problems.push('paused');
  return problems;
}
