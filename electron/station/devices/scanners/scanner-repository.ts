import type { Kysely, Transaction } from 'kysely';
import type { SerialScannerConfig } from '../../../../shared/contract';
import { ScannerTerminatorSchema } from '../../../../shared/contract';
import type { StationDatabase } from '../../db/schema';

/** migrations/station/0006_serial_scanners.sql; kept here, beside the only code that reads it. */
interface SerialScannersTable {
  id: string;
  name: string;
  path: string;
  baud_rate: number;
  terminator: string;
  enabled: number;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

type Db = Kysely<StationDatabase> | Transaction<StationDatabase>;

const withScanners = (db: Db) => db.withTables<{ serial_scanners: SerialScannersTable }>();

/** The scanners in use (not removed), oldest first so the list keeps its order. */
export async function readScanners(db: Db): Promise<SerialScannerConfig[]> {
  const rows = await withScanners(db)
    .selectFrom('serial_scanners')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    path: row.path,
    baudRate: row.baud_rate,
    terminator: ScannerTerminatorSchema.parse(row.terminator),
    enabled: row.enabled === 1,
  }));
}

export async function insertScanner(
  db: Db,
  scanner: SerialScannerConfig,
  at: string,
): Promise<void> {
  await withScanners(db)
    .insertInto('serial_scanners')
    .values({ ...columns(scanner), id: scanner.id, created_at: at, updated_at: at })
    .execute();
}

export async function updateScanner(
  db: Db,
  scanner: SerialScannerConfig,
  at: string,
): Promise<void> {
  await withScanners(db)
    .updateTable('serial_scanners')
    .set({ ...columns(scanner), updated_at: at })
    .where('id', '=', scanner.id)
    .where('removed_at', 'is', null)
    .execute();
}

/** Marks it removed; the row stays as the record of what was set up. */
export async function markScannerRemoved(db: Db, id: string, at: string): Promise<void> {
  await withScanners(db)
    .updateTable('serial_scanners')
    .set({ removed_at: at, updated_at: at })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .execute();
}

function columns(scanner: SerialScannerConfig) {
  return {
    name: scanner.name,
    path: scanner.path,
    baud_rate: scanner.baudRate,
    terminator: scanner.terminator,
    enabled: scanner.enabled ? 1 : 0,
  };
}
