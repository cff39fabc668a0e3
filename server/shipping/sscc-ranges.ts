import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { SsccRangesAnswer } from '../../shared/contract/schemas/sscc-api';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import { PipelineError } from '../pipeline/pipeline-error';

type Trx = Transaction<CentralDatabase>;

export interface SsccBlockOwner {
  stationId: string;
  warehouseId: string;
}

export interface SsccBlock {
  id: string;
  companyPrefix: string;
  extensionDigit: number;
  first: number;
  last: number;
}

/** An SSCC is 18 digits: extension digit, company prefix and serial reference fill 17 of them. */
const PREFIX_AND_SERIAL_DIGITS = 16;

interface LockedGs1 {
  companyPrefix: string;
  extensionDigit: number;
  rangeSize: number;
  nextSerial: number;
}

/** The largest serial reference that fits beside the prefix: 9 digits for a 7-digit prefix. */
export function maxSerialReference(companyPrefix: string): number {
  return 10 ** (PREFIX_AND_SERIAL_DIGITS - companyPrefix.length) - 1;
}

/**
 * Locks the company's GS1 row for the rest of the transaction: every block is cut under this
 * lock, so two head-office processes never hand out the same serial references.
 */
async function lockCompanyGs1(trx: Trx): Promise<LockedGs1 | undefined> {
  const row = await trx
    .selectFrom('company_gs1')
    .select(['company_prefix', 'extension_digit', 'range_size', 'next_serial'])
    .forUpdate()
    .executeTakeFirst();
  return (
    row && {
      companyPrefix: row.company_prefix,
      extensionDigit: row.extension_digit,
      rangeSize: row.range_size,
      nextSerial: row.next_serial,
    }
  );
}

function notConfigured(): PipelineError {
  return new PipelineError(
    'NOT_FOUND',
    'The company has no GS1 company prefix set up, so there are no SSCCs to hand out; an administrator must enter the prefix first',
  );
}

/**
 * Cuts the next block of SSCC serial references for a station from company_gs1.next_serial.
 * The last block before the prefix runs out may be shorter than range_size; after that every
 * request is refused, since a longer serial would push the SSCC past 18 digits.
 */
async function cutBlock(trx: Trx, gs1: LockedGs1, owner: SsccBlockOwner): Promise<SsccBlock> {
  const max = maxSerialReference(gs1.companyPrefix);
  const first = gs1.nextSerial;
  if (first > max) {
    throw new PipelineError(
      'CONFLICT',
      `All ${max} SSCC serial references under GS1 prefix ${gs1.extensionDigit}-${gs1.companyPrefix} are handed out; an administrator must choose another extension digit or company prefix`,
    );
  }
  const last = Math.min(first + gs1.rangeSize - 1, max);
  await trx
    .updateTable('company_gs1')
    .set({ next_serial: last + 1 })
    .where('only_row', '=', true)
    .execute();
  const id = newId();
  await trx
    .insertInto('sscc_ranges')
    .values({
      id,
      station_id: owner.stationId,
      warehouse_id: owner.warehouseId,
      company_prefix: gs1.companyPrefix,
      extension_digit: gs1.extensionDigit,
      first_serial: first,
      last_serial: last,
    })
    .execute();
  return {
    id,
    companyPrefix: gs1.companyPrefix,
    extensionDigit: gs1.extensionDigit,
    first,
    last,
  };
}

/** Cuts a new block for the station (call inside a transaction); refused when none can be cut. */
export async function allocateSsccRange(trx: Trx, owner: SsccBlockOwner): Promise<SsccBlock> {
  const gs1 = await lockCompanyGs1(trx);
  if (!gs1) throw notConfigured();
  return cutBlock(trx, gs1, owner);
}

/**
 * The station's blocks, each with how many of its serials no uploaded shipment has used yet.
 * A serial counts as used when any shipment's SSCC (voided ones too: a printed SSCC is never
 * reused) lies in the block. SSCCs are fixed-width digits, so a block's SSCCs are one range of
 * text: its highest is a single probe of the shipments_sscc index, however many shipments exist.
 */
export async function stationSsccBlocks(
  db: Kysely<CentralDatabase> | Trx,
  stationId: string,
): Promise<(SsccBlock & { unused: number })[]> {
  const { rows } = await sql<{
    id: string;
    company_prefix: string;
    extension_digit: number;
    first_serial: number;
    last_serial: number;
    highest_sscc: string | null;
  }>`
    SELECT r.id, r.company_prefix, r.extension_digit, r.first_serial, r.last_serial,
           (SELECT max(s.sscc) FROM shipments s
             WHERE s.sscc >= r.extension_digit::text || r.company_prefix
                             || lpad(r.first_serial::text, ${PREFIX_AND_SERIAL_DIGITS} - length(r.company_prefix), '0')
               -- Any check digit of the last serial is inside the block.
               AND s.sscc <= r.extension_digit::text || r.company_prefix
                             || lpad(r.last_serial::text, ${PREFIX_AND_SERIAL_DIGITS} - length(r.company_prefix), '0')
                             || '9') AS highest_sscc
      FROM sscc_ranges r
     WHERE r.station_id = ${stationId}
     ORDER BY r.first_serial`.execute(db);
  return rows.map((r) => {
    const usedUpTo =
      r.highest_sscc === null
        ? r.first_serial - 1
        : Number(r.highest_sscc.slice(1 + r.company_prefix.length, 1 + PREFIX_AND_SERIAL_DIGITS));
    return {
      id: r.id,
      companyPrefix: r.company_prefix,
      extensionDigit: r.extension_digit,
      first: r.first_serial,
      last: r.last_serial,
      unused: r.last_serial - usedUpTo,
    };
  });
}

/**
 * The station's SSCC blocks, with a new one cut first when fewer than a fifth of a block is left
 * unused. Serialised on the company_gs1 row, so two calls racing cut one block. Usage is what
 * the head office has seen: a station that printed offline should upload its outbox first.
 */
export async function ensureSsccRanges(
  db: Kysely<CentralDatabase>,
  owner: SsccBlockOwner,
): Promise<SsccRangesAnswer> {
  return db.transaction().execute(async (trx) => {
    const gs1 = await lockCompanyGs1(trx);
    if (!gs1) return { allocated: false, configured: false, ranges: [] };
    const blocks = await stationSsccBlocks(trx, owner.stationId);
    const ranges = blocks.map((b) => ({
      id: b.id,
      companyPrefix: b.companyPrefix,
      extensionDigit: b.extensionDigit,
      first: b.first,
      last: b.last,
    }));
    const unused = blocks.reduce((sum, b) => sum + b.unused, 0);
    if (unused * 5 >= gs1.rangeSize) return { allocated: false, configured: true, ranges };
    const block = await cutBlock(trx, gs1, owner);
    return { allocated: true, configured: true, ranges: [...ranges, block] };
  });
}
