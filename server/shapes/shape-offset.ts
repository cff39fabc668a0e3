/** A place in the change log: after every row at or before (txid, id). */
export interface LogPosition {
  txid: bigint;
  id: bigint;
}

export type RequestedOffset =
  { kind: 'snapshot' } | { kind: 'now' } | { kind: 'log'; at: LogPosition };

export function parseOffset(text: string): RequestedOffset | undefined {
  if (text === '-1') return { kind: 'snapshot' };
  if (text === 'now') return { kind: 'now' };
  const match = /^(\d{1,20})_(\d{1,20})$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { kind: 'log', at: { txid: BigInt(match[1]), id: BigInt(match[2]) } };
}

export function formatOffset(position: LogPosition): string {
  return `${position.txid}_${position.id}`;
}

/**
 * Everything written by transactions below `xmin` — and nothing of `xmin` or later. Log ids start
 * at 1, so id 0 sits before every row of transaction `xmin`.
 */
export function horizonPosition(xmin: bigint): LogPosition {
  return { txid: xmin, id: 0n };
}
