import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type { Session } from '../../../../shared/contract';
import type { CarrierAddress } from '../../../../shared/contract/schemas/carrier-api';
import { PersonRoleSchema } from '../../../../shared/domain/person-role';
import { createWakeableWait } from '../../devices/printers/wakeable-wait';
import type { Logger } from '../../logger';
import { CarrierOffline } from './head-office-carriers';
import type { LabelDecision, ShipLabeller } from './ship-labeller';
import type { ParcelRow, ShipRepository, WarehouseRow } from './ship-repository';

/** How often waiting labels are tried when nothing nudges: a minute offline costs little. */
const POLL_MS = 15_000;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 5 * 60_000;
/** A carrier's refusal needs a person; the row stays visible with the carrier's words. */
const NEVER = '9999-12-31T00:00:00.000Z';

interface AwaitingRow {
  parcel_id: string;
  carrier_code: string;
  service_code: string;
  service_name: string;
  choice_reason: string;
  override_reason: string | null;
  rate_id: string | null;
  person_id: string;
  attempts: number;
}

/**
 * Parcels for online-only carriers whose label could not be bought (no network, carrier down).
 * They wait in SQLite, visible on the Ship screen, and are bought and printed by a worker when the
 * head office answers again — on the person's behalf who chose the carrier.
 */
export function createAwaitingLabels(deps: {
  sqlite: BetterSqlite3.Database;
  labeller: ShipLabeller;
  repo: ShipRepository;
  now: () => string;
  logger: Logger;
  currentPersonId: () => string | null;
  warehouse: () => WarehouseRow | null;
  origin: (w: WarehouseRow) => CarrierAddress;
  onChanged: () => void;
}) {
  const insert = deps.sqlite.prepare(
    `INSERT OR REPLACE INTO awaiting_labels
       (parcel_id, carrier_code, service_code, service_name, choice_reason, override_reason, rate_id,
        person_id, queued_at, attempts, last_error, next_attempt_at)
     VALUES (@parcelId, @carrierCode, @serviceCode, @serviceName, @choiceReason, @overrideReason, @rateId,
             @personId, @now, 1, @error, @next)`,
  );
  const due = deps.sqlite.prepare<[string], AwaitingRow>(
    `SELECT parcel_id, carrier_code, service_code, service_name, choice_reason, override_reason,
            rate_id, person_id, attempts
     FROM awaiting_labels WHERE next_attempt_at <= ? ORDER BY queued_at`,
  );
  const failed = deps.sqlite.prepare<[number, string, string, string]>(
    `UPDATE awaiting_labels SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE parcel_id = ?`,
  );
  const remove = deps.sqlite.prepare<[string]>(`DELETE FROM awaiting_labels WHERE parcel_id = ?`);
  const person = deps.sqlite.prepare<[string], { name: string; role: string }>(
    `SELECT name, role FROM synced_people WHERE id = ?`,
  );
  const wait = createWakeableWait();
  let running = false;
  let loop: Promise<void> | null = null;

  const later = (attempts: number): string =>
    new Date(
      Date.parse(deps.now()) +
        Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1)),
    ).toISOString();

  function onBehalfOf(personId: string): Session | null {
    const row = person.get(personId);
    const role = PersonRoleSchema.safeParse(row?.role);
    if (!row || !role.success) return null;
    return { personId, name: row.name, role: role.data, signedInAt: deps.now(), method: 'badge' };
  }

  async function attempt(row: AwaitingRow, w: WarehouseRow): Promise<void> {
    const parcel: ParcelRow | undefined = deps.repo.parcelById(w.id, row.parcel_id);
    const carrier = deps.repo.carriers().find((c) => c.code === row.carrier_code);
    const session = onBehalfOf(row.person_id);
    if (!parcel || !carrier) {
      // Labelled another way, cancelled, or the carrier is gone: nothing to wait for.
      remove.run(row.parcel_id);
      deps.onChanged();
      return;
    }
    if (!session) {
      failed.run(
        row.attempts,
        'The person who chose this carrier is no longer known at this station; cancel the wait and label the parcel again.',
        NEVER,
        row.parcel_id,
      );
      deps.onChanged();
      return;
    }
    const decision: LabelDecision = {
      carrier,
      serviceCode: row.service_code,
      serviceName: row.service_name,
      priceMinor: 0,
      currency: 'GBP',
      choiceReason: row.choice_reason,
      ...(row.override_reason ? { overrideReason: row.override_reason } : {}),
      ...(row.rate_id ? { rateId: row.rate_id } : {}),
    };
    try {
      await deps.labeller.online(parcel, w, deps.origin(w), decision, session);
      deps.logger.info({ parcel: parcel.number }, 'awaiting label bought and printed');
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      const retry = error instanceof CarrierOffline;
      failed.run(attempts, message, retry ? later(attempts) : NEVER, row.parcel_id);
      if (!retry)
        deps.logger.warn({ parcel: parcel.number, message }, 'carrier refused a waiting label');
    }
    deps.onChanged();
  }

  async function work(): Promise<void> {
    while (running) {
      const w = deps.warehouse();
      const rows = w ? due.all(deps.now()) : [];
      for (const row of rows) {
        if (!running || !w) break;
        await attempt(row, w);
      }
      if (running) await wait.wait(POLL_MS);
    }
  }

  return {
    add(parcel: ParcelRow, decision: LabelDecision, error: string): void {
      const personId = deps.currentPersonId();
      if (!personId)
        throw new WharfError('SIGN_IN_REQUIRED', 'Sign in with your badge or PIN first.');
      insert.run({
        parcelId: parcel.id,
        carrierCode: decision.carrier.code,
        serviceCode: decision.serviceCode,
        serviceName: decision.serviceName,
        choiceReason: decision.choiceReason,
        overrideReason: decision.overrideReason ?? null,
        rateId: decision.rateId ?? null,
        personId,
        now: deps.now(),
        error,
        next: later(1),
      });
    },
    /** The clerk gives up waiting (to ship with another carrier). */
    cancel(parcelId: string): void {
      if (remove.run(parcelId).changes === 0) {
        throw new WharfError('NOT_FOUND', 'That parcel is not waiting for a label.');
      }
      deps.onChanged();
    },
    nudge(): void {
      deps.sqlite
        .prepare(`UPDATE awaiting_labels SET next_attempt_at = ? WHERE next_attempt_at <> ?`)
        .run(deps.now(), NEVER);
      wait.wake();
    },
    start(): void {
      if (running) return;
      running = true;
      loop = work().catch((error: unknown) =>
        deps.logger.error({ err: error }, 'awaiting labels stopped'),
      );
    },
    async stop(): Promise<void> {
      running = false;
      wait.wake();
      await loop;
    },
  };
}
