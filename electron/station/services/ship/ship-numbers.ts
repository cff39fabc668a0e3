import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import { formatConsignmentNumber } from '../../../../shared/domain/shipping/consignment-range';
import { makeSscc } from '../../../../shared/labels/sscc';

interface BlockRow {
  id: string;
  prefix: string;
  first_serial: number;
  last_serial: number;
  next_serial: number | null;
}

interface SsccBlockRow {
  id: string;
  company_prefix: string;
  extension_digit: number;
  first_serial: number;
  last_serial: number;
  next_serial: number | null;
}

export interface TakenNumber {
  rangeId: string;
  serial: number;
  text: string;
}

/** Refill when a carrier's blocks hold fewer numbers than this. */
export const REFILL_BELOW = 50;

/**
 * The next free numbers in this station's blocks, by the station's own cursor (moved forward
 * only by the label's mutation, in its transaction). Blocks are used oldest first.
 */
export function createShipNumbers(sqlite: BetterSqlite3.Database) {
  const blocks = sqlite.prepare<[string], BlockRow>(
    `SELECT r.id, r.prefix, r.first_serial, r.last_serial, c.next_serial
     FROM synced_consignment_ranges r LEFT JOIN consignment_cursors c ON c.range_id = r.id
     WHERE r.carrier_code = ? ORDER BY r.allocated_at, r.first_serial`,
  );
  const ssccBlocks = sqlite.prepare<[], SsccBlockRow>(
    `SELECT r.id, r.company_prefix, r.extension_digit, r.first_serial, r.last_serial, c.next_serial
     FROM synced_sscc_ranges r LEFT JOIN consignment_cursors c ON c.range_id = r.id
     ORDER BY r.allocated_at, r.first_serial`,
  );
  const nextIn = (b: { first_serial: number; next_serial: number | null }) =>
    Math.max(b.next_serial ?? b.first_serial, b.first_serial);

  return {
    /** Numbers left for a rate-card carrier at this station. */
    left(carrierCode: string): number {
      return blocks
        .all(carrierCode)
        .reduce((n, b) => n + Math.max(0, b.last_serial - nextIn(b) + 1), 0);
    },
    consignment(carrierCode: string, carrierName: string): TakenNumber {
      for (const b of blocks.all(carrierCode)) {
        const serial = nextIn(b);
        if (serial > b.last_serial) continue;
        const range = {
          prefix: b.prefix,
          first: b.first_serial,
          last: b.last_serial,
          next: serial,
        };
        return { rangeId: b.id, serial, text: formatConsignmentNumber(range, serial) };
      }
      throw new WharfError(
        'UNAVAILABLE',
        `This station has no ${carrierName} consignment numbers left. Connect to the head office once to get a new block, or ship with another carrier.`,
      );
    },
    /** The next SSCC, or null when the company has not given this station an SSCC block. */
    sscc(): TakenNumber | null {
      for (const b of ssccBlocks.all()) {
        const serial = nextIn(b);
        if (serial > b.last_serial) continue;
        const text = makeSscc({
          extensionDigit: b.extension_digit,
          companyPrefix: b.company_prefix,
          serialReference: serial,
        });
        return { rangeId: b.id, serial, text };
      }
      return null;
    },
    ssccLeft(): number {
      return ssccBlocks.all().reduce((n, b) => n + Math.max(0, b.last_serial - nextIn(b) + 1), 0);
    },
  };
}
export type ShipNumbers = ReturnType<typeof createShipNumbers>;
