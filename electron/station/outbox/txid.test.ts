import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COMPARABLE_TXID_SQL, comparableTxid } from './txid';

describe('comparable txids', () => {
  it('matches the head office’s 64-bit id with the 32-bit xid Electric sends', () => {
    const epoch = 3n;
    const xid = 4_000_000_123n;
    const xid8 = (epoch << 32n) + xid;
    expect(comparableTxid(xid8.toString())).toBe(xid.toString());
    expect(comparableTxid(xid.toString())).toBe(xid.toString());
    expect(comparableTxid('754')).toBe('754');
  });

  it('gives the same answer in SQL as in TypeScript', () => {
    const sqlite = new BetterSqlite3(':memory:');
    const xid8 = ((7n << 32n) + 99n).toString();
    const row = sqlite.prepare(`SELECT ${COMPARABLE_TXID_SQL('?')} AS t`).get(BigInt(xid8)) as {
      t: string;
    };
    expect(row.t).toBe(comparableTxid(xid8));
    sqlite.close();
  });
});
