/**
 * The form in which the station keeps and compares head-office transaction ids. The head office
 * records `pg_current_xact_id()` (64-bit, epoch in the high half) and its built-in feed sends the
 * same; Electric, in proxy mode, sends the 32-bit xid from logical replication. Their low 32 bits
 * agree, and two transactions a station waits on are never 2^32 transactions apart.
 */
export function comparableTxid(txid: string): string {
  return (BigInt(txid) & 0xffff_ffffn).toString();
}

/** The same in SQL, for an INTEGER txid column. */
export const COMPARABLE_TXID_SQL = (column: string): string =>
  `CAST(${column} % 4294967296 AS TEXT)`;
