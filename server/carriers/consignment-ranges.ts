import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { ConsignmentBlock } from '../../shared/contract/schemas/carrier-api';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import { PipelineError } from '../pipeline/pipeline-error';

export interface RangeOwner {
  stationId: string;
  warehouseId: string;
  carrierCode: string;
}

interface LockedCarrier {
  code: string;
  name: string;
  prefix: string;
  rangeSize: number;
  nextSerial: number;
}

/**
 * Locks the carrier row for the rest of the transaction: every block is cut under this lock, so
 * two head-office processes can never hand out the same serials.
 */
async function lockRateCardCarrier(
  trx: Transaction<CentralDatabase>,
  carrierCode: string,
): Promise<LockedCarrier> {
  const row = await trx
    .selectFrom('carriers')
    .select(['code', 'name', 'kind', 'active', 'consignment_prefix', 'range_size', 'next_serial'])
    .where('code', '=', carrierCode)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `There is no carrier ${carrierCode}`);
  if (row.kind !== 'rate_card' || row.consignment_prefix === null) {
    throw new PipelineError(
      'CONFLICT',
      `${row.name} labels are bought through the shipping middleware; it uses no consignment ranges`,
    );
  }
  if (!row.active) throw new PipelineError('CONFLICT', `${row.name} is switched off`);
  return {
    code: row.code,
    name: row.name,
    prefix: row.consignment_prefix,
    rangeSize: row.range_size,
    nextSerial: row.next_serial,
  };
}

/**
 * Cuts the next block of consignment numbers for a station from the carrier's next_serial, under
 * the carrier row lock (call inside a transaction). Blocks never overlap and serials never go back.
 */
export async function allocateConsignmentRange(
  trx: Transaction<CentralDatabase>,
  owner: RangeOwner,
): Promise<ConsignmentBlock> {
  const carrier = await lockRateCardCarrier(trx, owner.carrierCode);
  return cutBlock(trx, carrier, owner);
}

async function cutBlock(
  trx: Transaction<CentralDatabase>,
  carrier: LockedCarrier,
  owner: RangeOwner,
): Promise<ConsignmentBlock> {
  const first = carrier.nextSerial;
  const last = first + carrier.rangeSize - 1;
  // next_serial is an integer column: a carrier that has used up 2^31 serials needs a new prefix.
  if (last >= 2 ** 31 - 1) {
    throw new PipelineError(
      'CONFLICT',
      `${carrier.name} has run out of consignment numbers under prefix ${carrier.prefix}; an administrator must set a new prefix`,
    );
  }
  await trx
    .updateTable('carriers')
    .set({ next_serial: last + 1, updated_at: sql<Date>`now()` })
    .where('code', '=', carrier.code)
    .execute();
  const id = newId();
  const row = await trx
    .insertInto('consignment_ranges')
    .values({
      id,
      station_id: owner.stationId,
      warehouse_id: owner.warehouseId,
      carrier_code: carrier.code,
      prefix: carrier.prefix,
      first_serial: first,
      last_serial: last,
    })
    .returning(['allocated_at'])
    .executeTakeFirstOrThrow();
  return {
    id,
    carrierCode: carrier.code,
    prefix: carrier.prefix,
    first,
    last,
    next: first,
    allocatedAt: row.allocated_at.toISOString(),
  };
}

/** The station's blocks for a carrier, `next` being one past the highest serial uploaded. */
export async function stationRanges(
  db: Kysely<CentralDatabase>,
  stationId: string,
  carrierCode: string,
): Promise<ConsignmentBlock[]> {
  const rows = await db
    .selectFrom('consignment_ranges as r')
    .leftJoin('shipments as s', 's.consignment_range_id', 'r.id')
    .select((eb) => [
      'r.id',
      'r.carrier_code',
      'r.prefix',
      'r.first_serial',
      'r.last_serial',
      'r.allocated_at',
      eb.fn.max('s.consignment_serial').as('used_up_to'),
    ])
    .where('r.station_id', '=', stationId)
    .where('r.carrier_code', '=', carrierCode)
    .groupBy('r.id')
    .orderBy('r.first_serial')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    carrierCode: r.carrier_code,
    prefix: r.prefix,
    first: r.first_serial,
    last: r.last_serial,
    next: r.used_up_to === null ? r.first_serial : r.used_up_to + 1,
    allocatedAt: r.allocated_at.toISOString(),
  }));
}

/**
 * The station's ranges for the carrier, with a new block cut first when fewer than a fifth of a
 * block is left unused. Serialised on the carrier row, so two calls racing cut one block.
 * Usage is what the head office has seen (uploaded shipments): a station that printed offline
 * should upload its outbox before asking.
 */
export async function ensureConsignmentRanges(
  db: Kysely<CentralDatabase>,
  owner: RangeOwner,
): Promise<{ allocated: boolean; ranges: ConsignmentBlock[] }> {
  return db.transaction().execute(async (trx) => {
    const carrier = await lockRateCardCarrier(trx, owner.carrierCode);
    const ranges = await stationRanges(trx, owner.stationId, owner.carrierCode);
    const unused = ranges.reduce((sum, r) => sum + (r.last - r.next + 1), 0);
    if (unused * 5 >= carrier.rangeSize) return { allocated: false, ranges };
    const block = await cutBlock(trx, carrier, owner);
    return { allocated: true, ranges: [...ranges, block] };
  });
}
