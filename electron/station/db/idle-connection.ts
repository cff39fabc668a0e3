import { setImmediate as nextTurn } from 'node:timers/promises';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The async local write path (Kysely) holds SQLite's one connection across awaits; a synchronous
 * write made meanwhile would nest inside its transaction and share its fate (a rollback there
 * would undo it). Waiting for the connection to be idle keeps each write its own transaction.
 */
export async function idleConnection(sqlite: BetterSqlite3.Database): Promise<void> {
  while (sqlite.inTransaction) await nextTurn();
}
