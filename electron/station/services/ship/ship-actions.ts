import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type { ShipmentView } from '../../../../shared/contract/schemas/ship';
import {
  ManifestCloseInputSchema,
  ShipmentReasonInputSchema,
  ShipmentRefSchema,
} from '../../../../shared/contract/schemas/ship';
import { renderLabelPng } from '../../devices/printers/label-preview';
import type { Logger } from '../../logger';
import type { MutationRunner } from '../../mutations/run-mutation';
import { stationTag } from '../floor/floor-names';
import { CarrierOffline } from './head-office-carriers';
import type { HeadOfficeCarriers } from './head-office-carriers';
import { manifestEscPos, manifestPdf } from './manifest-document';
import { LABEL_DOCUMENT } from './ship-labeller';
import type { ShipLabeller, ShipPrinting } from './ship-labeller';
import type { ShipNumbers } from './ship-numbers';
import { REFILL_BELOW } from './ship-numbers';
import type { ShipRepository, WarehouseRow } from './ship-repository';
import { shipmentView } from './ship-views';

/** How often the station checks that it holds enough consignment numbers and SSCCs. */
const REFILL_EVERY_MS = 60_000;
const REFILL_RETRY_MS = 5_000;

/** Reprints, voids, manifests, previews and keeping number blocks topped up. */
export function createShipActions(deps: {
  sqlite: BetterSqlite3.Database;
  runner: MutationRunner;
  stationId: string;
  headOffice: HeadOfficeCarriers;
  printing: ShipPrinting;
  logger: Logger;
  repo: ShipRepository;
  numbers: ShipNumbers;
  labeller: ShipLabeller;
  warehouse: () => WarehouseRow;
  now: () => string;
  serial: <T>(work: () => Promise<T>) => Promise<T>;
  fontsDir?: string;
  currentPersonId: () => string | null;
  onChanged: () => void;
}) {
  const { repo } = deps;
  const documentOf = deps.sqlite.prepare<[string], { zpl: string; dpi: number }>(
    `SELECT zpl, dpi FROM label_documents WHERE shipment_id = ?`,
  );
  let refillTimer: NodeJS.Timeout | null = null;
  let refilling = false;
  let lastRefillAt = 0;

  function requireShipment(id: string) {
    const row = repo.shipment(id);
    if (!row) throw new WharfError('NOT_FOUND', 'This station does not know that label.');
    return row;
  }

  /** Asks the head office for new blocks where this station runs low; quietly waits offline. */
  async function refill(only?: string, force = true): Promise<void> {
    // Screens ask often; offline, one try every few seconds is plenty.
    if (refilling || (!force && Date.now() - lastRefillAt < REFILL_RETRY_MS)) return;
    refilling = true;
    lastRefillAt = Date.now();
    try {
      for (const carrier of repo.carriers()) {
        if (carrier.kind !== 'rate_card' || carrier.active !== 1) continue;
        if (only && carrier.code !== only) continue;
        if (deps.numbers.left(carrier.code) >= REFILL_BELOW) continue;
        await deps.headOffice.refillConsignments(carrier.code);
      }
      if (!only && deps.numbers.ssccLeft() < REFILL_BELOW) await deps.headOffice.refillSscc();
    } catch (error) {
      if (!(error instanceof CarrierOffline))
        deps.logger.warn({ err: error }, 'number refill refused');
    } finally {
      refilling = false;
    }
  }

  return {
    /** Tops up one carrier's numbers, or every block when no carrier is named. */
    refillSoon(carrierCode?: string): void {
      void refill(carrierCode);
    },
    /** A screen found a carrier short of numbers: ask, unless asked moments ago. */
    refillIfDue(carrierCode: string): void {
      void refill(carrierCode, false);
    },
    start(): void {
      void refill();
      refillTimer = setInterval(() => void refill(), REFILL_EVERY_MS);
      refillTimer.unref();
    },
    stop(): void {
      if (refillTimer) clearInterval(refillTimer);
      refillTimer = null;
    },
    async reprint(raw: unknown): Promise<ShipmentView> {
      const input = ShipmentReasonInputSchema.parse(raw);
      const row = requireShipment(input.shipmentId);
      if (row.voided_at)
        throw new WharfError(
          'CONFLICT',
          `Label ${row.tracking_number} is void; make a new label instead.`,
        );
      const original = deps.printing
        .jobsFor(row.tracking_number)
        .find((j) => j.documentKind === LABEL_DOCUMENT && j.copyOf === null);
      if (original) {
        deps.printing.reprint(original.id, input.reason, deps.currentPersonId() ?? 'station');
      } else {
        // Never printed (no printer was set up, or the station stopped in between): print it now.
        const doc = documentOf.get(row.id);
        if (!doc)
          throw new WharfError(
            'NOT_FOUND',
            `The label for ${row.tracking_number} was made at another station; reprint it there.`,
          );
        const problem = await deps.labeller.print(
          row.id,
          row.tracking_number,
          doc.zpl,
          doc.dpi === 300 ? 300 : 203,
        );
        if (problem) throw new WharfError('UNAVAILABLE', problem);
      }
      deps.onChanged();
      return shipmentView(requireShipment(row.id), deps.printing);
    },
    async void(raw: unknown): Promise<{ message: string }> {
      const input = ShipmentReasonInputSchema.parse(raw);
      const row = requireShipment(input.shipmentId);
      const carrier = repo.carriers().find((c) => c.code === row.carrier_code);
      if (carrier?.kind === 'middleware') {
        try {
          await deps.headOffice.void(row.parcel_id);
        } catch (error) {
          if (error instanceof CarrierOffline) {
            throw new WharfError(
              'UNAVAILABLE',
              `Voiding a ${carrier.name} label needs the network (${error.message}); try again when the head office is reachable.`,
            );
          }
          throw error;
        }
      }
      await deps.runner.run('shipment.void', {
        warehouseId: deps.warehouse().id,
        shipmentId: row.id,
        reason: input.reason,
      });
      deps.onChanged();
      return {
        message: `Label ${row.tracking_number} is void. Parcel ${row.parcel_number} is back in the list to label.`,
      };
    },
    closeManifest(raw: unknown) {
      return deps.serial(async () => {
        const input = ManifestCloseInputSchema.parse(raw);
        const w = deps.warehouse();
        const carrier = repo.carriers().find((c) => c.code === input.carrierCode);
        if (!carrier) throw new WharfError('NOT_FOUND', 'No such carrier.');
        const ids = repo.openShipmentIds(carrier.code);
        if (ids.length === 0)
          throw new WharfError('CONFLICT', `No ${carrier.name} labels are waiting for a manifest.`);
        const day = deps.now().slice(0, 10).replaceAll('-', '');
        const prefix = `M-${stationTag(deps.stationId)}-${day}-`;
        const number = `${prefix}${repo.manifestCount(prefix) + 1}`;
        const { mutationId } = await deps.runner.run('manifest.close', {
          warehouseId: w.id,
          carrierCode: carrier.code,
          number,
          shipmentIds: ids,
        });
        const rows = ids.map(requireShipment);
        const facts = {
          number,
          carrierName: carrier.name,
          warehouseName: w.name,
          closedAt: deps.now(),
          parcels: rows.map((r) => ({
            trackingNumber: r.tracking_number,
            orderNumber: r.order_number,
            parcelNumber: r.parcel_number,
            serviceName: r.service_name,
          })),
        };
        let detail: string | null = null;
        try {
          deps.printing.printTo('a4', {
            kind: 'manifest',
            reference: number,
            bytes: await manifestPdf(facts, deps.fontsDir),
          });
        } catch {
          try {
            deps.printing.printTo('receipt', {
              kind: 'manifest',
              reference: number,
              bytes: manifestEscPos(facts),
            });
          } catch (error) {
            detail = `Not printed: ${error instanceof Error ? error.message : 'no printer'}`;
          }
        }
        deps.onChanged();
        return {
          manifestId: mutationId,
          number,
          carrierCode: carrier.code,
          parcels: ids.length,
          closedAt: facts.closedAt,
          submitted: 'pending' as const,
          detail,
        };
      });
    },
    async preview(raw: unknown) {
      const input = ShipmentRefSchema.parse(raw);
      const row = requireShipment(input.shipmentId);
      const doc = documentOf.get(row.id);
      if (!doc)
        throw new WharfError(
          'NOT_FOUND',
          `The label for ${row.tracking_number} was made at another station; preview it there.`,
        );
      const png = await renderLabelPng(doc.zpl, { dpi: doc.dpi === 300 ? 300 : 203 });
      return {
        pngBase64: png.toString('base64'),
        widthPx: png.readUInt32BE(16),
        heightPx: png.readUInt32BE(20),
        dpi: doc.dpi,
      };
    },
  };
}
